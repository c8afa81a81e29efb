#include <gtest/gtest.h>

#include "core/crypto.hpp"
#include "core/french_format.hpp"
#include "core/paris_time.hpp"
#include "templates/sms_length.hpp"
#include "templates/unsubscribe_links.hpp"

namespace logis {
namespace {

TEST(SmsLengthTest, Gsm7CountsSeptetsAndItsExtensionTwice) {
  const auto short_text = SmsLength::of("Rappel : visite à 14 h 30, 350 €");
  EXPECT_EQ(short_text.encoding, "gsm7");
  EXPECT_EQ(short_text.units, 33u);  // 32 characters, € twice
  EXPECT_EQ(short_text.segments, 1u);
  EXPECT_EQ(SmsLength::of(std::string(160, 'a')).segments, 1u);
  EXPECT_EQ(SmsLength::of(std::string(161, 'a')).segments, 2u);
  EXPECT_EQ(SmsLength::of(std::string(306, 'a')).segments, 2u);
  EXPECT_EQ(SmsLength::of(std::string(307, 'a')).segments, 3u);
  EXPECT_EQ(SmsLength::of("").segments, 0u);
}

TEST(SmsLengthTest, ACharacterOutsideGsm7MakesItUcs2) {
  std::string text = "Tête-à-tête";  // ê is not in GSM 03.38
  const auto length = SmsLength::of(text);
  EXPECT_EQ(length.encoding, "ucs2");
  EXPECT_EQ(length.units, 11u);
  std::string long_text;
  for (int i = 0; i < 71; ++i) long_text += "ê";
  EXPECT_EQ(SmsLength::of(long_text).segments, 2u);
  EXPECT_EQ(SmsLength::of("😀").units, 2u);
}

TEST(FrenchFormatTest, PricesDatesAndTimesAsAFrenchReaderExpects) {
  EXPECT_EQ(euros(35000000), "350 000 €");
  EXPECT_EQ(euros(125050), "1 250,50 €");
  // 2026-03-03T13:30:00Z is 14 h 30 in Paris (winter), a Tuesday.
  const auto winter = *parseIsoInstant("2026-03-03T13:30:00Z");
  EXPECT_EQ(frenchDate(winter), "mardi 3 mars 2026");
  EXPECT_EQ(frenchTime(winter), "14 h 30");
  const auto summer = *parseIsoInstant("2026-07-01T07:05:00Z");
  EXPECT_EQ(frenchDate(summer), "mercredi 1er juillet 2026");
  EXPECT_EQ(frenchTime(summer), "9 h 05");
  // 23:30 UTC on 31 December is already the next year in Paris.
  EXPECT_EQ(frenchDate(*parseIsoInstant("2026-12-31T23:30:00Z")), "vendredi 1er janvier 2027");
}

TEST(UnsubscribeLinksTest, ATokenNamesItsTargetAndCannotBeForged) {
  const UnsubscribeLinks links(crypto::SecretBox(std::string(32, 'k')).derivedKey("unsubscribe"),
                               "https://crm.example.fr/");
  const auto token = links.token({7, 42, "email"});
  const auto target = links.verify(token);
  ASSERT_TRUE(target);
  EXPECT_EQ(target->agency_id, 7);
  EXPECT_EQ(target->contact_id, 42);
  EXPECT_EQ(target->channel, "email");

  const UnsubscribeLinks other(crypto::SecretBox(std::string(32, 'z')).derivedKey("unsubscribe"), "x");
  EXPECT_FALSE(other.verify(token));
  const auto forged_payload = crypto::toBase64Url("u1.7.43.email");
  EXPECT_FALSE(links.verify(forged_payload + token.substr(token.find('.'))));
  EXPECT_FALSE(links.verify(token.substr(0, token.size() - 2)));
  EXPECT_FALSE(links.verify("garbage"));
  EXPECT_FALSE(links.verify(""));

  EXPECT_EQ(links.url({7, 42, "email"}), "https://crm.example.fr/desabonnement?t=" + token);
  const auto headers = links.emailHeaders({7, 42, "email"});
  EXPECT_EQ(headers.at("List-Unsubscribe"), "<https://crm.example.fr/desabonnement?t=" + token + ">");
  EXPECT_EQ(headers.at("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
}

}  // namespace
}  // namespace logis
