#include "templates/alert_messages.hpp"

namespace logis {

AlertMessages::AlertMessages(const Database& database, const TemplateService& templates,
                             const UnsubscribeLinks& links)
    : db_(database), templates_(templates), links_(links) {}

std::optional<AlertMessage> AlertMessages::render(std::int64_t alert_id) const {
  const auto alert = db_.queryOne(
      "SELECT a.agency_id, a.property_id, a.lead_id, a.contact_id, a.reason, c.email, c.consent_email "
      "FROM property_alerts a JOIN contacts c ON c.id = a.contact_id AND c.agency_id = a.agency_id "
      "WHERE a.id = ? AND a.status = 'pending' AND c.merged_into_id IS NULL AND c.erased_at IS NULL",
      {alert_id});
  if (!alert || alert->isNull("email") || !alert->boolean("consent_email")) return std::nullopt;
  AlertMessage message;
  message.agency_id = alert->integer("agency_id");
  message.contact_id = alert->integer("contact_id");
  message.lead_id = alert->integer("lead_id");
  message.property_id = alert->integer("property_id");
  message.to = alert->text("email");
  const auto purpose = alert->text("reason") == "price_drop" ? "price_drop_alert" : "new_property_alert";
  const auto source = templates_.templateFor(message.agency_id, "email", purpose);
  const auto context = templates_.context().build(message.agency_id, std::nullopt,
                                                  {.contact_id = message.contact_id,
                                                   .lead_id = message.lead_id,
                                                   .property_id = message.property_id,
                                                   .visit = std::nullopt});
  auto rendered = TemplateRenderer::renderEmail(source.subject, source.body, context);
  message.template_id = source.template_id;
  message.subject = std::move(rendered.subject);
  message.html = std::move(rendered.body);
  message.text = std::move(rendered.body_text);
  message.list_unsubscribe = links_.emailHeaders({message.agency_id, message.contact_id, "email"});
  return message;
}

}  // namespace logis
