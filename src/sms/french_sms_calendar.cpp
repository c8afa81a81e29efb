#include "sms/french_sms_calendar.hpp"

#include <array>

#include "core/paris_time.hpp"

namespace logis::sms {
namespace {

constexpr EpochMs kHourMs = 3600 * 1000;
constexpr EpochMs kDayMs = 24 * kHourMs;
constexpr EpochMs kOpensAt = 8 * kHourMs;
constexpr EpochMs kClosesAt = 22 * kHourMs;

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
std::int64_t daysFromCivil(const CivilDate& date) {
  const std::int64_t year = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

CivilDate civilFromDays(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned month_index = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const unsigned month = month_index < 10 ? month_index + 3 : month_index - 9;
  const auto year =
      static_cast<int>(static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::int64_t floorDiv(std::int64_t value, std::int64_t divisor) {
  return value / divisor - (value % divisor < 0 ? 1 : 0);
}

// Paris midnight falls at 22:00 or 23:00 UTC the day before: twelve hours later is the same Paris date.
std::int64_t parisDayNumber(EpochMs day_start) {
  return floorDiv(day_start + 12 * kHourMs, kDayMs);
}

bool isSunday(std::int64_t day_number) {
  return ((day_number + 4) % 7 + 7) % 7 == 0;  // 1970-01-01 was a Thursday
}

}  // namespace

CivilDate easterSunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
}

bool isFrenchPublicHoliday(const CivilDate& date) {
  static constexpr std::array<std::pair<unsigned, unsigned>, 8> fixed = {
      {{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}}};
  for (const auto& [month, day] : fixed) {
    if (date.month == month && date.day == day) return true;
  }
  const auto after_easter = daysFromCivil(date) - daysFromCivil(easterSunday(date.year));
  return after_easter == 1 || after_easter == 39 || after_easter == 50;  // Monday, Ascension, Whit Monday
}

// Daylight saving time starts and ends on Sundays, which are closed anyway: on the days this opens,
// 08:00 and 22:00 in Paris are 8 and 22 hours after midnight.
EpochMs nextMarketingInstant(EpochMs at) {
  auto day_start = startOfParisDay(at);
  for (;;) {
    const auto day = parisDayNumber(day_start);
    if (!isSunday(day) && !isFrenchPublicHoliday(civilFromDays(day))) {
      if (at < day_start + kOpensAt) return day_start + kOpensAt;
      if (at < day_start + kClosesAt) return at;
    }
    day_start = startOfParisDay(day_start + 36 * kHourMs);
  }
}

}  // namespace logis::sms
