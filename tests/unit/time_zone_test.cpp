#include "core/time_zone.hpp"

#include <gtest/gtest.h>

#include "core/paris_time.hpp"

namespace logis {
namespace {

EpochMs at(const char* iso) {
  return *parseIsoInstant(iso);
}

TEST(TimeZoneTest, UnknownNamesAreRefused) {
  EXPECT_FALSE(TimeZone::named("Europe/Atlantis").has_value());
  EXPECT_FALSE(TimeZone::named("").has_value());
  EXPECT_EQ(TimeZone::named("America/Martinique")->name(), "America/Martinique");
}

TEST(TimeZoneTest, WallClockTimesOnBothSidesOfTheMarchChange) {
  const auto& paris = TimeZone::paris();
  // 29 March 2026: 02:00 becomes 03:00 in Paris.
  EXPECT_EQ(paris.instant({2026, 3, 29, 1, 30}), at("2026-03-29T00:30:00Z"));
  EXPECT_EQ(paris.instant({2026, 3, 29, 3, 30}), at("2026-03-29T01:30:00Z"));
  // 02:30 does not exist: it is read as 03:30, as calendars do.
  EXPECT_EQ(paris.instant({2026, 3, 29, 2, 30}), at("2026-03-29T01:30:00Z"));
  EXPECT_EQ(paris.offsetMinutes(at("2026-03-29T00:59:00Z")), 60);
  EXPECT_EQ(paris.offsetMinutes(at("2026-03-29T01:00:00Z")), 120);
}

TEST(TimeZoneTest, TheOctoberHourThatHappensTwiceIsTheFirst) {
  const auto& paris = TimeZone::paris();
  // 25 October 2026: 03:00 becomes 02:00 again; 02:30 happens at 00:30Z and at 01:30Z.
  EXPECT_EQ(paris.instant({2026, 10, 25, 2, 30}), at("2026-10-25T00:30:00Z"));
  EXPECT_EQ(paris.instant({2026, 10, 25, 10, 0}), at("2026-10-25T09:00:00Z"));
  const auto second_pass = paris.local(at("2026-10-25T01:30:00Z"));
  EXPECT_EQ(second_pass.hour, 2u);
  EXPECT_EQ(second_pass.minute, 30u);
  EXPECT_EQ(paris.isoLocal(at("2026-10-25T00:30:00Z")), "2026-10-25T02:30:00+02:00");
  EXPECT_EQ(paris.isoLocal(at("2026-10-25T01:30:00Z")), "2026-10-25T02:30:00+01:00");
}

TEST(TimeZoneTest, LocalDatesWeekdaysAndMidnights) {
  const auto& paris = TimeZone::paris();
  const auto local = paris.local(at("2026-11-24T23:30:00Z"));  // already Wednesday 25 in Paris
  EXPECT_EQ(local.day, 25u);
  EXPECT_EQ(local.weekday, 3u);
  EXPECT_EQ(local.hour, 0u);
  EXPECT_EQ(paris.startOfDay(at("2026-11-24T23:30:00Z")), at("2026-11-24T23:00:00Z"));
  EXPECT_EQ(paris.startOfDay(at("2026-07-15T12:00:00Z")), at("2026-07-14T22:00:00Z"));
  const auto reunion = *TimeZone::named("Indian/Reunion");
  EXPECT_EQ(reunion.instant({2026, 7, 15, 9, 0}), at("2026-07-15T05:00:00Z"));
}

TEST(TimeZoneTest, ALocalDateIsMidnightThatDay) {
  const auto day = parseLocalDate("2026-07-15");
  ASSERT_TRUE(day);
  EXPECT_EQ(TimeZone::paris().instant(*day), *parseIsoInstant("2026-07-14T22:00:00Z"));
  EXPECT_EQ(TimeZone::paris().instant(*parseLocalDate("2026-01-15")), *parseIsoInstant("2026-01-14T23:00:00Z"));
  for (const auto* text : {"2026-13-01", "2026-02-30", "2026-1-15", "2026-01-15T00:00Z", "2026-01-1x", "demain", ""}) {
    EXPECT_EQ(parseLocalDate(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace logis
