#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "jobs/job_queue.hpp"
#include "mail/email_outbox.hpp"
#include "sms/sms_service.hpp"
#include "templates/template_service.hpp"
#include "visits/visit.hpp"
#include "visits/visit_notice.hpp"
#include "visits/visit_settings_service.hpp"

namespace logis::visits {

// A visit's reminders (visit_reminders): one row and one "visit.remind" job per offset x channel x
// recipient, as the agency's settings say, due at starts_at - offset while that is still ahead. A change
// cancels the scheduled ones and schedules anew; a cancellation cancels them. The job sends each once.
class VisitReminders {
 public:
  VisitReminders(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
                 const VisitSettingsService& settings, const VisitNotices& notices, const EmailOutbox& outbox,
                 const sms::SmsService& sms, const TemplateService& templates);

  // Inside the caller's transaction. Nothing for a visit that is not planned or confirmed.
  void schedule(const Visit& visit) const;
  // The visit's scheduled reminders (and their jobs) cancelled.
  void cancel(std::int64_t agency_id, std::int64_t visit_id) const;
  // GET /api/v1/visits/{id}/reminders (404 for a visit not of the caller's agency).
  nlohmann::json list(const Principal& caller, std::int64_t visit_id) const;

  // What the "visit.remind" job runs: claims the reminder (scheduled -> sent, a conditional UPDATE: once)
  // and queues its email or SMS in the same transaction; a reminder that cannot go is skipped with why.
  void send(std::int64_t reminder_id) const;

 private:
  // The email or SMS queued, or why not (the reminder's detail).
  struct Outcome {
    std::optional<std::int64_t> email_id{};
    std::optional<std::int64_t> sms_id{};
    std::string skipped{};
  };
  Outcome deliver(const Row& reminder, const VisitNotice& notice) const;
  void finish(const Row& reminder, const std::string& state, const Outcome& outcome) const;

  const Database& db_;
  const Clock& clock_;
  const jobs::JobQueue& jobs_;
  const VisitSettingsService& settings_;
  const VisitNotices& notices_;
  const EmailOutbox& outbox_;
  const sms::SmsService& sms_;
  const TemplateService& templates_;
};

}  // namespace logis::visits
