#include "leads/iso_instant.hpp"

#include <chrono>
#include <regex>
#include <string>

namespace logis {
namespace {

std::optional<EpochMs> dayStart(int year, int month, int day) {
  const std::chrono::year_month_day date{std::chrono::year{year},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::sys_days{date}.time_since_epoch())
      .count();
}

}  // namespace

std::optional<EpochMs> parseIsoDate(std::string_view text) {
  static const std::regex pattern(R"((\d{4})-(\d{2})-(\d{2}))");
  std::match_results<std::string_view::const_iterator> parts;
  if (!std::regex_match(text.begin(), text.end(), parts, pattern)) return std::nullopt;
  return dayStart(std::stoi(parts[1]), std::stoi(parts[2]), std::stoi(parts[3]));
}

std::optional<EpochMs> parseIsoInstant(std::string_view text) {
  static const std::regex pattern(
      R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2})))");
  std::match_results<std::string_view::const_iterator> parts;
  if (!std::regex_match(text.begin(), text.end(), parts, pattern)) return std::nullopt;
  const auto day = dayStart(std::stoi(parts[1]), std::stoi(parts[2]), std::stoi(parts[3]));
  const int hours = std::stoi(parts[4]);
  const int minutes = std::stoi(parts[5]);
  const int seconds = parts[6].matched ? std::stoi(parts[6]) : 0;
  if (!day || hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
  EpochMs millis = 0;
  if (parts[7].matched) millis = std::stoi((parts[7].str() + "00").substr(0, 3));
  EpochMs offset = 0;
  if (parts[9].matched) {
    const int offset_hours = std::stoi(parts[10]);
    const int offset_minutes = std::stoi(parts[11]);
    if (offset_hours > 14 || offset_minutes > 59) return std::nullopt;
    offset = (offset_hours * 60 + offset_minutes) * 60'000LL * (parts[9] == "-" ? -1 : 1);
  }
  return *day + ((hours * 60LL + minutes) * 60 + seconds) * 1000 + millis - offset;
}

}  // namespace logis
