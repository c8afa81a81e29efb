#pragma once

#include <cstdint>
#include <string_view>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "jobs/job.hpp"
#include "jobs/job_repository.hpp"

namespace logis::jobs {

// Where services queue work for the workers. Safe to call inside a caller's transaction: the job is
// queued only if that transaction commits.
class JobQueue {
 public:
  JobQueue(const Database& database, const Clock& clock) : jobs_(database), clock_(clock) {}

  // Answers the new job's id, or the id of the job already queued under the same idempotency key (in
  // whatever state it is).
  std::int64_t enqueue(const NewJob& job) const;
  // A job not yet started (queued, or failed and waiting to retry) is cancelled; otherwise nothing.
  void cancel(std::string_view idempotency_key) const;

 private:
  JobRepository jobs_;
  const Clock& clock_;
};

}  // namespace logis::jobs
