#include "core/words.hpp"

#include <array>
#include <cstdint>

namespace logis {
namespace {

// U+00C0 to U+00FF: each letter's folded form; "" for × and ÷, which separate words.
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100 to U+017F (Latin Extended-A), one letter each but for Ĳ ĳ (U+0132, U+0133) and Œ œ (U+0152, U+0153).
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkkllllllllllnnnnnnnnnoooooo__rrrrrrssssssss"
    "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinExtendedA.size() == 128);

struct CodePoint {
  std::uint32_t value = 0;
  std::size_t length = 1;  // bytes read; a byte that starts no valid sequence is read alone as U+FFFD
};

CodePoint decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  const unsigned char first = byte(0);
  if (first < 0x80) return {first, 1};
  const std::size_t length = first >= 0xF5   ? 0
                             : first >= 0xF0 ? 4
                             : first >= 0xE0 ? 3
                             : first >= 0xC2 ? 2
                                             : 0;
  if (length == 0 || at + length > text.size()) return {0xFFFD, 1};
  std::uint32_t value = first & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (byte(i) & 0x3F);
  }
  return {value, length};
}

bool separates(std::uint32_t c) {
  if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return c < 0xC0 || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x20CF) || c == 0xFFFD;
}

// Appends a letter or digit folded: ASCII lowered, Latin-1 and Latin Extended-A unfolded, others as written.
void appendFolded(std::string& word, std::uint32_t c, std::string_view written) {
  if (c < 0x80) {
    word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  } else if (c < 0x100) {
    word += kLatin1[c - 0xC0];
  } else if (c == 0x132 || c == 0x133) {
    word += "ij";
  } else if (c == 0x152 || c == 0x153) {
    word += "oe";
  } else if (c < 0x180) {
    word += kLatinExtendedA[c - 0x100];
  } else {
    word += written;
  }
}

}  // namespace

std::vector<std::string> foldedWords(std::string_view text) {
  std::vector<std::string> words(1);
  for (std::size_t at = 0; at < text.size();) {
    const auto [c, length] = decode(text, at);
    if (separates(c)) {
      if (!words.back().empty()) words.emplace_back();
    } else {
      appendFolded(words.back(), c, text.substr(at, length));
    }
    at += length;
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

}  // namespace logis
