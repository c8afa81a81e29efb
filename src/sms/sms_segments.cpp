#include "sms/sms_segments.hpp"

#include <algorithm>
#include <vector>

namespace logis::sms {
namespace {

// GSM 03.38: the default alphabet (one septet) and the extension table (an escape and a septet).
constexpr std::u32string_view kGsmBasic =
    U"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
    U"abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr std::u32string_view kGsmExtension = U"\f^{}\\[~]|€";

// The code points of a UTF-8 text; an invalid byte counts as U+FFFD (which forces UCS-2).
std::vector<char32_t> codePoints(std::string_view utf8) {
  std::vector<char32_t> points;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    if (length == 0 || i + length > utf8.size()) {
      points.push_back(U'\uFFFD');
      ++i;
      continue;
    }
    char32_t point = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k)
      point = (point << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    points.push_back(point);
    i += length;
  }
  return points;
}

std::size_t partsOf(std::size_t units, std::size_t single, std::size_t per_part) {
  if (units <= single) return units == 0 ? 0 : 1;
  return (units + per_part - 1) / per_part;
}

}  // namespace

SmsSegments segmentsOf(std::string_view utf8) {
  const auto points = codePoints(utf8);
  std::size_t septets = 0;
  bool gsm = true;
  for (const auto point : points) {
    if (kGsmBasic.find(point) != std::u32string_view::npos) {
      septets += 1;
    } else if (kGsmExtension.find(point) != std::u32string_view::npos) {
      septets += 2;
    } else {
      gsm = false;
      break;
    }
  }
  if (gsm) return {"gsm7", septets, partsOf(septets, 160, 153)};
  // A character beyond the Basic Multilingual Plane (an emoji) takes a UTF-16 surrogate pair.
  const auto units =
      points.size() + static_cast<std::size_t>(
                          std::count_if(points.begin(), points.end(), [](char32_t p) { return p > 0xFFFF; }));
  return {"ucs2", units, partsOf(units, 70, 67)};
}

}  // namespace logis::sms
