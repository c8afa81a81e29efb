#include "visits/visit_reminders.hpp"

#include "core/api_error.hpp"
#include "core/html_escape.hpp"
#include "core/time_format.hpp"
#include "templates/template_renderer.hpp"

namespace logis::visits {
namespace {

constexpr EpochMs kMinute = 60 * 1000;

std::string jobKey(std::int64_t reminder_id) {
  return "visit.remind:" + std::to_string(reminder_id);
}

bool isUpcoming(const Visit& visit) {
  return visit.status == "planned" || visit.status == "confirmed";
}

// "Rappel : Visite – Appartement T3, Lyon le mardi 3 mars 2026 à 14 h 30": what an agent reads.
std::string agentLine(const VisitNotice& notice) {
  return "Rappel : " + notice.summary + " le " + notice.date + " à " + notice.time;
}

const Invitee* recipientOf(const Row& reminder, const VisitNotice& notice) {
  const auto& people = reminder.text("recipient_kind") == "contact" ? notice.contacts : notice.agents;
  for (const auto& person : people)
    if (person.id == reminder.integer("recipient_id")) return &person;
  return nullptr;
}

}  // namespace

VisitReminders::VisitReminders(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
                               const VisitSettingsService& settings, const VisitNotices& notices,
                               const EmailOutbox& outbox, const sms::SmsService& sms,
                               const TemplateService& templates)
    : db_(database),
      clock_(clock),
      jobs_(jobs),
      settings_(settings),
      notices_(notices),
      outbox_(outbox),
      sms_(sms),
      templates_(templates) {}

void VisitReminders::schedule(const Visit& visit) const {
  if (!isUpcoming(visit)) return;
  const auto settings = settings_.settings(visit.agency_id);
  std::vector<std::string> channels;
  if (settings.remind_by_email) channels.emplace_back("email");
  if (settings.remind_by_sms) channels.emplace_back("sms");
  std::vector<std::pair<std::string, std::int64_t>> recipients;
  if (settings.remind_contacts)
    for (const auto id : visit.contact_ids) recipients.emplace_back("contact", id);
  if (settings.remind_agents)
    for (const auto id : visit.agent_ids) recipients.emplace_back("user", id);
  const auto now = clock_.now();
  db_.transaction([&] {
    for (const auto offset : settings.reminder_offsets_minutes) {
      const auto due_at = visit.starts_at - offset * kMinute;
      if (due_at <= now) continue;  // too late for this one
      for (const auto& channel : channels) {
        for (const auto& [kind, id] : recipients) {
          const auto reminder_id = db_.insert(
              "INSERT INTO visit_reminders (agency_id, visit_id, visit_sequence, offset_minutes, channel, "
              "recipient_kind, recipient_id, due_at, state, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)",
              {visit.agency_id, visit.id, std::int64_t{visit.sequence}, std::int64_t{offset}, channel, kind, id,
               due_at, now, now});
          const auto job_id = jobs_.enqueue({.kind = "visit.remind",
                                             .payload = {{"reminder_id", reminder_id}},
                                             .agency_id = visit.agency_id,
                                             .idempotency_key = jobKey(reminder_id),
                                             .due_at = due_at});
          db_.execute("UPDATE visit_reminders SET job_id = ? WHERE agency_id = ? AND id = ?",
                      {job_id, visit.agency_id, reminder_id});
        }
      }
    }
  });
}

void VisitReminders::cancel(std::int64_t agency_id, std::int64_t visit_id) const {
  db_.transaction([&] {
    for (const auto& row : db_.query(
             "SELECT id FROM visit_reminders WHERE agency_id = ? AND visit_id = ? AND state = 'scheduled'",
             {agency_id, visit_id})) {
      jobs_.cancel(jobKey(row.integer("id")));
    }
    db_.execute(
        "UPDATE visit_reminders SET state = 'cancelled', updated_at = ? WHERE agency_id = ? AND visit_id = ? AND "
        "state = 'scheduled'",
        {clock_.now(), agency_id, visit_id});
  });
}

nlohmann::json VisitReminders::list(const Principal& caller, std::int64_t visit_id) const {
  if (!db_.queryOne("SELECT id FROM visits WHERE agency_id = ? AND id = ?", {caller.agency_id, visit_id}))
    throw ApiError::notFound();
  auto items = nlohmann::json::array();
  for (const auto& row : db_.query("SELECT * FROM visit_reminders WHERE agency_id = ? AND visit_id = ? "
                                   "ORDER BY due_at, id",
                                   {caller.agency_id, visit_id})) {
    items.push_back({{"id", row.integer("id")},
                     {"offset_minutes", row.integer("offset_minutes")},
                     {"channel", row.text("channel")},
                     {"recipient_kind", row.text("recipient_kind")},
                     {"recipient_id", row.integer("recipient_id")},
                     {"due_at", isoUtc(row.integer("due_at"))},
                     {"state", row.text("state")},
                     {"visit_sequence", row.integer("visit_sequence")},
                     {"email_id", row.isNull("email_id") ? nlohmann::json() : nlohmann::json(row.integer("email_id"))},
                     {"sms_id", row.isNull("sms_id") ? nlohmann::json() : nlohmann::json(row.integer("sms_id"))},
                     {"detail", row.isNull("detail") ? nlohmann::json() : nlohmann::json(row.text("detail"))}});
  }
  return {{"items", items}};
}

void VisitReminders::send(std::int64_t reminder_id) const {
  db_.transaction([&] {
    const auto claimed = db_.execute(
        "UPDATE visit_reminders SET state = 'sent', updated_at = ? WHERE id = ? AND state = 'scheduled'",
        {clock_.now(), reminder_id});
    if (claimed == 0) return;  // sent, skipped or cancelled already
    const auto reminder = *db_.queryOne("SELECT * FROM visit_reminders WHERE id = ?", {reminder_id});
    const auto visit = notices_.load(reminder.integer("agency_id"), reminder.integer("visit_id"));
    if (!visit || !isUpcoming(*visit) || visit->sequence != reminder.integer("visit_sequence")) {
      finish(reminder, "cancelled", {.skipped = "le rendez-vous a changé ou a été annulé"});
      return;
    }
    const auto outcome = deliver(reminder, notices_.notice(*visit));
    finish(reminder, outcome.skipped.empty() ? "sent" : "skipped", outcome);
  });
}

VisitReminders::Outcome VisitReminders::deliver(const Row& reminder, const VisitNotice& notice) const {
  const auto* person = recipientOf(reminder, notice);
  if (!person) return {.skipped = "n'est plus invité(e) à ce rendez-vous"};
  const auto& visit = notice.visit;
  const bool contact = person->kind == "contact";
  const auto contact_id = contact ? std::optional(person->id) : std::nullopt;
  if (reminder.text("channel") == "email") {
    if (!person->email) return {.skipped = "pas d'adresse e-mail"};
    AutomaticEmail email{.agency_id = visit.agency_id,
                         .contact_id = contact_id,
                         .lead_id = contact ? visit.lead_id : std::nullopt,
                         .property_id = visit.property_id,
                         .to = *person->email};
    if (contact) {
      const auto source = templates_.templateFor(visit.agency_id, "email", "visit_reminder");
      const auto context = templates_.context().build(
          visit.agency_id, std::nullopt, {.contact_id = person->id, .lead_id = visit.lead_id, .property_id = visit.property_id, .visit = std::nullopt, .visit_id = visit.id});
      auto rendered = TemplateRenderer::renderEmail(source.subject, source.body, context);
      email.template_id = source.template_id;
      email.subject = std::move(rendered.subject);
      email.html = std::move(rendered.body);
      email.text = std::move(rendered.body_text);
    } else {
      email.subject = agentLine(notice);
      email.text = notice.plainDescription();
      email.html = "<p>" + escapeHtml(notice.plainDescription()) + "</p>";
      for (auto at = email.html.find('\n'); at != std::string::npos; at = email.html.find('\n', at))
        email.html.replace(at, 1, "<br>");
    }
    const auto email_id = outbox_.queueAutomatic(email);
    if (!email_id) return {.skipped = "aucun compte d'envoi d'e-mails pour l'agence"};
    return {.email_id = email_id};
  }
  if (!person->phone || !isMobileNumber(*person->phone)) return {.skipped = "pas de numéro de mobile"};
  sms::AutomaticSms sms{.agency_id = visit.agency_id,
                        .contact_id = contact_id,
                        .lead_id = contact ? visit.lead_id : std::nullopt,
                        .phone = *person->phone};
  if (contact) {
    const auto source = templates_.templateFor(visit.agency_id, "sms", "visit_reminder");
    const auto context = templates_.context().build(
        visit.agency_id, std::nullopt, {.contact_id = person->id, .lead_id = visit.lead_id, .property_id = visit.property_id, .visit = std::nullopt, .visit_id = visit.id});
    sms.template_id = source.template_id;
    sms.body = TemplateRenderer::renderSms(source.body, context).body;
  } else {
    sms.body = agentLine(notice) + (notice.place.empty() ? "" : ", " + notice.place) + ".";
  }
  const auto sent = sms_.sendAutomatic(sms);
  if (const auto* reason = std::get_if<std::string>(&sent)) return {.skipped = *reason};
  return {.sms_id = std::get<std::int64_t>(sent)};
}

void VisitReminders::finish(const Row& reminder, const std::string& state, const Outcome& outcome) const {
  const auto optional = [](const std::optional<std::int64_t>& id) { return id ? SqlValue{*id} : SqlValue{nullptr}; };
  db_.execute(
      "UPDATE visit_reminders SET state = ?, email_id = ?, sms_id = ?, detail = ?, updated_at = ? WHERE id = ?",
      {state, optional(outcome.email_id), optional(outcome.sms_id),
       outcome.skipped.empty() ? SqlValue{nullptr} : SqlValue{outcome.skipped.substr(0, 300)}, clock_.now(),
       reminder.integer("id")});
}

}  // namespace logis::visits
