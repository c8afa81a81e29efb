#include "visits/working_hours.hpp"

#include <gtest/gtest.h>

#include "core/paris_time.hpp"

namespace logis::visits {
namespace {

EpochMs at(const char *iso) { return parseIsoInstant(iso).value(); }

const TimeZone &paris() { return TimeZone::paris(); }

// 09:00-12:00 on Saturdays and Sundays.
const std::vector<WorkingRange> kWeekendMornings = {{6, 9 * 60, 12 * 60},
                                                    {7, 9 * 60, 12 * 60}};

TEST(WorkingHoursTest, MorningHoursHoldOnBothSidesOfTheOctoberChange) {
  // Saturday 24 October 2026 is in summer time (UTC+2), Sunday 25 in winter
  // time (UTC+1).
  EXPECT_TRUE(withinWorkingHours(kWeekendMornings, paris(),
                                 at("2026-10-24T07:00:00Z"),
                                 at("2026-10-24T10:00:00Z")));
  EXPECT_TRUE(withinWorkingHours(kWeekendMornings, paris(),
                                 at("2026-10-25T08:00:00Z"),
                                 at("2026-10-25T11:00:00Z")));
  EXPECT_FALSE(withinWorkingHours(kWeekendMornings, paris(),
                                  at("2026-10-25T07:00:00Z"),
                                  at("2026-10-25T08:00:00Z")));
  EXPECT_FALSE(withinWorkingHours(kWeekendMornings, paris(),
                                  at("2026-10-24T10:00:00Z"),
                                  at("2026-10-24T10:30:00Z")));
}

TEST(WorkingHoursTest, IntervalsFollowTheWallClockAcrossTheMarchChange) {
  const auto intervals =
      workingIntervals(kWeekendMornings, paris(), at("2026-03-27T23:00:00Z"),
                       at("2026-03-29T22:00:00Z"));
  ASSERT_EQ(intervals.size(), 2u);
  EXPECT_EQ(intervals[0],
            (Interval{at("2026-03-28T08:00:00Z"), at("2026-03-28T11:00:00Z")}));
  EXPECT_EQ(intervals[1],
            (Interval{at("2026-03-29T07:00:00Z"), at("2026-03-29T10:00:00Z")}));
}

TEST(WorkingHoursTest, IntervalsAreClippedToTheRange) {
  const auto intervals =
      workingIntervals(kWeekendMornings, paris(), at("2026-03-28T09:30:00Z"),
                       at("2026-03-28T10:00:00Z"));
  ASSERT_EQ(intervals.size(), 1u);
  EXPECT_EQ(intervals[0],
            (Interval{at("2026-03-28T09:30:00Z"), at("2026-03-28T10:00:00Z")}));
}

TEST(WorkingHoursTest,
     AVisitAcrossMidnightFitsNoRangeButOneEndingAtMidnightDoes) {
  const std::vector<WorkingRange> evenings = {{1, 18 * 60, 24 * 60},
                                              {2, 0, 2 * 60}};
  // Monday 2 March 2026, winter time.
  EXPECT_TRUE(withinWorkingHours(evenings, paris(), at("2026-03-02T22:00:00Z"),
                                 at("2026-03-02T23:00:00Z")));
  EXPECT_FALSE(withinWorkingHours(evenings, paris(), at("2026-03-02T22:30:00Z"),
                                  at("2026-03-02T23:30:00Z")));
}

TEST(WorkingHoursTest, WithoutHoursAnAgentWorksFromEightToEightButSunday) {
  const auto hours = defaultWorkingHours();
  EXPECT_TRUE(withinWorkingHours(hours, paris(), at("2026-03-28T07:00:00Z"),
                                 at("2026-03-28T19:00:00Z")));
  EXPECT_FALSE(withinWorkingHours(hours, paris(), at("2026-03-29T08:00:00Z"),
                                  at("2026-03-29T09:00:00Z")));
}

TEST(WorkingHoursTest, SubtractLeavesTheGapsInOrder) {
  const auto free =
      subtract({{0, 100}, {200, 300}}, {{50, 60}, {90, 250}, {280, 400}});
  EXPECT_EQ(free, (std::vector<Interval>{{0, 50}, {60, 90}, {250, 280}}));
  EXPECT_EQ(subtract({{0, 100}}, {}), (std::vector<Interval>{{0, 100}}));
}

TEST(WorkingHoursTest,
     AVisitFromHalfPastOneToHalfPastThreeOnTheMarchNightLastsAnHour) {
  const auto starts = paris().instant({2026, 3, 29, 1, 30});
  const auto ends = paris().instant({2026, 3, 29, 3, 30});
  EXPECT_EQ(ends - starts, 3'600'000);
}

} // namespace
} // namespace logis::visits
