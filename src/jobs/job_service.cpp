#include "jobs/job_service.hpp"

#include "core/api_error.hpp"
#include "core/time_format.hpp"

namespace logis::jobs {
namespace {

nlohmann::json optionalInstant(const std::optional<EpochMs>& instant) {
  return instant ? nlohmann::json(isoUtc(*instant)) : nlohmann::json();
}

}  // namespace

nlohmann::json JobService::toJson(const Job& job) {
  return {{"id", job.id},
          {"kind", job.kind},
          {"status", job.status},
          {"attempts", job.attempts},
          {"max_attempts", job.max_attempts},
          {"due_at", isoUtc(job.due_at)},
          {"last_error", job.last_error ? nlohmann::json(*job.last_error) : nlohmann::json()},
          {"created_at", isoUtc(job.created_at)},
          {"updated_at", isoUtc(job.updated_at)},
          {"finished_at", optionalInstant(job.finished_at)}};
}

JobPage JobService::list(const Principal& caller, const JobFilter& filter, std::int64_t offset,
                         std::int64_t limit) const {
  auto items = nlohmann::json::array();
  for (const auto& job : jobs_.list(caller.agency_id, filter, offset, limit)) items.push_back(toJson(job));
  return {std::move(items), jobs_.count(caller.agency_id, filter)};
}

nlohmann::json JobService::retry(const Principal& caller, std::int64_t id) const {
  const auto job = jobs_.find(caller.agency_id, id);
  if (!job) throw ApiError::notFound();
  if (!jobs_.requeue(caller.agency_id, id, clock_.now())) {
    throw ApiError::conflict("job_not_retryable", {"job.not_retryable", {{"status", job->status}}});
  }
  return toJson(*jobs_.find(caller.agency_id, id));
}

}  // namespace logis::jobs
