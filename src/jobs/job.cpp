#include "jobs/job.hpp"

namespace logis::jobs {

Job Job::fromRow(const Row& row) {
  Job job;
  job.id = row.integer("id");
  job.agency_id = row.optionalInteger("agency_id");
  job.kind = row.text("kind");
  job.payload = nlohmann::json::parse(row.text("payload"), nullptr, false);
  job.idempotency_key = row.text("idempotency_key");
  job.status = row.text("status");
  job.attempts = static_cast<int>(row.integer("attempts"));
  job.max_attempts = static_cast<int>(row.integer("max_attempts"));
  job.due_at = row.integer("due_at");
  job.locked_by = row.optionalText("locked_by");
  job.lock_expires_at = row.optionalInteger("lock_expires_at");
  job.last_error = row.optionalText("last_error");
  job.created_at = row.integer("created_at");
  job.updated_at = row.integer("updated_at");
  job.finished_at = row.optionalInteger("finished_at");
  return job;
}

}  // namespace logis::jobs
