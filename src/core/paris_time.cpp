#include "core/paris_time.hpp"

#include <charconv>
#include <string>

#include "core/time_zone.hpp"

namespace logis {
namespace {

constexpr EpochMs kHourMs = 3600 * 1000;
constexpr EpochMs kDayMs = 24 * kHourMs;

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day) {
  year -= month <= 2;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

bool readNumber(std::string_view text, std::size_t at, std::size_t length, int& value) {
  if (at + length > text.size()) return false;
  const auto* begin = text.data() + at;
  const auto [end, error] = std::from_chars(begin, begin + length, value);
  return error == std::errc() && end == begin + length;
}

bool expect(std::string_view text, std::size_t at, char c) {
  return at < text.size() && text[at] == c;
}

}  // namespace

std::optional<EpochMs> parseIsoInstant(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
  if (!readNumber(text, 0, 4, year) || !expect(text, 4, '-') || !readNumber(text, 5, 2, month) ||
      !expect(text, 7, '-') || !readNumber(text, 8, 2, day) || !expect(text, 10, 'T') ||
      !readNumber(text, 11, 2, hour) || !expect(text, 13, ':') || !readNumber(text, 14, 2, minute)) {
    return std::nullopt;
  }
  std::size_t at = 16;
  if (expect(text, at, ':')) {
    if (!readNumber(text, at + 1, 2, second)) return std::nullopt;
    at += 3;
    if (expect(text, at, '.')) {
      if (!readNumber(text, at + 1, 3, millis)) return std::nullopt;
      at += 4;
    }
  }
  EpochMs offset = 0;
  if (expect(text, at, 'Z')) {
    at += 1;
  } else if (expect(text, at, '+') || expect(text, at, '-')) {
    int offset_hours = 0, offset_minutes = 0;
    if (!readNumber(text, at + 1, 2, offset_hours) || !expect(text, at + 3, ':') ||
        !readNumber(text, at + 4, 2, offset_minutes) || offset_hours > 14 || offset_minutes > 59) {
      return std::nullopt;
    }
    offset = (offset_hours * 60 + offset_minutes) * 60 * 1000 * (text[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != text.size() || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  const auto days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (day > 28) {
    const auto next_month = month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    if (days >= next_month) return std::nullopt;
  }
  return days * kDayMs + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset;
}

ParisDateTime parisDateTime(EpochMs instant) {
  const auto local = TimeZone::paris().local(instant);
  return {local.year, local.month, local.day, local.weekday, local.hour, local.minute};
}

EpochMs startOfParisDay(EpochMs instant) {
  return TimeZone::paris().startOfDay(instant);
}

}  // namespace logis
