#include "visits/working_hours.hpp"

#include <algorithm>

namespace logis::visits {
namespace {

constexpr EpochMs kHourMs = 3'600'000;

int isoWeekday(const LocalDateTime& local) {
  return local.weekday == 0 ? 7 : static_cast<int>(local.weekday);
}

int minuteOfDay(const LocalDateTime& local) {
  return static_cast<int>(local.hour * 60 + local.minute);
}

bool sameDay(const LocalDateTime& a, const LocalDateTime& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

// Midnight of the local day after the one starting at `day_start` (days last 23 to 25 hours).
EpochMs nextDay(const TimeZone& zone, EpochMs day_start) {
  return zone.startOfDay(day_start + 36 * kHourMs);
}

EpochMs atMinute(const TimeZone& zone, const LocalDateTime& day, EpochMs day_start, int minute) {
  if (minute >= 24 * 60) return nextDay(zone, day_start);
  auto local = day;
  local.hour = static_cast<unsigned>(minute / 60);
  local.minute = static_cast<unsigned>(minute % 60);
  return zone.instant(local);
}

}  // namespace

std::vector<WorkingRange> defaultWorkingHours() {
  std::vector<WorkingRange> ranges;
  for (int weekday = 1; weekday <= 6; ++weekday) ranges.push_back({weekday, 8 * 60, 20 * 60});
  return ranges;
}

bool withinWorkingHours(const std::vector<WorkingRange>& ranges, const TimeZone& zone, EpochMs starts_at,
                        EpochMs ends_at) {
  const auto start = zone.local(starts_at);
  const auto end = zone.local(ends_at);
  int end_minute = minuteOfDay(end);
  if (!sameDay(start, end)) {
    if (ends_at != nextDay(zone, zone.startOfDay(starts_at))) return false;
    end_minute = 24 * 60;
  }
  const auto start_minute = minuteOfDay(start);
  return std::any_of(ranges.begin(), ranges.end(), [&](const WorkingRange& range) {
    return range.weekday == isoWeekday(start) && range.starts_minute <= start_minute &&
           end_minute <= range.ends_minute;
  });
}

std::vector<Interval> workingIntervals(const std::vector<WorkingRange>& ranges, const TimeZone& zone,
                                       EpochMs from, EpochMs to) {
  std::vector<Interval> intervals;
  for (auto day_start = zone.startOfDay(from); day_start < to; day_start = nextDay(zone, day_start)) {
    const auto day = zone.local(day_start);
    for (const auto& range : ranges) {
      if (range.weekday != isoWeekday(day)) continue;
      const auto starts = std::max(from, atMinute(zone, day, day_start, range.starts_minute));
      const auto ends = std::min(to, atMinute(zone, day, day_start, range.ends_minute));
      if (starts < ends) intervals.push_back({starts, ends});
    }
  }
  std::sort(intervals.begin(), intervals.end(),
            [](const Interval& a, const Interval& b) { return a.starts_at < b.starts_at; });
  return intervals;
}

std::vector<Interval> subtract(std::vector<Interval> free, const std::vector<Interval>& taken) {
  for (const auto& busy : taken) {
    std::vector<Interval> rest;
    for (const auto& slot : free) {
      if (busy.ends_at <= slot.starts_at || slot.ends_at <= busy.starts_at) {
        rest.push_back(slot);
        continue;
      }
      if (slot.starts_at < busy.starts_at) rest.push_back({slot.starts_at, busy.starts_at});
      if (busy.ends_at < slot.ends_at) rest.push_back({busy.ends_at, slot.ends_at});
    }
    free = std::move(rest);
  }
  std::sort(free.begin(), free.end(),
            [](const Interval& a, const Interval& b) { return a.starts_at < b.starts_at; });
  return free;
}

}  // namespace logis::visits
