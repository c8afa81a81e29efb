#include "auth/password_policy.hpp"

#include <algorithm>
#include <unordered_set>

#include "auth/common_passwords.hpp"
#include "core/strings.hpp"

namespace logis {
namespace {

const std::unordered_set<std::string_view>& commonPasswords() {
  static const std::unordered_set<std::string_view> set = [] {
    std::unordered_set<std::string_view> words;
    const auto list = commonPasswordList();
    std::size_t start = 0;
    while (start < list.size()) {
      auto end = list.find('\n', start);
      if (end == std::string_view::npos) end = list.size();
      if (end > start) words.insert(list.substr(start, end - start));
      start = end + 1;
    }
    return words;
  }();
  return set;
}

// "aaaaaaaaaaaa", "abcabcabcabc", "123412341234": one short unit repeated.
bool isRepetition(const std::string& password) {
  for (std::size_t unit = 1; unit <= 4; ++unit) {
    bool repeats = true;
    for (std::size_t i = unit; i < password.size() && repeats; ++i)
      repeats = password[i] == password[i % unit];
    if (repeats) return true;
  }
  return false;
}

// "123456789012", "abcdefghijkl": each character one after the previous.
bool isSequence(const std::string& password) {
  return std::adjacent_find(password.begin(), password.end(), [](char a, char b) {
           return (b - a) != 1 && !(a == '9' && b == '0');
         }) == password.end();
}

}  // namespace

std::optional<Text> PasswordPolicy::problem(const std::string& password, const std::string& email) {
  if (password.size() < kMinLength) return Text{"password.too_short", {{"min", std::to_string(kMinLength)}}};
  if (password.size() > kMaxLength) return Text{"password.too_long", {{"max", std::to_string(kMaxLength)}}};
  const auto lower = lowercase(password);
  if (commonPasswords().contains(lower) || isRepetition(lower) || isSequence(lower)) {
    return Text{"password.too_common"};
  }
  const auto local_part = lowercase(email.substr(0, email.find('@')));
  if (local_part.size() >= 4 && lower.find(local_part) != std::string::npos)
    return Text{"password.contains_email"};
  return std::nullopt;
}

}  // namespace logis
