#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/api_error.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "http/request.hpp"

namespace logis::visits {

// Query parameters of the visits routes; anything malformed is a 400 naming the parameter.

// The 400 of a malformed parameter; `detail` shows what is expected.
ApiError invalidQuery(const std::string& name, const std::string& detail);
// ?agent_id=12: a positive id.
std::optional<std::int64_t> queryId(const Request& request, const std::string& name);
// ?from=2026-03-29 (that day in `zone`) or an instant with its offset; `end_of_day`: a day means its end.
std::optional<EpochMs> queryMoment(const Request& request, const std::string& name, const TimeZone& zone,
                                   bool end_of_day);
std::optional<std::string> queryText(const Request& request, const std::string& name);

}  // namespace logis::visits
