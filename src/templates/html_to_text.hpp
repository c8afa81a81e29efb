#pragma once

#include <string>

namespace logis {

// The readable text of an HTML body, for the plain-text alternative of an email: paragraphs, line breaks
// and list items kept, links as "label (url)", entities decoded, the rest of the markup dropped.
std::string htmlToText(const std::string& html);

}  // namespace logis
