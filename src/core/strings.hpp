#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logis {

// ASCII lower case: emails, city keys, header names (UTF-8 bytes above 0x7F are left as they are).
std::string lowercase(std::string text);

// "a,,b" -> {"a", "b"}: the pieces between separators, empty ones dropped.
std::vector<std::string> splitNonEmpty(std::string_view text, char separator);

}  // namespace logis
