#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "jobs/job.hpp"

namespace logis::jobs {

// Which jobs the admin page lists; absent fields do not filter.
struct JobFilter {
  std::optional<std::string> status;
  std::optional<std::string> kind;
};

// The SQL of the jobs table. Workers reach every job; the admin page's methods take the agency and
// filter on it.
class JobRepository {
 public:
  explicit JobRepository(const Database& database) : db_(database) {}

  std::optional<std::int64_t> idForKey(const std::string& idempotency_key) const;
  std::int64_t insert(const NewJob& job, EpochMs now) const;
  // Queued or failed job of that key -> cancelled; one running or finished is left alone.
  void cancel(const std::string& idempotency_key, EpochMs now) const;

  // Takes up to `limit` due jobs (and running ones whose lock expired: their worker died) for
  // `worker_id` until `lock_until`, counting one more attempt each. Two workers never take the same job.
  std::vector<Job> claim(const std::string& worker_id, EpochMs now, EpochMs lock_until, int limit) const;
  // The outcome of a run; ignored when the job's lock passed to another worker meanwhile. locked_by stays:
  // it names the worker that ran the job last.
  void markDone(std::int64_t id, const std::string& worker_id, EpochMs now) const;
  void markFailed(std::int64_t id, const std::string& worker_id, EpochMs retry_at, const std::string& error,
                  EpochMs now) const;
  void markDead(std::int64_t id, const std::string& worker_id, const std::string& error, EpochMs now) const;
  // Done and cancelled jobs finished before `before` are deleted; answers how many.
  std::int64_t purgeFinished(EpochMs before) const;

  std::vector<Job> list(std::int64_t agency_id, const JobFilter& filter, std::int64_t offset,
                        std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id, const JobFilter& filter) const;
  std::optional<Job> find(std::int64_t agency_id, std::int64_t id) const;
  // A failed or dead job of the agency -> queued, due at `now`, with its attempts starting again from 0;
  // false when it is in another state.
  bool requeue(std::int64_t agency_id, std::int64_t id, EpochMs now) const;

 private:
  const Database& db_;
};

}  // namespace logis::jobs
