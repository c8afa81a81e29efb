#pragma once

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "leads/lead_service.hpp"
#include "templates/alert_messages.hpp"
#include "templates/template_context.hpp"
#include "templates/template_service.hpp"
#include "templates/unsubscribe_links.hpp"
#include "templates/unsubscribe_service.hpp"

namespace logis {

// The templates domain wired once (unsubscribe links signed with a key derived from the server key), so
// the App holds one member for it. The email-out side uses alerts() and unsubscribeLinks().
class TemplateModule {
 public:
  TemplateModule(const Database& database, const Clock& clock, const Config& config,
                 const ContactService& contacts);
  void addRoutes(Router& router, const LeadService& leads) const;

  const TemplateService& templates() const { return templates_; }
  const AlertMessages& alerts() const { return alerts_; }
  const UnsubscribeLinks& unsubscribeLinks() const { return links_; }

 private:
  UnsubscribeLinks links_;
  TemplateContext context_;
  TemplateService templates_;
  UnsubscribeService unsubscribe_;
  AlertMessages alerts_;
};

}  // namespace logis
