#pragma once

#include <chrono>
#include <map>
#include <stop_token>
#include <string>

#include "core/clock.hpp"
#include "jobs/job_registry.hpp"
#include "jobs/job_runner.hpp"

namespace logis::jobs {

// What `logis worker` runs: due jobs one at a time, and the periodic tasks at their interval.
class Worker {
 public:
  Worker(const Database& database, const Clock& clock, const JobRegistry& registry,
         std::chrono::milliseconds idle_sleep = std::chrono::seconds(1));

  // Every periodic task once, then every job due now; answers how many jobs ran (`logis worker --once`).
  int runOnce();
  // Until a stop is requested; the job in hand is finished first. Sleeps `idle_sleep` when nothing is due.
  void run(std::stop_token stop);

 private:
  void runPeriodic(const PeriodicTask& task, EpochMs now);
  bool runStep(EpochMs now);

  const Clock& clock_;
  const JobRegistry& registry_;
  JobRunner runner_;
  std::chrono::milliseconds idle_sleep_;
  std::map<std::string, EpochMs> next_periodic_run_;
};

}  // namespace logis::jobs
