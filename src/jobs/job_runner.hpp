#pragma once

#include <chrono>
#include <random>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "jobs/job_registry.hpp"
#include "jobs/job_repository.hpp"

namespace logis::jobs {

// Claims due jobs and runs their handlers, one worker's share. Several runners, in threads or on other
// machines, share one queue: a job is claimed by one of them at a time. A job keeps its lock for
// `lock_duration`; if its worker dies, another claims it again once the lock has expired.
// How long a job stays claimed by its worker. Work a job leaves half done for longer than this was cut off
// (its worker died): the email and SMS deliveries take such work up again.
constexpr std::chrono::minutes kJobLock{10};

class JobRunner {
 public:
  JobRunner(const Database& database, const Clock& clock, const JobRegistry& registry, std::string worker_id,
            std::chrono::seconds lock_duration = kJobLock);

  // Claims up to `limit` due jobs and runs them; answers how many it ran.
  int runBatch(int limit = 1);
  // Runs jobs until none is due any more; answers how many it ran.
  int runDue();

  const std::string& workerId() const { return worker_id_; }

 private:
  void run(const Job& job);
  void failed(const Job& job, const std::string& error);

  JobRepository jobs_;
  const Clock& clock_;
  const JobRegistry& registry_;
  std::string worker_id_;
  std::chrono::seconds lock_duration_;
  std::mt19937 random_{std::random_device{}()};
};

// "host:pid:n", a name unique to this runner among every worker of every machine, for locked_by.
std::string newWorkerId();

}  // namespace logis::jobs
