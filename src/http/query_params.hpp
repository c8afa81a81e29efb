#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/api_error.hpp"
#include "core/clock.hpp"
#include "core/strings.hpp"
#include "core/time_zone.hpp"
#include "http/request.hpp"

namespace logis {

// Reading a query string. An absent or empty parameter is nullopt; a malformed one is a 400
// {"code": "invalid_query"} naming it: "Paramètre « name » invalide : detail".

ApiError invalidQuery(const std::string& name, const std::string& detail);
std::optional<std::string> queryText(const Request& request, const std::string& name);
// A positive id.
std::optional<std::int64_t> queryId(const Request& request, const std::string& name);
// A whole number in min..max.
std::optional<std::int64_t> queryInteger(const Request& request, const std::string& name, std::int64_t min,
                                         std::int64_t max);
// true or false.
std::optional<bool> queryFlag(const Request& request, const std::string& name);
// ?from=2026-03-29 (that day in `zone`) or an instant with its offset; `end_of_day`: a day means its end
// (the start of the next day).
std::optional<EpochMs> queryMoment(const Request& request, const std::string& name, const TimeZone& zone,
                                   bool end_of_day);

// "a, b, c": the allowed values, as the 400 shows them.
template <typename Names>
std::string allowedList(const Names& allowed) {
  std::string text;
  for (const auto& item : allowed) text += (text.empty() ? "" : ", ") + std::string(item);
  return text;
}

// ?status=planned,done: each item must be one of `allowed`; empty when absent.
template <typename Names>
std::vector<std::string> queryChoices(const Request& request, const std::string& name, const Names& allowed) {
  const auto value = queryText(request, name);
  if (!value) return {};
  auto items = splitNonEmpty(*value, ',');
  for (const auto& item : items) {
    if (std::find(allowed.begin(), allowed.end(), item) == allowed.end()) {
      throw invalidQuery(name, allowedList(allowed));
    }
  }
  return items;
}

}  // namespace logis
