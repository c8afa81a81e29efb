#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logis {

// The words of a text as a search compares them: lower case, with the accents and ligatures of Latin letters
// unfolded ("Cœur de l’Île" -> {"coeur", "de", "l", "ile"}). Anything that is not a letter or a digit
// separates words: ASCII punctuation, Latin-1's symbols, typographic quotes and dashes, currency signs.
// Letters of other scripts are kept as they are.
std::vector<std::string> foldedWords(std::string_view text);

}  // namespace logis
