#include "leads/public_capture_service.hpp"

#include <regex>

#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "leads/capture_form.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;

std::string insertIgnore(const Database& db) {
  return db.dialect() == Dialect::sqlite ? "INSERT OR IGNORE INTO " : "INSERT IGNORE INTO ";
}

bool blank(const std::optional<std::string>& text) {
  return !text || text->find_first_not_of(" \t\r\n") == std::string::npos;
}

std::optional<std::string> trimmed(const std::optional<std::string>& text) {
  if (blank(text)) return std::nullopt;
  const auto first = text->find_first_not_of(" \t\r\n");
  const auto last = text->find_last_not_of(" \t\r\n");
  return text->substr(first, last - first + 1);
}

void checkLength(const std::optional<std::string>& text, const char* name, std::size_t max,
                 Problems& problems) {
  if (text && text->size() > max)
    problems.emplace(name, Text{"field.too_long", {{"max", std::to_string(max)}}});
}

}  // namespace

PublicCaptureService::PublicCaptureService(const Database& database, const Clock& clock,
                                           const ContactService& contacts,
                                           const LeadSettingsService& settings, const LeadService& leads,
                                           const InteractionLog& interactions, CaptureLimits limits)
    : db_(database),
      clock_(clock),
      contacts_(contacts),
      settings_(settings),
      leads_(leads),
      interactions_(interactions),
      limits_(limits) {}

std::int64_t PublicCaptureService::agencyFor(const std::string& key) const {
  const auto agency = settings_.agencyForKey(key);
  if (!agency) {
    throw ApiError::invalidFields(
        {{"agency_key", {key.empty() ? "field.required" : "lead.agency_key_unknown"}}});
  }
  return *agency;
}

bool PublicCaptureService::originAllowed(std::int64_t agency_id, const std::string& origin) const {
  const auto allowed = settings_.settings(agency_id).allowed_origins;
  return std::find(allowed.begin(), allowed.end(), lowercase(origin)) != allowed.end();
}

bool PublicCaptureService::originAllowedAnywhere(const std::string& origin) const {
  const auto wanted = lowercase(origin);
  for (const auto& row : db_.query("SELECT allowed_origins FROM lead_settings WHERE allowed_origins LIKE ?",
                                   {"%" + wanted + "%"})) {
    const auto allowed = splitNonEmpty(row.text("allowed_origins"), '\n');
    if (std::find(allowed.begin(), allowed.end(), wanted) != allowed.end()) return true;
  }
  return false;
}

// A fixed window per agency and IP: the row's counter goes up only while under the limit, in one
// statement, so concurrent requests on several servers never pass it together.
void PublicCaptureService::countRequest(std::int64_t agency_id, const std::string& ip) const {
  const auto now = clock_.now();
  const auto window = now - now % limits_.window_ms;
  if (db_.execute(
          insertIgnore(db_) + "lead_capture_hits (agency_id, ip, window_start, hits) VALUES (?, ?, ?, 0)",
          {agency_id, ip, window}) > 0) {
    db_.execute("DELETE FROM lead_capture_hits WHERE window_start < ?", {window - limits_.window_ms});
  }
  const auto counted = db_.execute(
      "UPDATE lead_capture_hits SET hits = hits + 1 WHERE agency_id = ? AND ip = ? AND window_start = ? AND "
      "hits < ?",
      {agency_id, ip, window, std::int64_t{limits_.requests}});
  if (counted == 0) {
    ApiError error(429, "too_many_requests", {"lead.capture_rate_limited"});
    error.retry_after_seconds = (window + limits_.window_ms - now + 999) / 1000;
    throw error;
  }
}

void PublicCaptureService::capture(std::int64_t agency_id, const CaptureForm& form,
                                   const std::string& ip) const {
  if (!blank(form.website)) return;
  Problems problems;
  const auto first_name = trimmed(form.first_name);
  const auto last_name = trimmed(form.last_name);
  const auto email = trimmed(form.email);
  const auto phone_text = trimmed(form.phone);
  const auto message = trimmed(form.message);
  const auto reference = trimmed(form.property_reference);
  checkLength(first_name, "first_name", 100, problems);
  checkLength(last_name, "last_name", 100, problems);
  checkLength(email, "email", 254, problems);
  checkLength(phone_text, "phone", 30, problems);
  checkLength(message, "message", 5000, problems);
  checkLength(reference, "property_reference", 40, problems);
  static const std::regex email_pattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
  if (email && !problems.contains("email") && !std::regex_match(*email, email_pattern)) {
    problems.emplace("email", Text{"field.email_invalid"});
  }
  const auto phone = phone_text ? toE164(*phone_text) : std::nullopt;
  if (phone_text && !phone && !problems.contains("phone"))
    problems.emplace("phone", Text{"lead.phone_invalid"});
  if (!email && !phone_text) {
    problems.emplace("email", Text{"lead.email_or_phone_required"});
    problems.emplace("phone", Text{"lead.email_or_phone_required"});
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);

  LeadRepository properties(db_);
  const auto property = reference ? properties.propertyByReference(agency_id, *reference) : std::nullopt;
  const auto now = clock_.now();
  db_.transaction([&] {
    settings_.serializeCaptures(agency_id);
    const auto lower_email = email ? std::optional<std::string>(lowercase(*email)) : std::nullopt;
    const auto duplicates = contacts_.findDuplicates(agency_id, lower_email, phone);
    std::int64_t contact_id = 0;
    if (!duplicates.empty()) {
      contact_id = duplicates.front();
    } else {
      // The visitor has no account: the contact is created for the agency, by nobody.
      const Principal visitor{Principal::Via::api_token, agency_id, Role::manager, std::nullopt, 0, ""};
      nlohmann::json input = {{"allow_duplicate", true}};
      if (first_name) input["first_name"] = *first_name;
      if (last_name) input["last_name"] = *last_name;
      if (lower_email) input["email"] = *lower_email;
      if (phone) input["phone"] = *phone;
      contact_id = contacts_.create(visitor, input)["id"].get<std::int64_t>();
    }
    if (form.consent_email) {
      contacts_.recordConsent(agency_id, contact_id, "email", true, kCaptureConsentSource,
                              kEmailConsentWording, ip, std::nullopt);
    }
    if (form.consent_sms) {
      contacts_.recordConsent(agency_id, contact_id, "sms", true, kCaptureConsentSource, kSmsConsentWording,
                              ip, std::nullopt);
    }
    std::optional<std::int64_t> property_id;
    std::optional<std::string> city;
    if (property) {
      property_id = property->at("id").get<std::int64_t>();
      if (property->at("city").is_string()) city = property->at("city").get<std::string>();
    }
    const auto lead_id = leads_.createCaptured({.agency_id = agency_id,
                                                .contact_id = contact_id,
                                                .source = "website",
                                                .property_id = property_id,
                                                .city = city,
                                                .message = message});
    interactions_.append(
        {.agency_id = agency_id,
         .contact_id = contact_id,
         .lead_id = lead_id,
         .property_id = property_id,
         .type = "note",
         .direction = "in",
         .summary = "Demande reçue par le formulaire du site web",
         .body = message,
         .meta = {{"channel", "web_form"},
                  {"property_reference", reference ? nlohmann::json(*reference) : nlohmann::json()},
                  {"ip", ip}},
         .user_id = std::nullopt,
         .occurred_at = now});
  });
}

}  // namespace logis
