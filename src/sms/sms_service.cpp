#include "sms/sms_service.hpp"

#include <algorithm>
#include <cctype>

#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"
#include "core/time_format.hpp"
#include "db/sql.hpp"
#include "jobs/job_runner.hpp"
#include "sms/french_sms_calendar.hpp"
#include "sms/sms_segments.hpp"

namespace logis::sms {
namespace {

using Problems = std::map<std::string, Text>;

constexpr std::size_t kMaxSegments = 10;

SqlValue nullable(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

nlohmann::json optionalJson(const Row& row, const std::string& column) {
  if (row.isNull(column)) return nullptr;
  if (column.ends_with("_id") && column != "provider_message_id") return row.integer(column);
  if (column.ends_with("_at") || column == "not_before") return isoUtc(row.integer(column));
  return row.text(column);
}

std::optional<std::int64_t> idField(const nlohmann::json& input, const char* name, Problems& problems) {
  const auto found = input.find(name);
  if (found == input.end() || found->is_null()) return std::nullopt;
  if (!found->is_number_integer() || found->get<std::int64_t>() < 1) {
    problems.emplace(name, Text{"field.must_be_integer"});
    return std::nullopt;
  }
  return found->get<std::int64_t>();
}

std::optional<std::string> textField(const nlohmann::json& input, const char* name, Problems& problems) {
  const auto found = input.find(name);
  if (found == input.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) {
    problems.emplace(name, Text{"field.must_be_string"});
    return std::nullopt;
  }
  return found->get<std::string>();
}

std::string field(const std::map<std::string, std::string>& fields, const std::string& name) {
  const auto found = fields.find(name);
  return found == fields.end() ? "" : found->second;
}

nlohmann::json metaOf(std::int64_t sms_id, const std::string& state, const std::string& purpose,
                      const std::string& phone) {
  return {{"sms_id", sms_id}, {"state", state}, {"purpose", purpose}, {"phone", phone}};
}

// An SMS a delivery may take: queued or deferred, or left "sending" for longer than a job's lock (its worker
// died mid-send: it is sent again, at least once rather than never). A delivery under way is never taken twice.
constexpr std::string_view kClaimable =
    " WHERE id = ? AND (state IN ('queued', 'deferred') OR (state = 'sending' AND updated_at < ?))";

bool claimable(const Row& sms, EpochMs cut_off) {
  const auto state = sms.text("state");
  return state == "queued" || state == "deferred" || (state == "sending" && sms.integer("updated_at") < cut_off);
}

}  // namespace

bool SmsService::isOptOut(const std::string& body) {
  std::string plain;
  for (std::size_t i = 0; i < body.size(); ++i) {
    // Ê and ê (C3 8A, C3 AA): "ARRÊT".
    if (body[i] == '\xC3' && i + 1 < body.size() && (body[i + 1] == '\x8A' || body[i + 1] == '\xAA')) {
      plain += 'E';
      ++i;
    } else {
      plain += static_cast<char>(std::toupper(static_cast<unsigned char>(body[i])));
    }
  }
  std::replace_if(
      plain.begin(), plain.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, ' ');
  const auto words = splitNonEmpty(plain, ' ');
  static const std::vector<std::string> keywords = {"STOP",    "STOPSMS",    "ARRET",
                                                    "ARRETER", "DESABONNER", "UNSUBSCRIBE"};
  return !words.empty() && words.size() <= 3 &&
         std::find(keywords.begin(), keywords.end(), words.front()) != keywords.end();
}

bool SmsService::optedOut(std::int64_t agency_id, const std::string& phone) const {
  return db_.queryOne("SELECT phone FROM sms_opt_outs WHERE agency_id = ? AND phone = ?", {agency_id, phone})
      .has_value();
}

nlohmann::json SmsService::toJson(const Row& row) const {
  const auto segments = segmentsOf(row.text("body"));
  nlohmann::json sms = {{"id", row.integer("id")},      {"direction", row.text("direction")},
                        {"phone", row.text("phone")},   {"phone_display", formatFrench(row.text("phone"))},
                        {"body", row.text("body")},     {"purpose", row.text("purpose")},
                        {"state", row.text("state")},   {"encoding", segments.encoding},
                        {"segments", segments.segments}};
  for (const auto* column :
       {"contact_id", "lead_id", "user_id", "template_id", "interaction_id", "not_before",
        "provider_message_id", "provider_status", "error", "sent_at", "created_at", "updated_at"}) {
    sms[column] = optionalJson(row, column);
  }
  return sms;
}

nlohmann::json SmsService::send(const Principal& caller, const nlohmann::json& input) const {
  Problems problems;
  auto contact_id = idField(input, "contact_id", problems);
  const auto lead_id = idField(input, "lead_id", problems);
  const auto phone_text = textField(input, "phone", problems);
  const auto body = textField(input, "body", problems);
  const auto purpose = textField(input, "purpose", problems);
  if (!body || body->find_first_not_of(" \t\r\n") == std::string::npos) {
    if (!problems.contains("body")) problems.emplace("body", Text{"field.required"});
  } else if (segmentsOf(*body).segments > kMaxSegments) {
    problems.emplace("body", Text{"sms.body_too_long", {{"max", std::to_string(kMaxSegments)}}});
  }
  if (!purpose || (*purpose != "transactional" && *purpose != "marketing")) {
    if (!problems.contains("purpose"))
      problems.emplace("purpose", Text{"field.choice_invalid", {{"choices", "transactional, marketing"}}});
  }
  if (lead_id) {
    try {
      const auto lead = leads_.get(caller, *lead_id);
      const auto lead_contact = lead.at("contact_id").get<std::int64_t>();
      if (contact_id && *contact_id != lead_contact) {
        problems.emplace("lead_id", Text{"sms.lead_of_other_contact"});
      } else {
        contact_id = lead_contact;
      }
    } catch (const ApiError& error) {
      if (error.status != 404) throw;
      problems.emplace("lead_id", Text{"sms.lead_unknown"});
    }
  }
  std::optional<nlohmann::json> contact;
  std::optional<std::string> phone;
  if (phone_text) {
    phone = toE164(*phone_text);
    if (!phone) problems.emplace("phone", Text{"sms.phone_invalid"});
  }
  const std::string recipient_field = contact_id ? "contact_id" : "phone";
  if (contact_id) {
    contact = contacts_.find(caller.agency_id, *contact_id);
    if (!contact || !(*contact)["erased_at"].is_null()) {
      problems.emplace(lead_id && !input.contains("contact_id") ? "lead_id" : "contact_id",
                       Text{"sms.contact_unknown"});
    } else if (!phone_text) {
      if ((*contact)["phone"].is_string()) {
        phone = (*contact)["phone"].get<std::string>();
      } else {
        problems.emplace("contact_id", Text{"sms.contact_without_phone"});
      }
    }
  } else if (!phone_text && !problems.contains("phone") && !problems.contains("contact_id")) {
    problems.emplace("contact_id", Text{"sms.recipient_required"});
  } else if (phone) {
    const auto known = contacts_.findDuplicates(caller.agency_id, std::nullopt, *phone);
    if (!known.empty()) {
      contact = contacts_.find(caller.agency_id, known.front());
      contact_id = known.front();
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (*purpose == "marketing") {
    if (optedOut(caller.agency_id, *phone)) {
      throw ApiError::invalidFields({{recipient_field, Text{"sms.opted_out"}}});
    }
    if (!contact || !(*contact)["consent_sms"].get<bool>()) {
      throw ApiError::invalidFields({{recipient_field, Text{"sms.consent_missing"}}});
    }
  }
  const auto settings = settings_.settings(caller.agency_id);
  if (!settings.enabled) throw ApiError::conflict("sms_disabled", {"sms.disabled"});
  const auto id = store({.agency_id = caller.agency_id,
                         .contact_id = contact_id,
                         .lead_id = lead_id,
                         .phone = *phone,
                         .body = *body},
                        caller.user_id, *purpose);
  return get(caller, id);
}

std::int64_t SmsService::store(const AutomaticSms& sms, std::optional<std::int64_t> user_id,
                              const std::string& purpose) const {
  const auto now = clock_.now();
  std::int64_t id = 0;
  db_.transaction([&] {
    id = db_.insert(
        "INSERT INTO sms_messages (agency_id, direction, contact_id, lead_id, user_id, template_id, phone, body, "
        "purpose, state, created_at, updated_at) VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)",
        {sms.agency_id, nullable(sms.contact_id), nullable(sms.lead_id), nullable(user_id),
         nullable(sms.template_id), sms.phone, sms.body, purpose, now, now});
    jobs_.enqueue({.kind = "sms.send",
                   .payload = {{"sms_id", id}},
                   .agency_id = sms.agency_id,
                   .idempotency_key = "sms.send:" + std::to_string(id),
                   .due_at = now});
    if (!sms.contact_id) return;
    InteractionEntry entry;
    entry.agency_id = sms.agency_id;
    entry.contact_id = *sms.contact_id;
    entry.lead_id = sms.lead_id;
    entry.type = "sms";
    entry.direction = "out";
    entry.summary = "SMS au " + formatFrench(sms.phone);
    entry.body = sms.body;
    entry.meta = metaOf(id, "queued", purpose, sms.phone);
    entry.user_id = user_id;
    entry.occurred_at = now;
    const auto interaction_id = interactions_.append(entry);
    db_.execute("UPDATE sms_messages SET interaction_id = ? WHERE id = ?", {interaction_id, id});
  });
  return id;
}

std::variant<std::int64_t, std::string> SmsService::sendAutomatic(const AutomaticSms& sms) const {
  if (!settings_.settings(sms.agency_id).enabled) return std::string("SMS désactivés pour l'agence");
  if (optedOut(sms.agency_id, sms.phone)) return std::string("le numéro a demandé STOP");
  return store(sms, std::nullopt, "transactional");
}

nlohmann::json SmsService::get(const Principal& caller, std::int64_t id) const {
  const auto row =
      db_.queryOne("SELECT * FROM sms_messages WHERE agency_id = ? AND id = ?", {caller.agency_id, id});
  if (!row) throw ApiError::notFound();
  return toJson(*row);
}

void SmsService::setState(const Row& row, const std::string& state,
                          const Columns& more) const {
  Columns columns = {{"state", state}, {"updated_at", clock_.now()}};
  columns.insert(columns.end(), more.begin(), more.end());
  updateAgencyRow(db_, "sms_messages", row.integer("agency_id"), row.integer("id"), columns);
  if (const auto interaction = row.optionalInteger("interaction_id")) {
    interactions_.setMeta(row.integer("agency_id"), *interaction,
                          metaOf(row.integer("id"), state, row.text("purpose"), row.text("phone")));
  }
}

DeliveryResult SmsService::deliver(std::int64_t sms_id) const {
  const auto row = db_.queryOne("SELECT * FROM sms_messages WHERE id = ? AND direction = 'out'", {sms_id});
  if (!row) return {"missing", std::nullopt};
  const auto state = row->text("state");
  const auto now = clock_.now();
  const auto cut_off = now - std::chrono::milliseconds(jobs::kJobLock).count();
  if (!claimable(*row, cut_off)) return {state, std::nullopt};
  const auto agency_id = row->integer("agency_id");
  const auto phone = row->text("phone");
  if (row->text("purpose") == "marketing") {
    // A STOP or a withdrawn consent since the message was queued is honoured at once.
    const auto contact_id = row->optionalInteger("contact_id");
    const auto contact = contact_id ? contacts_.find(agency_id, *contact_id) : std::nullopt;
    if (optedOut(agency_id, phone) || !contact || !(*contact)["consent_sms"].get<bool>()) {
      const auto claimed =
          db_.execute("UPDATE sms_messages SET state = 'failed', error = ?, updated_at = ?" + std::string(kClaimable),
                      {std::string("Consentement SMS retiré (STOP) : message non envoyé"), now, sms_id, cut_off});
      if (claimed == 1) setState(*row, "failed", {});
      return {claimed == 1 ? "failed" : "sending", std::nullopt};
    }
    const auto allowed_at = nextMarketingInstant(now);
    if (allowed_at > now) {
      const auto deferred =
          db_.execute("UPDATE sms_messages SET state = 'deferred', not_before = ?, updated_at = ?" +
                          std::string(kClaimable),
                      {allowed_at, now, sms_id, cut_off});
      if (deferred == 1 && state != "deferred") setState(*row, "deferred", {});
      return {deferred == 1 ? "deferred" : "sending",
              deferred == 1 ? std::optional(allowed_at) : std::nullopt};
    }
  }
  const auto claimed = db_.execute("UPDATE sms_messages SET state = 'sending', updated_at = ?" +
                                       std::string(kClaimable),
                                   {now, sms_id, cut_off});
  if (claimed != 1) return {"sending", std::nullopt};
  const auto settings = settings_.settings(agency_id);
  if (!settings.enabled) {
    setState(*row, "failed", {{"error", std::string("L'envoi de SMS est désactivé pour l'agence")}});
    return {"failed", std::nullopt};
  }
  try {
    const auto accepted = settings_.provider(settings)->send(
        {settings.sender_name.value_or("Logis"), phone, row->text("body"),
         settings.provider == "twilio" ? settings_.webhookUrl(settings, "status") : ""});
    setState(*row, "sent",
             {{"provider_message_id", accepted.provider_id},
              {"provider_status", accepted.status},
              {"sent_at", clock_.now()},
              {"error", nullptr}});
    return {"sent", std::nullopt};
  } catch (const SmsProviderError& error) {
    log::warn("sms.send_failed",
              {{"sms_id", sms_id}, {"retryable", error.retryable}, {"error", error.what()}});
    if (error.retryable) {
      setState(*row, "queued", {{"error", std::string(error.what())}});
      throw SmsRetryableError(error.what());
    }
    setState(*row, "failed", {{"error", std::string(error.what())}});
    return {"failed", std::nullopt};
  } catch (const std::invalid_argument& error) {
    setState(*row, "failed", {{"error", std::string(error.what())}});
    return {"failed", std::nullopt};
  }
}

void SmsService::statusReport(const SmsSettings& settings,
                              const std::map<std::string, std::string>& fields) const {
  const auto sid = field(fields, "MessageSid");
  const auto status = lowercase(field(fields, "MessageStatus"));
  if (sid.empty() || status.empty())
    throw ApiError::badRequest("status_incomplete", {"sms.status_incomplete"});
  const auto row = db_.queryOne(
      "SELECT * FROM sms_messages WHERE agency_id = ? AND provider_message_id = ? AND direction = 'out'",
      {settings.agency_id, sid});
  if (!row) return;
  auto state = row->text("state");
  // delivered and failed are final: a late "sent" report does not undo them.
  if (state != "delivered" && state != "failed") {
    if (status == "delivered") state = "delivered";
    if (status == "failed" || status == "undelivered") state = "failed";
    if (status == "sent") state = "sent";
  }
  const auto code = field(fields, "ErrorCode");
  Columns more = {{"provider_status", status.substr(0, 32)}};
  if (state == "failed" && !code.empty())
    more.emplace_back("error", "Erreur " + code + " de l'opérateur (" + status + ")");
  setState(*row, state, more);
}

void SmsService::inbound(const SmsSettings& settings,
                         const std::map<std::string, std::string>& fields) const {
  const auto phone = toE164(field(fields, "From"));
  const auto body = field(fields, "Body");
  const auto sid = field(fields, "MessageSid");
  if (!phone) throw ApiError::badRequest("sender_invalid", {"sms.phone_invalid"});
  const auto agency_id = settings.agency_id;
  db_.transaction([&] {
    if (!sid.empty() &&
        db_.queryOne("SELECT id FROM sms_messages WHERE agency_id = ? AND provider_message_id = ? "
                     "AND direction = 'in'",
                     {agency_id, sid})) {
      return;  // the provider retried a message already stored
    }
    const auto known = contacts_.findDuplicates(agency_id, std::nullopt, *phone);
    const auto now = clock_.now();
    const auto id = db_.insert(
        "INSERT INTO sms_messages (agency_id, direction, contact_id, phone, body, purpose, state, "
        "provider_message_id, created_at, updated_at) VALUES (?, 'in', ?, ?, ?, 'transactional', 'received', "
        "?, ?, ?)",
        // No named optional for the contact: GCC 12 at -O3 calls it maybe-uninitialized.
        {agency_id, known.empty() ? SqlValue{nullptr} : SqlValue{known.front()}, *phone, body,
         sid.empty() ? SqlValue{nullptr} : SqlValue{sid.substr(0, 64)}, now, now});
    if (isOptOut(body)) {
      db_.execute(std::string(db_.dialect() == Dialect::sqlite ? "INSERT OR IGNORE" : "INSERT IGNORE") +
                      " INTO sms_opt_outs (agency_id, phone, at) VALUES (?, ?, ?)",
                  {agency_id, *phone, now});
      for (const auto contact : known) {
        const auto current = contacts_.find(agency_id, contact);
        if (current && (*current)["consent_sms"].get<bool>()) {
          contacts_.recordConsent(agency_id, contact, "sms", false, "réponse STOP par SMS",
                                  body.substr(0, 2000), std::nullopt, std::nullopt);
        }
      }
      return;
    }
    if (known.empty()) return;
    InteractionEntry entry;
    entry.agency_id = agency_id;
    entry.contact_id = known.front();
    entry.type = "sms";
    entry.direction = "in";
    entry.summary = "SMS reçu du " + formatFrench(*phone);
    entry.body = body;
    entry.meta = metaOf(id, "received", "transactional", *phone);
    entry.occurred_at = now;
    const auto interaction_id = interactions_.append(entry);
    db_.execute("UPDATE sms_messages SET interaction_id = ? WHERE id = ?", {interaction_id, id});
  });
}

}  // namespace logis::sms
