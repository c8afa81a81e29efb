#include "auth/role.hpp"

#include <array>
#include <utility>

namespace logis {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 4> kRoles = {{
    {Role::admin, "admin"},
    {Role::manager, "manager"},
    {Role::agent, "agent"},
    {Role::client, "client"},
}};

}  // namespace

std::string_view roleName(Role role) {
  for (const auto& [value, name] : kRoles) {
    if (value == role) return name;
  }
  return "client";
}

std::optional<Role> parseRole(std::string_view name) {
  for (const auto& [value, known] : kRoles) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace logis
