#include "jobs/job_queue.hpp"

#include <stdexcept>

namespace logis::jobs {

std::int64_t JobQueue::enqueue(const NewJob& job) const {
  if (job.kind.empty() || job.idempotency_key.empty() || job.max_attempts < 1) {
    throw std::invalid_argument("a job needs a kind, an idempotency key and at least one attempt");
  }
  if (const auto existing = jobs_.idForKey(job.idempotency_key)) return *existing;
  try {
    return jobs_.insert(job, clock_.now());
  } catch (const std::exception&) {
    // Another thread queued the same key between the look-up and the insert: the unique index refused
    // the second row, and the first one is the answer.
    if (const auto existing = jobs_.idForKey(job.idempotency_key)) return *existing;
    throw;
  }
}

void JobQueue::cancel(std::string_view idempotency_key) const {
  jobs_.cancel(std::string(idempotency_key), clock_.now());
}

}  // namespace logis::jobs
