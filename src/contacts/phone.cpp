#include "contacts/phone.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <cctype>

namespace logis {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::size_t kMaxTypedLength = 40;

// libphonenumber reads letters as keypad digits ("01 HELLO"): a typed number with letters is a typo.
bool hasLetters(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
}

}  // namespace

std::optional<std::string> toE164(std::string_view text, std::string_view region) {
  if (text.empty() || text.size() > kMaxTypedLength || hasLetters(text)) return std::nullopt;
  const auto& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(text), std::string(region), &number) != PhoneNumberUtil::NO_PARSING_ERROR ||
      !util.IsValidNumber(number)) {
    return std::nullopt;
  }
  std::string formatted;
  util.Format(number, PhoneNumberUtil::E164, &formatted);
  return formatted;
}

std::string formatFrench(std::string_view e164) {
  const auto& util = *PhoneNumberUtil::GetInstance();
  PhoneNumber number;
  if (util.Parse(std::string(e164), "FR", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return std::string(e164);
  }
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  std::string formatted;
  util.Format(number, region == "FR" ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL,
              &formatted);
  return formatted;
}

}  // namespace logis
