#include "visits/visit_notifier.hpp"

#include <algorithm>

#include "core/html_escape.hpp"
#include "templates/template_renderer.hpp"
#include "visits/visit_calendar.hpp"

namespace logis::visits {
namespace {

// The cancellation a contact reads (there is no template purpose for it): the agency's greeting and
// signature as the default templates write them.
constexpr const char* kCancelSubject = "Annulation de votre rendez-vous du {{visite.date}} à {{visite.heure}}";
constexpr const char* kCancelBody =
    "<p>{{#contact.civilite}}Bonjour {{contact.civilite}} {{contact.nom}},{{/contact.civilite}}"
    "{{^contact.civilite}}Bonjour {{contact.prenom}} {{contact.nom}},{{/contact.civilite}}</p>\n"
    "<p>Notre rendez-vous du {{visite.date}} à {{visite.heure}}{{#bien.titre}} pour le bien « {{bien.titre}} »"
    "{{/bien.titre}} est annulé. L'invitation jointe le retire de votre agenda.</p>\n"
    "<p>Je reviens vers vous pour convenir d'un autre moment si vous le souhaitez.</p>\n"
    "<p>Bien cordialement,</p>\n"
    "<p>{{#agent}}{{agent.prenom}} {{agent.nom}}<br>\n{{/agent}}<strong>{{agence.nom}}</strong></p>\n";

std::string htmlLines(const std::string& text) {
  auto html = escapeHtml(text);
  for (auto at = html.find('\n'); at != std::string::npos; at = html.find('\n', at)) html.replace(at, 1, "<br>");
  return "<p>" + html + "</p>";
}

bool isUpcoming(const Visit& visit) {
  return visit.status == "planned" || visit.status == "confirmed";
}

std::string key(const Invitee& who) {
  return who.kind + ":" + std::to_string(who.id);
}

std::vector<std::string> keysOf(const VisitNotice& notice) {
  std::vector<std::string> keys;
  for (const auto& who : notice.contacts) keys.push_back(key(who));
  for (const auto& who : notice.agents) keys.push_back(key(who));
  return keys;
}

}  // namespace

void VisitNotifier::booked(const Visit& visit) {
  if (!isUpcoming(visit)) return;  // a visit recorded after the fact (done) invites nobody
  invite(notices_.notice(visit), Occasion::booked);
  reminders_.schedule(visit);
}

void VisitNotifier::changed(const Visit& before, const Visit& after) {
  if (after.status == "cancelled") return cancelled(after);
  reminders_.cancel(after.agency_id, after.id);
  if (!isUpcoming(after)) return;  // done or no-show: nothing more to tell
  const auto notice = notices_.notice(after);
  invite(notice, isUpcoming(before) ? Occasion::changed : Occasion::booked);
  // Those no longer at it get the cancellation, at the new sequence so their calendar applies it.
  auto previous = notices_.notice(before);
  previous.visit.sequence = after.sequence;
  const auto kept = keysOf(notice);
  std::vector<std::string> removed;
  for (const auto& who : keysOf(previous))
    if (std::find(kept.begin(), kept.end(), who) == kept.end()) removed.push_back(who);
  if (!removed.empty() && isUpcoming(before)) invite(previous, Occasion::cancelled, &removed);
  reminders_.schedule(after);
}

void VisitNotifier::cancelled(const Visit& visit) {
  reminders_.cancel(visit.agency_id, visit.id);
  if (visit.ends_at <= clock_.now()) return;  // a past appointment: nobody to warn
  auto notice = notices_.notice(visit);
  notice.visit.status = "cancelled";
  invite(notice, Occasion::cancelled);
}

void VisitNotifier::invite(const VisitNotice& notice, Occasion occasion, const std::vector<std::string>* only) const {
  const bool cancel = occasion == Occasion::cancelled;
  auto event = notice.event();
  event.cancelled = cancel;
  const std::string method = cancel ? "CANCEL" : "REQUEST";
  const EmailAttachmentData invitation{cancel ? "annulation.ics" : "invitation.ics",
                                       "text/calendar; method=" + method + "; charset=UTF-8",
                                       calendarDocument(method, notice.zone, {event}, clock_.now())};
  const auto wanted = [&](const Invitee& who) {
    return who.email && (!only || std::find(only->begin(), only->end(), key(who)) != only->end());
  };
  const auto& visit = notice.visit;
  for (const auto& contact : notice.contacts) {
    if (!wanted(contact)) continue;
    auto context = templates_.context().build(visit.agency_id, std::nullopt,
                                              {.contact_id = contact.id,
                                               .lead_id = visit.lead_id,
                                               .property_id = visit.property_id,
                                               .visit = std::nullopt,
                                               .visit_id = visit.id});
    context["visite"] = {{"date", notice.date}, {"heure", notice.time}, {"lieu", notice.place}};
    std::optional<std::int64_t> template_id;
    RenderedMessage rendered;
    if (cancel) {
      rendered = TemplateRenderer::renderEmail(kCancelSubject, kCancelBody, context);
    } else {
      const auto source = templates_.templateFor(visit.agency_id, "email", "visit_confirmation");
      rendered = TemplateRenderer::renderEmail(source.subject, source.body, context);
      template_id = source.template_id;
      if (occasion == Occasion::changed) rendered.subject = "Modification – " + rendered.subject;
    }
    outbox_.queueAutomatic({.agency_id = visit.agency_id,
                            .contact_id = contact.id,
                            .lead_id = visit.lead_id,
                            .property_id = visit.property_id,
                            .template_id = template_id,
                            .to = *contact.email,
                            .subject = rendered.subject,
                            .html = rendered.body,
                            .text = rendered.body_text,
                            .attachments = {invitation}});
  }
  const std::string prefix = occasion == Occasion::booked    ? "Nouveau rendez-vous : "
                             : occasion == Occasion::changed ? "Rendez-vous modifié : "
                                                             : "Rendez-vous annulé : ";
  for (const auto& agent : notice.agents) {
    if (!wanted(agent)) continue;
    outbox_.queueAutomatic({.agency_id = visit.agency_id,
                            .property_id = visit.property_id,
                            .to = *agent.email,
                            .subject = prefix + notice.summary + " le " + notice.date + " à " + notice.time,
                            .html = htmlLines(notice.plainDescription()),
                            .text = notice.plainDescription(),
                            .attachments = {invitation}});
  }
}

}  // namespace logis::visits
