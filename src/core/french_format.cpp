#include "core/french_format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace logis {

std::optional<std::string> postalAddress(const std::optional<std::string>& street,
                                         const std::optional<std::string>& postal_code,
                                         const std::optional<std::string>& city) {
  std::string town = postal_code.value_or("");
  if (city) town += (town.empty() ? "" : " ") + *city;
  if (!street) return town.empty() ? std::nullopt : std::optional(town);
  return town.empty() ? *street : *street + ", " + town;
}

std::string euros(std::int64_t cents) {
  std::string whole = std::to_string(cents / 100);
  for (int at = static_cast<int>(whole.size()) - 3; at > 0; at -= 3) whole.insert(at, " ");
  if (cents % 100 == 0) return whole + " €";
  char rest[8];
  std::snprintf(rest, sizeof rest, ",%02lld", static_cast<long long>(cents % 100));
  return whole + rest + " €";
}

std::string frenchDecimal(double value) {
  const double rounded = std::round(value * 10) / 10;
  char text[32];
  if (rounded == std::floor(rounded)) {
    std::snprintf(text, sizeof text, "%.0f", rounded);
  } else {
    std::snprintf(text, sizeof text, "%.1f", rounded);
  }
  std::string result(text);
  std::replace(result.begin(), result.end(), '.', ',');
  return result;
}

std::string frenchDate(EpochMs instant) {
  return frenchDate(instant, TimeZone::paris());
}

std::string frenchTime(EpochMs instant) {
  return frenchTime(instant, TimeZone::paris());
}

std::string frenchDate(EpochMs instant, const TimeZone& zone) {
  static constexpr std::array<const char*, 7> kWeekdays = {"dimanche", "lundi",    "mardi", "mercredi",
                                                           "jeudi",    "vendredi", "samedi"};
  static constexpr std::array<const char*, 12> kMonths = {"janvier",   "février", "mars",     "avril",
                                                          "mai",       "juin",    "juillet",  "août",
                                                          "septembre", "octobre", "novembre", "décembre"};
  const auto local = zone.local(instant);
  return std::string(kWeekdays[local.weekday]) + " " + (local.day == 1 ? "1er" : std::to_string(local.day)) +
         " " + kMonths[local.month - 1] + " " + std::to_string(local.year);
}

std::string frenchTime(EpochMs instant, const TimeZone& zone) {
  const auto local = zone.local(instant);
  char text[32];
  std::snprintf(text, sizeof text, "%u h %02u", local.hour, local.minute);
  return text;
}

}  // namespace logis
