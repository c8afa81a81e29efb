#include "sms/sms_segments.hpp"

#include <gtest/gtest.h>

#include <string>

#include "sms/sms_settings_service.hpp"
#include "sms/twilio_sms_provider.hpp"

namespace logis::sms {
namespace {

TEST(SmsSegmentsTest, PlainFrenchFitsTheGsmAlphabet) {
  const auto segments = segmentsOf("Bonjour, votre visite est confirmée à 14h. À bientôt !");
  // "À" and "ô" are not in GSM 03.38: the whole text goes as UCS-2.
  EXPECT_EQ(segments.encoding, "ucs2");
  const auto gsm = segmentsOf("Bonjour, votre visite est confirmée demain à 14h.");
  EXPECT_EQ(gsm.encoding, "gsm7");  // é and à are in the GSM alphabet
  EXPECT_EQ(gsm.units, 49u);
  EXPECT_EQ(gsm.segments, 1u);
}

TEST(SmsSegmentsTest, GsmLimitsAre160Then153PerPart) {
  EXPECT_EQ(segmentsOf(std::string(160, 'a')).segments, 1u);
  EXPECT_EQ(segmentsOf(std::string(161, 'a')).segments, 2u);
  EXPECT_EQ(segmentsOf(std::string(306, 'a')).segments, 2u);
  EXPECT_EQ(segmentsOf(std::string(307, 'a')).segments, 3u);
  EXPECT_EQ(segmentsOf("").segments, 0u);
}

TEST(SmsSegmentsTest, ExtensionCharactersCountTwice) {
  const auto euro = segmentsOf("Prix : 250000€ [net]");
  EXPECT_EQ(euro.encoding, "gsm7");
  EXPECT_EQ(euro.units, 23u);  // 17 plain + € [ ] twice
  std::string text(158, 'a');
  EXPECT_EQ(segmentsOf(text + "€").segments, 1u);   // 160 septets
  EXPECT_EQ(segmentsOf(text + "a€").segments, 2u);  // 161
}

TEST(SmsSegmentsTest, Ucs2LimitsAre70Then67PerPart) {
  std::string text;
  for (int i = 0; i < 70; ++i) text += "ê";
  EXPECT_EQ(segmentsOf(text).encoding, "ucs2");
  EXPECT_EQ(segmentsOf(text).segments, 1u);
  EXPECT_EQ(segmentsOf(text + "a").segments, 2u);
  // An emoji is a surrogate pair: two units.
  const auto emoji = segmentsOf("Visite 🏠");
  EXPECT_EQ(emoji.units, 9u);
}

TEST(SmsSenderNameTest, FrenchOperatorsRules) {
  EXPECT_TRUE(SmsSettingsService::isValidSenderName("Agence"));
  EXPECT_TRUE(SmsSettingsService::isValidSenderName("Immo 75"));
  EXPECT_TRUE(SmsSettingsService::isValidSenderName("ABCDEFGHIJK"));    // 11
  EXPECT_FALSE(SmsSettingsService::isValidSenderName("ABCDEFGHIJKL"));  // 12
  EXPECT_FALSE(SmsSettingsService::isValidSenderName(""));
  EXPECT_FALSE(SmsSettingsService::isValidSenderName("0612345678"));  // digits only: a number, not a name
  EXPECT_FALSE(SmsSettingsService::isValidSenderName("Agence-Pro"));
  EXPECT_FALSE(SmsSettingsService::isValidSenderName("Agencé"));
  EXPECT_FALSE(SmsSettingsService::isValidSenderName(" Agence"));
}

// The example of Twilio's documentation (security/signature_validation in TwilioDevEd/api-snippets).
TEST(TwilioSignatureTest, MatchesTwilioDocumentedExample) {
  EXPECT_EQ(twilioSignature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2",
                            {{"CallSid", "CA1234567890ABCDE"},
                             {"Caller", "+14158675310"},
                             {"Digits", "1234"},
                             {"From", "+14158675310"},
                             {"To", "+18005551212"}}),
            "GvWf1cFY/Q7PnoempGyD5oXAezc=");
  EXPECT_NE(twilioSignature("12346", "https://mycompany.com/myapp.php?foo=1&bar=2", {{"Digits", "1234"}}),
            twilioSignature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", {{"Digits", "1234"}}));
}

}  // namespace
}  // namespace logis::sms
