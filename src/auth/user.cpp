#include "auth/user.hpp"

#include <algorithm>
#include <regex>

#include "core/strings.hpp"
#include "core/time_format.hpp"

namespace logis {

nlohmann::json toJson(const User& user) {
  return {
      {"id", user.id},
      {"email", user.email},
      {"name", user.name},
      {"role", roleName(user.role)},
      {"active", user.active},
      {"locale", user.locale},
      {"must_change_password", user.must_change_password},
      {"agency_id", user.agency_id},
      {"agency_name", user.agency_name},
      {"created_at", isoUtc(user.created_at)},
      {"last_login_at", user.last_login_at ? nlohmann::json(isoUtc(*user.last_login_at)) : nlohmann::json()}};
}

std::string normalizeEmail(std::string email) {
  const auto first = email.find_first_not_of(" \t\r\n");
  const auto last = email.find_last_not_of(" \t\r\n");
  return lowercase(first == std::string::npos ? "" : email.substr(first, last - first + 1));
}

bool isPlausibleEmail(const std::string& email) {
  static const std::regex pattern(R"(^[^@\s<>()\[\],;:"]+@[^@\s<>()\[\],;:"]+\.[^@\s<>()\[\],;:".]{2,}$)");
  return email.size() <= 254 && std::regex_match(email, pattern);
}

}  // namespace logis
