#include "app/job_handlers.hpp"

#include "jobs/job_repository.hpp"

namespace logis {
namespace {

// Sends one SMS; a marketing SMS held back by the quiet hours is queued again for the instant it may leave.
void sendSms(Services& services, const jobs::Job& job) {
  const auto sms_id = job.payload.at("sms_id").get<std::int64_t>();
  const auto result = services.sms.messages().deliver(sms_id);  // SmsRetryableError: the job retries
  if (result.state != "deferred" || !result.retry_at) return;
  services.job_queue.enqueue({.kind = "sms.send",
                              .payload = job.payload,
                              .agency_id = job.agency_id,
                              .idempotency_key = "sms.send:" + std::to_string(sms_id) + ":" +
                                                 std::to_string(*result.retry_at),
                              .due_at = *result.retry_at});
}

}  // namespace

void registerJobHandlers(jobs::JobRegistry& registry, Services& services) {
  registry.add("sms.send", [&services](const jobs::Job& job) { sendSms(services, job); });
  registry.addPeriodic("jobs.purge", std::chrono::hours(1), [&services](EpochMs now) {
    constexpr EpochMs kKeptFor = EpochMs{30} * 24 * 3600 * 1000;  // done jobs stay a month on the admin page
    jobs::JobRepository(services.database).purgeFinished(now - kKeptFor);
  });
}

}  // namespace logis
