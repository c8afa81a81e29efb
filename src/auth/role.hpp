#pragma once

#include <optional>
#include <string_view>

namespace logis {

// admin: runs the agency; manager: gestionnaire de biens; agent: agent immobilier; client: portal only.
enum class Role { admin, manager, agent, client };

std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view name);

}  // namespace logis
