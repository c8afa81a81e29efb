#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace date {
class time_zone;
}

namespace logis {

// A wall-clock date and time in some zone, as an agent plans it.
struct LocalDateTime {
  int year = 1970;
  unsigned month = 1;    // 1-12
  unsigned day = 1;      // 1-31
  unsigned hour = 0;     // 0-23
  unsigned minute = 0;   // 0-59
  unsigned weekday = 4;  // 0 = Sunday (answered by TimeZone::local, ignored by TimeZone::instant)
};

// "2026-03-29": midnight that day; nullopt for anything else (2026-02-30 included).
std::optional<LocalDateTime> parseLocalDate(std::string_view text);

// An IANA time zone (an agency's, Europe/Paris by default) through Howard Hinnant's date/tz over the
// system's tzdata: instants are stored in UTC and planned and shown in this zone.
class TimeZone {
 public:
  // nullopt for a name the tz database does not know.
  static std::optional<TimeZone> named(std::string_view iana_name);
  static const TimeZone& paris();

  std::string_view name() const;
  LocalDateTime local(EpochMs instant) const;
  // A wall-clock time that does not exist (the spring gap) moves forward by the gap, as calendars do;
  // one that happens twice (the autumn hour) is the first.
  EpochMs instant(const LocalDateTime& local) const;
  // Minutes east of UTC at that instant (60 in a Paris winter, 120 in summer).
  int offsetMinutes(EpochMs instant) const;
  // Midnight of the local day holding `instant`.
  EpochMs startOfDay(EpochMs instant) const;
  // "2026-03-29T10:00:00+02:00": the instant in this zone, with its offset.
  std::string isoLocal(EpochMs instant) const;

 private:
  explicit TimeZone(const date::time_zone* zone) : zone_(zone) {}
  const date::time_zone* zone_;
};

}  // namespace logis
