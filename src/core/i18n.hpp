#pragma once

#include <string>
#include <string_view>

#include "core/text.hpp"

namespace logis {

enum class Locale { fr, en };

// French unless the request prefers English ("en", "en-GB;q=0.9", ...) over French.
Locale localeFromAcceptLanguage(std::string_view header);
std::string_view localeCode(Locale locale);

// The catalogue's sentence for the key, with its {params} filled in; the key itself when unknown.
std::string translate(Locale locale, const Text& text);
bool hasTranslation(std::string_view key);

}  // namespace logis
