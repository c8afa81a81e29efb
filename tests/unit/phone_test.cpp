#include "contacts/phone.hpp"

#include <gtest/gtest.h>

namespace logis {
namespace {

TEST(PhoneTest, FrenchNumbersAsTypedBecomeE164) {
  EXPECT_EQ(toE164("06 12 34 56 78"), "+33612345678");
  EXPECT_EQ(toE164("06.12.34.56.78"), "+33612345678");
  EXPECT_EQ(toE164("+33 6 12 34 56 78"), "+33612345678");
  EXPECT_EQ(toE164("0033612345678"), "+33612345678");
  EXPECT_EQ(toE164("01 42 68 53 00"), "+33142685300");
}

TEST(PhoneTest, ForeignNumbersKeepTheirCountry) {
  EXPECT_EQ(toE164("+44 20 7946 0958"), "+442079460958");
  EXPECT_EQ(toE164("+32 2 555 12 12"), "+3225551212");
  // Without a country code, the number is read in the given region.
  EXPECT_EQ(toE164("02 555 12 12", "BE"), "+3225551212");
}

TEST(PhoneTest, InvalidNumbersAreRefused) {
  EXPECT_EQ(toE164(""), std::nullopt);
  EXPECT_EQ(toE164("12"), std::nullopt);
  EXPECT_EQ(toE164("06 12 34"), std::nullopt);
  EXPECT_EQ(toE164("06 12 34 56 78 90 12"), std::nullopt);
  EXPECT_EQ(toE164("06 CALL ME"), std::nullopt);
  EXPECT_EQ(toE164("pas un numéro"), std::nullopt);
  EXPECT_EQ(toE164(std::string(100, '6')), std::nullopt);
}

TEST(PhoneTest, FrenchDisplayIsNationalForFranceInternationalElsewhere) {
  EXPECT_EQ(formatFrench("+33612345678"), "06 12 34 56 78");
  EXPECT_EQ(formatFrench("+33142685300"), "01 42 68 53 00");
  EXPECT_EQ(formatFrench("+442079460958"), "+44 20 7946 0958");
  EXPECT_EQ(formatFrench("not a number"), "not a number");
}

}  // namespace
}  // namespace logis
