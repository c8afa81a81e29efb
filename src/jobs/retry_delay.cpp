#include "jobs/retry_delay.hpp"

#include <algorithm>
#include <cmath>

namespace logis::jobs {

std::chrono::milliseconds retryDelay(int attempts, double jitter) {
  constexpr double kBase = 30'000;
  constexpr double kCap = 6 * 3600 * 1000;
  const auto doublings = std::clamp(attempts - 1, 0, 20);  // 2^20 * 30 s is far past the cap already
  const auto delay = std::min(kBase * std::pow(2.0, doublings), kCap);
  return std::chrono::milliseconds(std::llround(delay * std::clamp(jitter, 0.8, 1.2)));
}

}  // namespace logis::jobs
