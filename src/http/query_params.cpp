#include "http/query_params.hpp"

#include <charconv>

#include "core/paris_time.hpp"

namespace logis {
namespace {

std::optional<std::int64_t> wholeNumber(const std::string& text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
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
  const auto text = queryText(request, name);
  if (!text) return std::nullopt;
  const auto id = wholeNumber(*text);
  if (!id || *id < 1) throw invalidQuery(name, "un identifiant / an id");
  return id;
}

std::optional<std::int64_t> queryInteger(const Request& request, const std::string& name, std::int64_t min,
                                         std::int64_t max) {
  const auto text = queryText(request, name);
  if (!text) return std::nullopt;
  const auto value = wholeNumber(*text);
  if (!value || *value < min || *value > max) {
    throw invalidQuery(name, std::to_string(min) + ".." + std::to_string(max));
  }
  return value;
}

std::optional<bool> queryFlag(const Request& request, const std::string& name) {
  const auto text = queryText(request, name);
  if (!text) return std::nullopt;
  if (*text != "true" && *text != "false") throw invalidQuery(name, "true, false");
  return *text == "true";
}

std::optional<EpochMs> queryMoment(const Request& request, const std::string& name, const TimeZone& zone,
                                   bool end_of_day) {
  const auto value = queryText(request, name);
  if (!value) return std::nullopt;
  if (const auto day = parseLocalDate(*value)) {
    const auto start = zone.instant(*day);
    return end_of_day ? zone.startOfDay(start + 36 * 3'600'000) : start;
  }
  if (const auto instant = parseIsoInstant(*value)) return *instant;
  throw invalidQuery(name, "AAAA-MM-JJ / 2026-03-29T10:00:00+02:00");
}

}  // namespace logis
