#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/time_zone.hpp"

namespace logis {

// 34500000 -> "345 000 €", 125050 -> "1 250,50 €" (a narrow no-break space would be finer; a plain space
// reads the same in every mail client and SMS).
std::string euros(std::int64_t cents);
// 72 -> "72", 65.5 -> "65,5", 2.345 -> "2,3": French decimals, one at most.
std::string frenchDecimal(double value);
// "12 rue Victor Hugo, 69002 Lyon" from the parts given; nullopt when none is.
std::optional<std::string> postalAddress(const std::optional<std::string>& street,
                                         const std::optional<std::string>& postal_code,
                                         const std::optional<std::string>& city);
// The day in Paris: "mardi 3 mars 2026".
std::string frenchDate(EpochMs instant);
// The time in Paris: "14 h 30", "9 h 05".
std::string frenchTime(EpochMs instant);
// The same in another zone (an agency's).
std::string frenchDate(EpochMs instant, const TimeZone& zone);
std::string frenchTime(EpochMs instant, const TimeZone& zone);

}  // namespace logis
