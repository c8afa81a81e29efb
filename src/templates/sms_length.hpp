#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace logis {

// How an SMS body travels: GSM-7 when every character is in the GSM 03.38 alphabet (160 characters in
// one SMS, 153 per part beyond; the extension characters such as € count twice), otherwise UCS-2 (70, then
// 67 per part; a character outside the BMP counts twice).
struct SmsLength {
  std::string encoding;   // "gsm7" or "ucs2"
  std::size_t units = 0;  // septets (GSM-7) or UTF-16 code units (UCS-2)
  std::size_t segments = 0;
  std::size_t per_segment = 0;  // the capacity of each segment for this length

  static SmsLength of(std::string_view utf8);
};

}  // namespace logis
