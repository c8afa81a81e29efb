#pragma once

#include "core/clock.hpp"

namespace logis::sms {

struct CivilDate {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  bool operator==(const CivilDate&) const = default;
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
CivilDate easterSunday(int year);

// The eleven French public holidays: 1 January, Easter Monday, 1 May, 8 May, Ascension, Whit Monday,
// 14 July, 15 August, 1 November, 11 November, 25 December.
bool isFrenchPublicHoliday(const CivilDate& date);

// The first instant at or after `at` when a marketing SMS may go out in France: 08:00 to 22:00
// Europe/Paris, Monday to Saturday, except public holidays (`at` itself when it is inside such a window).
EpochMs nextMarketingInstant(EpochMs at);

}  // namespace logis::sms
