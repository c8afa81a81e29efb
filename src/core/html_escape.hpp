#pragma once

#include <string>
#include <string_view>

namespace logis {

// Text made safe inside HTML elements and double-quoted attributes (& < > ").
std::string escapeHtml(std::string_view text);

}  // namespace logis
