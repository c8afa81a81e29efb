#include "core/words.hpp"

#include <gtest/gtest.h>

namespace logis {
namespace {

using Words = std::vector<std::string>;

TEST(WordsTest, LowerCaseWithoutAccents) {
  EXPECT_EQ(foldedWords("Élégant T3, À DEUX PAS"), (Words{"elegant", "t3", "a", "deux", "pas"}));
  EXPECT_EQ(foldedWords("Cœur de l’Île, ŒUVRE"), (Words{"coeur", "de", "l", "ile", "oeuvre"}));
  EXPECT_EQ(foldedWords("façade ÇA naïve Noël"), (Words{"facade", "ca", "naive", "noel"}));
  EXPECT_EQ(foldedWords("Łódź Straße"), (Words{"lodz", "strasse"}));
}

TEST(WordsTest, PunctuationSymbolsAndSpacesSeparate) {
  EXPECT_EQ(foldedWords("V-2026-00042"), (Words{"v", "2026", "00042"}));
  EXPECT_EQ(foldedWords("«lumineux»\u00a0–\u202f85\u00a0m²…350 000 €"),
            (Words{"lumineux", "85", "m", "350", "000"}));
  EXPECT_EQ(foldedWords("l'ascenseur/balcon_sud"), (Words{"l", "ascenseur", "balcon", "sud"}));
  EXPECT_EQ(foldedWords("  ,;  "), Words{});
  EXPECT_EQ(foldedWords(""), Words{});
}

TEST(WordsTest, OtherScriptsAreKeptAsWritten) {
  EXPECT_EQ(foldedWords("Квартира 東京"), (Words{"Квартира", "東京"}));
}

TEST(WordsTest, BrokenUtf8SeparatesInsteadOfFailing) {
  EXPECT_EQ(foldedWords("ab\xff"
                        "cd\xc3"),
            (Words{"ab", "cd"}));
  EXPECT_EQ(foldedWords("\xe2\x80"), Words{});
}

}  // namespace
}  // namespace logis
