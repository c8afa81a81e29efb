#pragma once

#include <optional>
#include <string_view>

#include "core/clock.hpp"

namespace logis {

// "2026-11-24T14:30:00Z", "2026-11-24T15:30+01:00", "2026-11-24T14:30:00.250Z": an instant with its offset,
// as the API receives it; nullopt for anything else (no offset, impossible date or time).
std::optional<EpochMs> parseIsoInstant(std::string_view text);

// The calendar date and wall-clock time in Paris of an instant.
struct ParisDateTime {
  std::int64_t year;
  unsigned month;    // 1-12
  unsigned day;      // 1-31
  unsigned weekday;  // 0 = Sunday
  unsigned hour;
  unsigned minute;
};
ParisDateTime parisDateTime(EpochMs instant);

// Midnight in Paris of the day holding `instant`, as an instant (core/time_zone: the tz database's rules).
EpochMs startOfParisDay(EpochMs instant);

}  // namespace logis
