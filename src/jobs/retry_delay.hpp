#pragma once

#include <chrono>

namespace logis::jobs {

// How long a job waits after its `attempts`-th failed run: 30 s doubled at each attempt, at most 6 h,
// times `jitter` (0.8 to 1.2, drawn by the caller) so that jobs failing together do not retry together.
std::chrono::milliseconds retryDelay(int attempts, double jitter);

}  // namespace logis::jobs
