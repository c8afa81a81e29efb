#pragma once

#include <optional>
#include <string_view>

#include "core/clock.hpp"

namespace logis {

// "2026-01-20T09:30:00Z", "2026-01-20T10:30:00+01:00", "2026-01-20T09:30Z" (seconds and fractions
// optional; a zone is required) as an instant; nullopt when it is not a real date and time.
std::optional<EpochMs> parseIsoInstant(std::string_view text);
// "2026-01-20" as the instant its day starts, UTC.
std::optional<EpochMs> parseIsoDate(std::string_view text);

}  // namespace logis
