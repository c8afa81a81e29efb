#pragma once

#include <string>

#include "core/clock.hpp"

namespace logis {

// "2026-11-24T08:30:00Z": instants leave the API in UTC, ISO 8601.
std::string isoUtc(EpochMs instant);

}  // namespace logis
