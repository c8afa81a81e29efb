#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/role.hpp"
#include "core/clock.hpp"

namespace logis {

struct User {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::string agency_name;
  std::string email;
  std::string name;
  Role role = Role::agent;
  bool active = true;
  std::string locale = "fr";
  bool must_change_password = false;
  std::string password_hash;
  EpochMs created_at = 0;
  std::optional<EpochMs> last_login_at;
};

// The API's view of a user (never the password hash).
nlohmann::json toJson(const User& user);

// Trimmed and lower-cased: how emails are compared and stored.
std::string normalizeEmail(std::string email);
bool isPlausibleEmail(const std::string& email);

}  // namespace logis
