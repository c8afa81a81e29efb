#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "jobs/job_repository.hpp"

namespace logis::jobs {

struct JobPage {
  nlohmann::json items;  // an array
  std::int64_t total = 0;
};

// The admin page's view of the queue: the agency's jobs, newest first, and retrying the failed or dead.
class JobService {
 public:
  JobService(const Database& database, const Clock& clock) : jobs_(database), clock_(clock) {}

  // The caller's agency's jobs; jobs of no agency (housekeeping) are nobody's to see.
  JobPage list(const Principal& caller, const JobFilter& filter, std::int64_t offset,
               std::int64_t limit) const;
  // A failed or dead job -> queued, due now, its attempts counted again from 0 (it gets its full number of
  // tries); 404 for another agency's job, 409 for one in another state.
  nlohmann::json retry(const Principal& caller, std::int64_t id) const;

  static nlohmann::json toJson(const Job& job);

 private:
  JobRepository jobs_;
  const Clock& clock_;
};

}  // namespace logis::jobs
