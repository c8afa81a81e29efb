#pragma once

#include <string>
#include <vector>

#include "auth/user_service.hpp"

namespace logis {

struct DemoLogin {
  std::string email;
  std::string role;
  std::string name;
};

inline constexpr std::string_view kDemoAgency = "Agence Démo Logis";
inline constexpr std::string_view kDemoPassword = "demo-logis-2026";

// The demo agency's people and listings; created once (a second run changes nothing). Returns the logins.
std::vector<DemoLogin> seedDemo(const Database& database, const Clock& clock);

}  // namespace logis
