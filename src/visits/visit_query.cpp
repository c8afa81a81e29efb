#include "visits/visit_query.hpp"

#include <charconv>
#include <chrono>

#include "core/api_error.hpp"
#include "core/paris_time.hpp"

namespace logis::visits {
namespace {

template <typename Number>
bool readNumber(const std::string& text, std::size_t at, std::size_t length, Number& value) {
  const auto* start = text.data() + at;
  const auto [end, error] = std::from_chars(start, start + length, value);
  return error == std::errc() && end == start + length;
}

// "2026-03-29": that local day; nullopt for anything else (2026-02-30 included).
std::optional<LocalDateTime> localDay(const std::string& text) {
  LocalDateTime day;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readNumber(text, 0, 4, day.year) ||
      !readNumber(text, 5, 2, day.month) || !readNumber(text, 8, 2, day.day)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{day.year}, std::chrono::month{day.month},
                                         std::chrono::day{day.day}};
  if (!date.ok()) return std::nullopt;
  return day;
}

}  // namespace

ApiError invalidQuery(const std::string& name, const std::string& detail) {
  return ApiError::badRequest("invalid_query", {"error.invalid_query", {{"name", name}, {"detail", detail}}});
}

std::optional<std::string> queryText(const Request& request, const std::string& name) {
  const auto found = request.query.find(name);
  if (found == request.query.end() || found->second.empty()) return std::nullopt;
  return found->second;
}

std::optional<std::int64_t> queryId(const Request& request, const std::string& name) {
  const auto value = queryText(request, name);
  if (!value) return std::nullopt;
  std::int64_t id = 0;
  if (!readNumber(*value, 0, value->size(), id) || id < 1) throw invalidQuery(name, "12");
  return id;
}

std::optional<EpochMs> queryMoment(const Request& request, const std::string& name, const TimeZone& zone,
                                   bool end_of_day) {
  const auto value = queryText(request, name);
  if (!value) return std::nullopt;
  if (const auto day = localDay(*value)) {
    const auto start = zone.instant(*day);
    return end_of_day ? zone.startOfDay(start + 36 * 3'600'000) : start;
  }
  if (const auto instant = parseIsoInstant(*value)) return *instant;
  throw invalidQuery(name, "AAAA-MM-JJ / 2026-03-29T10:00:00+02:00");
}

}  // namespace logis::visits
