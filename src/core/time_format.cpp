#include "core/time_format.hpp"

#include <ctime>

namespace logis {

std::string isoUtc(EpochMs instant) {
  const std::time_t seconds = static_cast<std::time_t>(instant / 1000 - (instant % 1000 < 0 ? 1 : 0));
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char out[32];
  const auto length = std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return std::string(out, length);
}

}  // namespace logis
