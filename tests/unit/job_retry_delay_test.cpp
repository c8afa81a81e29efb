#include <gtest/gtest.h>

#include "jobs/retry_delay.hpp"

namespace logis::jobs {
namespace {

using std::chrono::milliseconds;

TEST(JobRetryDelayTest, StartsAtThirtySecondsAndDoublesAtEachAttempt) {
  EXPECT_EQ(retryDelay(1, 1.0), milliseconds(30'000));
  EXPECT_EQ(retryDelay(2, 1.0), milliseconds(60'000));
  EXPECT_EQ(retryDelay(3, 1.0), milliseconds(120'000));
  EXPECT_EQ(retryDelay(8, 1.0), milliseconds(30'000 * 128));
}

TEST(JobRetryDelayTest, StopsAtSixHours) {
  EXPECT_EQ(retryDelay(11, 1.0), milliseconds(6 * 3600 * 1000));
  EXPECT_EQ(retryDelay(1000, 1.0), milliseconds(6 * 3600 * 1000));
}

TEST(JobRetryDelayTest, JitterMovesTheDelayByAtMostTwentyPercent) {
  EXPECT_EQ(retryDelay(1, 0.8), milliseconds(24'000));
  EXPECT_EQ(retryDelay(1, 1.2), milliseconds(36'000));
  EXPECT_EQ(retryDelay(1, 0.1), milliseconds(24'000));
  EXPECT_EQ(retryDelay(1000, 5.0), milliseconds(6 * 3600 * 1200));
}

}  // namespace
}  // namespace logis::jobs
