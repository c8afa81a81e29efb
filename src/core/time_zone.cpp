#include "core/time_zone.hpp"

#include <date/tz.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace logis {
namespace {

using Millis = std::chrono::milliseconds;
using SysMs = date::sys_time<Millis>;

SysMs toSys(EpochMs instant) {
  return SysMs{Millis{instant}};
}

}  // namespace

std::optional<LocalDateTime> parseLocalDate(std::string_view text) {
  LocalDateTime day;
  char rest = 0;
  const std::string copy(text);
  if (copy.size() != 10 || copy[4] != '-' || copy[7] != '-' ||
      std::sscanf(copy.c_str(), "%4d-%2u-%2u%c", &day.year, &day.month, &day.day, &rest) != 3) {
    return std::nullopt;
  }
  const date::year_month_day date{date::year{day.year}, date::month{day.month}, date::day{day.day}};
  if (!date.ok()) return std::nullopt;
  return day;
}

std::optional<TimeZone> TimeZone::named(std::string_view iana_name) {
  try {
    return TimeZone(date::locate_zone(iana_name));
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
}

const TimeZone& TimeZone::paris() {
  static const TimeZone zone = *named("Europe/Paris");
  return zone;
}

std::string_view TimeZone::name() const {
  return zone_->name();
}

LocalDateTime TimeZone::local(EpochMs instant) const {
  const auto local_time = zone_->to_local(toSys(instant));
  const auto day = date::floor<date::days>(local_time);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss time{date::floor<std::chrono::minutes>(local_time - day)};
  return {static_cast<int>(ymd.year()),
          static_cast<unsigned>(ymd.month()),
          static_cast<unsigned>(ymd.day()),
          static_cast<unsigned>(time.hours().count()),
          static_cast<unsigned>(time.minutes().count()),
          date::weekday{day}.c_encoding()};
}

EpochMs TimeZone::instant(const LocalDateTime& local) const {
  const auto day = date::local_days{date::year{local.year} / date::month{local.month} / date::day{local.day}};
  const auto wall = date::local_time<Millis>{day} + std::chrono::hours{local.hour} +
                    std::chrono::minutes{local.minute};
  // Unique: its one offset. Ambiguous (the autumn hour): the first. Nonexistent (the spring gap): the
  // offset before the gap, so 02:30 in Paris on the spring Sunday becomes 03:30.
  const auto offset = zone_->get_info(wall).first.offset;
  return (wall - offset).time_since_epoch().count();
}

int TimeZone::offsetMinutes(EpochMs instant) const {
  const auto info = zone_->get_info(toSys(instant));
  return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count());
}

EpochMs TimeZone::startOfDay(EpochMs instant) const {
  auto midnight = local(instant);
  midnight.hour = 0;
  midnight.minute = 0;
  return this->instant(midnight);
}

std::string TimeZone::isoLocal(EpochMs instant) const {
  const auto at = local(instant);
  const auto seconds = ((instant % 60'000) + 60'000) % 60'000 / 1000;
  const auto offset = offsetMinutes(instant);
  const auto magnitude = offset < 0 ? -offset : offset;
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02u:%02u:%02lld%c%02d:%02d", at.year, at.month, at.day,
                at.hour, at.minute, static_cast<long long>(seconds), offset < 0 ? '-' : '+', magnitude / 60,
                magnitude % 60);
  return text;
}

}  // namespace logis
