#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace logis::sms {

// How a text travels as SMS: in the GSM 7-bit alphabet (160 characters, or 153 per part once split;
// the extension characters such as € and [ count twice) or, with any other character, in UCS-2 (70, or
// 67 per part).
struct SmsSegments {
  std::string encoding;   // "gsm7" | "ucs2"
  std::size_t units = 0;  // septets (gsm7) or UTF-16 code units (ucs2)
  std::size_t segments = 0;
};

SmsSegments segmentsOf(std::string_view utf8);

}  // namespace logis::sms
