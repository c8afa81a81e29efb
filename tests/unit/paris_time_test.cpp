#include "core/paris_time.hpp"

#include <gtest/gtest.h>

namespace logis {
namespace {

// 2026-11-24T00:00:00Z
constexpr EpochMs kNov24 = 1795478400000;
constexpr EpochMs kHour = 3600 * 1000;

TEST(ParisTimeTest, IsoInstantsWithTheirOffset) {
  EXPECT_EQ(parseIsoInstant("2026-11-24T00:00:00Z"), kNov24);
  EXPECT_EQ(parseIsoInstant("2026-11-24T00:00Z"), kNov24);
  EXPECT_EQ(parseIsoInstant("2026-11-24T01:00:00+01:00"), kNov24);
  EXPECT_EQ(parseIsoInstant("2026-11-23T23:30:00-00:30"), kNov24);
  EXPECT_EQ(parseIsoInstant("2026-11-24T00:00:00.250Z"), kNov24 + 250);
  EXPECT_EQ(parseIsoInstant("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(parseIsoInstant("2028-02-29T12:00:00Z").has_value(), true);
}

TEST(ParisTimeTest, AnythingElseIsRefused) {
  for (const auto* text : {"", "2026-11-24", "2026-11-24T10:00", "2026-11-24 10:00:00Z", "2026-13-01T00:00Z",
                           "2026-02-29T00:00Z", "2026-11-31T00:00Z", "2026-11-24T24:00Z", "2026-11-24T10:60Z",
                           "2026-11-24T10:00:00+1", "2026-11-24T10:00:00Zjunk", "demain"}) {
    EXPECT_EQ(parseIsoInstant(text), std::nullopt) << text;
  }
}

TEST(ParisTimeTest, TheParisDayFollowsWinterAndSummerTime) {
  // Winter (UTC+1): 24 November starts at 23:00Z the day before.
  EXPECT_EQ(startOfParisDay(kNov24 + 10 * kHour), kNov24 - kHour);
  EXPECT_EQ(startOfParisDay(kNov24 + 23 * kHour), kNov24 + 23 * kHour);  // 00:00 on the 25th in Paris
  EXPECT_EQ(startOfParisDay(kNov24 - kHour), kNov24 - kHour);
  // Summer (UTC+2): 15 July 2026 starts at 22:00Z on the 14th.
  const auto july15 = *parseIsoInstant("2026-07-15T12:00:00Z");
  EXPECT_EQ(startOfParisDay(july15), *parseIsoInstant("2026-07-14T22:00:00Z"));
  // The day of the change to summer time (29 March 2026) starts in winter time.
  EXPECT_EQ(startOfParisDay(*parseIsoInstant("2026-03-29T12:00:00Z")),
            *parseIsoInstant("2026-03-28T23:00:00Z"));
  // The day of the change back (25 October 2026) starts in summer time.
  EXPECT_EQ(startOfParisDay(*parseIsoInstant("2026-10-25T12:00:00Z")),
            *parseIsoInstant("2026-10-24T22:00:00Z"));
}

}  // namespace
}  // namespace logis
