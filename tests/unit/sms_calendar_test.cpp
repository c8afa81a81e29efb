#include <gtest/gtest.h>

#include "core/paris_time.hpp"
#include "core/time_format.hpp"
#include "sms/french_sms_calendar.hpp"

namespace logis::sms {
namespace {

EpochMs at(const char* iso) {
  return parseIsoInstant(iso).value();
}

// The instant a marketing SMS queued at `queued` may leave, in UTC.
std::string slot(const char* queued) {
  return isoUtc(nextMarketingInstant(at(queued)));
}

TEST(SmsCalendarTest, EasterAcrossYears) {
  EXPECT_EQ(easterSunday(2024), (CivilDate{2024, 3, 31}));
  EXPECT_EQ(easterSunday(2025), (CivilDate{2025, 4, 20}));
  EXPECT_EQ(easterSunday(2026), (CivilDate{2026, 4, 5}));
  EXPECT_EQ(easterSunday(2027), (CivilDate{2027, 3, 28}));
  EXPECT_EQ(easterSunday(2038), (CivilDate{2038, 4, 25}));  // the latest possible date
  EXPECT_EQ(easterSunday(2285), (CivilDate{2285, 3, 22}));  // the earliest possible date
}

TEST(SmsCalendarTest, TheElevenFrenchPublicHolidays) {
  for (const auto& day :
       {CivilDate{2026, 1, 1}, CivilDate{2026, 4, 6}, CivilDate{2026, 5, 1}, CivilDate{2026, 5, 8},
        CivilDate{2026, 5, 14}, CivilDate{2026, 5, 25}, CivilDate{2026, 7, 14}, CivilDate{2026, 8, 15},
        CivilDate{2026, 11, 1}, CivilDate{2026, 11, 11}, CivilDate{2026, 12, 25}}) {
    EXPECT_TRUE(isFrenchPublicHoliday(day)) << day.year << "-" << day.month << "-" << day.day;
  }
  // 2025: Easter Monday 21 April, Ascension 29 May, Whit Monday 9 June.
  EXPECT_TRUE(isFrenchPublicHoliday({2025, 4, 21}));
  EXPECT_TRUE(isFrenchPublicHoliday({2025, 5, 29}));
  EXPECT_TRUE(isFrenchPublicHoliday({2025, 6, 9}));
  EXPECT_FALSE(isFrenchPublicHoliday({2026, 4, 5}));  // Easter Sunday is a Sunday, not in the list
  EXPECT_FALSE(isFrenchPublicHoliday({2026, 4, 7}));
  EXPECT_FALSE(isFrenchPublicHoliday({2026, 12, 26}));
  EXPECT_FALSE(isFrenchPublicHoliday({2026, 5, 15}));
}

TEST(SmsCalendarTest, InsideTheDayTheMessageLeavesAtOnce) {
  // Tuesday 24 November 2026, 10:00 in Paris (UTC+1).
  EXPECT_EQ(slot("2026-11-24T09:00:00Z"), "2026-11-24T09:00:00Z");
  // 21:59 in Paris: still allowed; 22:00: closed until the next morning.
  EXPECT_EQ(slot("2026-11-24T20:59:00Z"), "2026-11-24T20:59:00Z");
  EXPECT_EQ(slot("2026-11-24T21:00:00Z"), "2026-11-25T07:00:00Z");
  // 07:59 in Paris waits one minute.
  EXPECT_EQ(slot("2026-11-24T06:59:00Z"), "2026-11-24T07:00:00Z");
}

TEST(SmsCalendarTest, SummerTimeShiftsTheWindowInUtc) {
  // Wednesday 15 July 2026 (UTC+2): 08:00 in Paris is 06:00 UTC, 22:00 is 20:00 UTC.
  EXPECT_EQ(slot("2026-07-15T05:30:00Z"), "2026-07-15T06:00:00Z");
  EXPECT_EQ(slot("2026-07-15T19:59:00Z"), "2026-07-15T19:59:00Z");
  EXPECT_EQ(slot("2026-07-15T20:00:00Z"), "2026-07-16T06:00:00Z");
}

TEST(SmsCalendarTest, SundaysWaitForMonday) {
  // Saturday 28 November 2026 at 23:00 in Paris -> Monday 30 at 08:00.
  EXPECT_EQ(slot("2026-11-28T22:00:00Z"), "2026-11-30T07:00:00Z");
  // Sunday noon -> Monday 08:00.
  EXPECT_EQ(slot("2026-11-29T11:00:00Z"), "2026-11-30T07:00:00Z");
  // Saturday afternoon is allowed.
  EXPECT_EQ(slot("2026-11-28T14:00:00Z"), "2026-11-28T14:00:00Z");
}

TEST(SmsCalendarTest, DaylightSavingNightsLandOnParisEightOClock) {
  // Saturday 28 March 2026, 23:30 in Paris (UTC+1); clocks go forward on Sunday 29; Monday 30 at 08:00 is
  // UTC+2, 06:00 UTC.
  EXPECT_EQ(slot("2026-03-28T22:30:00Z"), "2026-03-30T06:00:00Z");
  // Saturday 24 October 2026, 22:30 in Paris (UTC+2); clocks go back on Sunday 25; Monday 26 at 08:00 is
  // UTC+1, 07:00 UTC.
  EXPECT_EQ(slot("2026-10-24T20:30:00Z"), "2026-10-26T07:00:00Z");
  // During the repeated hour of that Sunday night (02:30 in Paris, twice).
  EXPECT_EQ(slot("2026-10-25T00:30:00Z"), "2026-10-26T07:00:00Z");
  EXPECT_EQ(slot("2026-10-25T01:30:00Z"), "2026-10-26T07:00:00Z");
}

TEST(SmsCalendarTest, HolidaysAndTheirBridgesWait) {
  // Easter 2026: Saturday 4 April at 22:30 -> Sunday 5 and Easter Monday 6 closed -> Tuesday 7 at 08:00.
  EXPECT_EQ(slot("2026-04-04T20:30:00Z"), "2026-04-07T06:00:00Z");
  // Christmas Eve 2026 (Thursday) at 23:00 -> Friday 25 closed -> Saturday 26 at 08:00.
  EXPECT_EQ(slot("2026-12-24T22:00:00Z"), "2026-12-26T07:00:00Z");
  // New Year's Eve 2027 (Friday 31 December) at 22:00 -> Saturday 1 January closed, Sunday 2 closed ->
  // Monday 3 January 2028 at 08:00.
  EXPECT_EQ(slot("2027-12-31T21:00:00Z"), "2028-01-03T07:00:00Z");
  // Ascension 2025 (Thursday 29 May), morning -> Friday 30 at 08:00 (UTC+2).
  EXPECT_EQ(slot("2025-05-29T08:00:00Z"), "2025-05-30T06:00:00Z");
  // 14 July 2027 is a Wednesday.
  EXPECT_EQ(slot("2027-07-14T10:00:00Z"), "2027-07-15T06:00:00Z");
}

}  // namespace
}  // namespace logis::sms
