#include "app/job_handlers.hpp"

#include <string>

#include "jobs/job_repository.hpp"
#include "matching/alert_repository.hpp"

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

// Queues a poll of every enabled mailbox, once per two-minute slot whichever worker gets here first.
void queueMailboxPolls(Services& services, EpochMs now) {
  const auto slot = std::to_string(now / (2 * 60 * 1000));
  for (const auto& [account_id, agency_id] : services.mail_in.poller().pollableAccounts()) {
    auto job = ImapMailboxPoller::pollJob(account_id, agency_id, slot);
    job.due_at = now;
    services.job_queue.enqueue(job);
  }
}

// Turns the pending property alerts into emails (each alert once: it is marked with its email); an alert
// that may not leave (no address or consent any more) is canceled; without an outgoing server they wait.
void sendPropertyAlerts(Services& services, EpochMs now) {
  const AlertRepository alerts(services.database);
  for (const auto alert_id : alerts.pendingIds(200)) {
    const auto message = services.templates.alerts().render(alert_id);
    if (!message) {
      alerts.markCanceled(alert_id);
      continue;
    }
    services.database.transaction([&] {
      const auto email_id = services.outbox.queueAutomatic({.agency_id = message->agency_id,
                                                            .contact_id = message->contact_id,
                                                            .lead_id = message->lead_id,
                                                            .property_id = message->property_id,
                                                            .template_id = message->template_id,
                                                            .to = message->to,
                                                            .subject = message->subject,
                                                            .html = message->html,
                                                            .text = message->text,
                                                            .headers = message->list_unsubscribe});
      if (email_id) alerts.markSent(alert_id, *email_id, now);
    });
  }
}

}  // namespace

void registerJobHandlers(jobs::JobRegistry& registry, Services& services) {
  registry.add("sms.send", [&services](const jobs::Job& job) { sendSms(services, job); });
  registry.add("email.send", [&services](const jobs::Job& job) {
    services.outbox.deliver(job.payload.at("email_id").get<std::int64_t>());  // SmtpError: the job retries
  });
  registry.addPeriodic("alerts.send", std::chrono::minutes(5),
                       [&services](EpochMs now) { sendPropertyAlerts(services, now); });
  registry.add("visit.remind", [&services](const jobs::Job& job) {
    services.visit_notifications.reminders().send(job.payload.at("reminder_id").get<std::int64_t>());
  });
  registry.add("mailbox.poll", [&services](const jobs::Job& job) {
    services.mail_in.poller().poll(job.payload.at("account_id").get<std::int64_t>());
  });
  registry.addPeriodic("mailbox.poll.queue", std::chrono::minutes(2),
                       [&services](EpochMs now) { queueMailboxPolls(services, now); });
  registry.addPeriodic("jobs.purge", std::chrono::hours(1), [&services](EpochMs now) {
    constexpr EpochMs kKeptFor = EpochMs{30} * 24 * 3600 * 1000;  // done jobs stay a month on the admin page
    jobs::JobRepository(services.database).purgeFinished(now - kKeptFor);
  });
}

}  // namespace logis
