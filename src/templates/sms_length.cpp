#include "templates/sms_length.hpp"

#include <vector>

namespace logis {
namespace {

// The code points of GSM 03.38's basic table and of its extension table (escape + one septet).
constexpr std::u32string_view kGsmBasic =
    U"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    U"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr std::u32string_view kGsmExtension = U"\f^{}\\[~]|€";

std::vector<char32_t> codePoints(std::string_view utf8) {
  std::vector<char32_t> points;
  for (std::size_t at = 0; at < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t point = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < length && at + i < utf8.size(); ++i) {
      point = (point << 6) | (static_cast<unsigned char>(utf8[at + i]) & 0x3F);
    }
    points.push_back(point);
    at += length;
  }
  return points;
}

}  // namespace

SmsLength SmsLength::of(std::string_view utf8) {
  const auto points = codePoints(utf8);
  std::size_t septets = 0;
  bool gsm = true;
  std::size_t utf16 = 0;
  for (const auto point : points) {
    utf16 += point > 0xFFFF ? 2 : 1;
    if (kGsmBasic.find(point) != std::u32string_view::npos) {
      septets += 1;
    } else if (kGsmExtension.find(point) != std::u32string_view::npos) {
      septets += 2;
    } else {
      gsm = false;
    }
  }
  SmsLength length;
  length.encoding = gsm ? "gsm7" : "ucs2";
  length.units = gsm ? septets : utf16;
  const std::size_t single = gsm ? 160 : 70;
  const std::size_t part = gsm ? 153 : 67;
  length.per_segment = length.units <= single ? single : part;
  length.segments = length.units == 0 ? 0 : length.units <= single ? 1 : (length.units + part - 1) / part;
  return length;
}

}  // namespace logis
