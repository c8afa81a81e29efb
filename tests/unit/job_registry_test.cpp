#include "jobs/job_registry.hpp"

#include <gtest/gtest.h>

namespace logis::jobs {
namespace {

TEST(JobRegistryTest, FindsTheHandlerOfAKindAndNothingForAnUnknownOne) {
  JobRegistry registry;
  int calls = 0;
  registry.add("email.send", [&calls](const Job&) { ++calls; });
  ASSERT_NE(registry.handler("email.send"), nullptr);
  (*registry.handler("email.send"))(Job{});
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(registry.handler("sms.send"), nullptr);
}

TEST(JobRegistryTest, RefusesAKindTwiceAndAPeriodicTaskWithoutInterval) {
  JobRegistry registry;
  registry.add("email.send", [](const Job&) {});
  EXPECT_THROW(registry.add("email.send", [](const Job&) {}), std::logic_error);
  EXPECT_THROW(registry.addPeriodic("mailbox.schedule", std::chrono::seconds(0), [](EpochMs) {}),
               std::logic_error);
  registry.addPeriodic("mailbox.schedule", std::chrono::seconds(60), [](EpochMs) {});
  ASSERT_EQ(registry.periodicTasks().size(), 1U);
  EXPECT_EQ(registry.periodicTasks()[0].interval, std::chrono::seconds(60));
}

}  // namespace
}  // namespace logis::jobs
