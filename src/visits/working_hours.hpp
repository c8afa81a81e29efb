#pragma once

#include <vector>

#include "core/clock.hpp"
#include "core/time_zone.hpp"

namespace logis::visits {

// One range of an agent's working hours: local minutes [starts_minute, ends_minute) of an ISO weekday
// (1 = Monday ... 7 = Sunday).
struct WorkingRange {
  int weekday = 1;
  int starts_minute = 0;
  int ends_minute = 0;
  bool operator==(const WorkingRange&) const = default;
};

// [starts_at, ends_at) in UTC milliseconds.
struct Interval {
  EpochMs starts_at = 0;
  EpochMs ends_at = 0;
  bool operator==(const Interval&) const = default;
};

// What the availability assumes of an agent without working hours: 08:00-20:00 every day but Sunday.
std::vector<WorkingRange> defaultWorkingHours();

// True when [starts_at, ends_at) lies within one range, read on the wall clock of `zone` (a visit
// spanning midnight fits no range).
bool withinWorkingHours(const std::vector<WorkingRange>& ranges, const TimeZone& zone, EpochMs starts_at,
                        EpochMs ends_at);

// The ranges as instants over [from, to), each clipped to it, in order.
std::vector<Interval> workingIntervals(const std::vector<WorkingRange>& ranges, const TimeZone& zone,
                                       EpochMs from, EpochMs to);

// `free` minus every interval of `taken` (both in any order); the result sorted.
std::vector<Interval> subtract(std::vector<Interval> free, const std::vector<Interval>& taken);

}  // namespace logis::visits
