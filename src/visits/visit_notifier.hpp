#pragma once

#include <string>

#include "mail/email_outbox.hpp"
#include "templates/template_service.hpp"
#include "visits/visit.hpp"
#include "visits/visit_notice.hpp"
#include "visits/visit_reminders.hpp"

namespace logis::visits {

// Tells people about a visit, inside the transaction that stores it (the visit service calls it): an
// email with the iCalendar invitation attached (METHOD REQUEST, or CANCEL) to each contact with an email
// (the agency's visit_confirmation template; a cancellation wording) and to each agent, and the
// reminders scheduled, moved or cancelled. Only queues: the workers send. Without an outgoing mail
// server the invitations are not sent (the reminders still are scheduled).
class VisitNotifier : public VisitObserver {
 public:
  VisitNotifier(const Clock& clock, const VisitNotices& notices, const VisitReminders& reminders,
                const EmailOutbox& outbox, const TemplateService& templates)
      : clock_(clock), notices_(notices), reminders_(reminders), outbox_(outbox), templates_(templates) {}

  void booked(const Visit& visit) override;
  void changed(const Visit& before, const Visit& after) override;
  void cancelled(const Visit& visit) override;

 private:
  enum class Occasion { booked, changed, cancelled };
  // One email per contact with an email and per agent of `notice` (in `only` when given, by
  // "contact:<id>" / "user:<id>").
  void invite(const VisitNotice& notice, Occasion occasion, const std::vector<std::string>* only = nullptr) const;

  const Clock& clock_;
  const VisitNotices& notices_;
  const VisitReminders& reminders_;
  const EmailOutbox& outbox_;
  const TemplateService& templates_;
};

}  // namespace logis::visits
