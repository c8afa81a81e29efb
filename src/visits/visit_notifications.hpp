#pragma once

#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "jobs/job_queue.hpp"
#include "mail/email_outbox.hpp"
#include "sms/sms_service.hpp"
#include "templates/template_service.hpp"
#include "visits/calendar_feed_service.hpp"
#include "visits/visit_notice.hpp"
#include "visits/visit_notifier.hpp"
#include "visits/visit_reminders.hpp"
#include "visits/visit_settings_service.hpp"

namespace logis::visits {

// Invitations, reminders, the visit settings and the agents' calendar feeds, wired once: the visit
// service is given notifier() as its observer; the "visit.remind" job runs reminders().send.
class VisitNotifications {
 public:
  VisitNotifications(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
                     const EmailOutbox& outbox, const sms::SmsService& sms, const TemplateService& templates,
                     const std::string& public_url)
      : settings_(database, clock),
        notices_(database),
        reminders_(database, clock, jobs, settings_, notices_, outbox, sms, templates),
        notifier_(clock, notices_, reminders_, outbox, templates),
        feeds_(database, clock, notices_, public_url) {}

  void addRoutes(Router& router) const;

  VisitNotifier& notifier() { return notifier_; }
  const VisitReminders& reminders() const { return reminders_; }
  const VisitSettingsService& settings() const { return settings_; }
  const CalendarFeedService& feeds() const { return feeds_; }

 private:
  VisitSettingsService settings_;
  VisitNotices notices_;
  VisitReminders reminders_;
  VisitNotifier notifier_;
  CalendarFeedService feeds_;
};

}  // namespace logis::visits
