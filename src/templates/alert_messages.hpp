#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "db/database.hpp"
#include "templates/template_service.hpp"
#include "templates/unsubscribe_links.hpp"

namespace logis {

// A property alert ready for the outbox.
struct AlertMessage {
  std::int64_t agency_id = 0;
  std::int64_t contact_id = 0;
  std::int64_t lead_id = 0;
  std::int64_t property_id = 0;
  std::optional<std::int64_t> template_id;
  std::string to;
  std::string subject;
  std::string html;
  std::string text;
  std::map<std::string, std::string> list_unsubscribe;  // List-Unsubscribe and List-Unsubscribe-Post
};

// Renders the property alerts the matching queued (property_alerts, status pending) with the agency's
// new_property_alert or price_drop_alert template and an unsubscribe link.
class AlertMessages {
 public:
  AlertMessages(const Database& database, const TemplateService& templates, const UnsubscribeLinks& links);

  // nullopt when the alert must not be sent: not pending any more (sent or canceled), or the contact has
  // no email address, withdrew its email consent, or was erased or merged.
  std::optional<AlertMessage> render(std::int64_t alert_id) const;

 private:
  const Database& db_;
  const TemplateService& templates_;
  const UnsubscribeLinks& links_;
};

}  // namespace logis
