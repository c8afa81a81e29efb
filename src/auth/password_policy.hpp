#pragma once

#include <optional>
#include <string>

#include "core/text.hpp"

namespace logis {

// At least 12 characters (at most 128), not a known common password or a trivial pattern of one, and not
// containing the account's email. Returns the problem to show beside the field, if any.
class PasswordPolicy {
 public:
  static constexpr std::size_t kMinLength = 12;
  static constexpr std::size_t kMaxLength = 128;
  static std::optional<Text> problem(const std::string& password, const std::string& email);
};

}  // namespace logis
