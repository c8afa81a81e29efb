#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "jobs/job.hpp"

namespace logis::jobs {

// Runs one job. Returning marks it done; throwing schedules a retry, PermanentJobError kills it at once.
using JobHandler = std::function<void(const Job&)>;

// Something a worker does at an interval, such as queueing the mailbox polls. Every worker process runs
// its periodic tasks, so a task should only queue jobs with idempotency keys (never send anything itself).
struct PeriodicTask {
  std::string name;
  std::chrono::seconds interval;
  std::function<void(EpochMs now)> run;
};

// What the workers know how to do: a handler per job kind, and the periodic tasks. Filled once at start
// (app/job_handlers.cpp), read-only afterwards.
class JobRegistry {
 public:
  void add(const std::string& kind, JobHandler handler);
  void addPeriodic(const std::string& name, std::chrono::seconds interval,
                   std::function<void(EpochMs now)> run);

  // nullptr for a kind nobody registered.
  const JobHandler* handler(const std::string& kind) const;
  const std::vector<PeriodicTask>& periodicTasks() const { return periodic_; }

 private:
  std::map<std::string, JobHandler> handlers_;
  std::vector<PeriodicTask> periodic_;
};

}  // namespace logis::jobs
