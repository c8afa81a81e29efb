#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_service.hpp"
#include "leads/lead_settings_service.hpp"

namespace logis {

// What a visitor sends through an agency's web form.
struct CaptureForm {
  std::string agency_key;
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> message;
  std::optional<std::string> property_reference;
  bool consent_email = false;
  bool consent_sms = false;
  std::optional<std::string> website;  // the honeypot: people leave it empty, robots fill it
};

struct CaptureLimits {
  int requests = 5;
  EpochMs window_ms = 10 * 60 * 1000;
};

// POST /api/v1/public/leads: a visitor of the agency's site asks to be contacted. The contact is reused
// when its email or phone is known (or created), consents are recorded with their proof, the lead is
// created (source website, the property of the reference) and assigned, and the message enters the
// timeline as an inbound note (meta.channel "web_form").
class PublicCaptureService {
 public:
  PublicCaptureService(const Database& database, const Clock& clock, const ContactService& contacts,
                       const LeadSettingsService& settings, const LeadService& leads,
                       const InteractionLog& interactions, CaptureLimits limits);

  // 422 naming agency_key when no agency has this key.
  std::int64_t agencyFor(const std::string& key) const;
  // Whether a page of `origin` may post to the agency's form (its allowed origins).
  bool originAllowed(std::int64_t agency_id, const std::string& origin) const;
  // For a preflight that names no key: whether any agency allows `origin`.
  bool originAllowedAnywhere(const std::string& origin) const;
  // Counts the request; 429 with Retry-After past the agency's limit for this IP.
  void countRequest(std::int64_t agency_id, const std::string& ip) const;
  // Validates (422 naming the field) and stores; a filled honeypot stores nothing.
  void capture(std::int64_t agency_id, const CaptureForm& form, const std::string& ip) const;

 private:
  const Database& db_;
  const Clock& clock_;
  const ContactService& contacts_;
  const LeadSettingsService& settings_;
  const LeadService& leads_;
  const InteractionLog& interactions_;
  CaptureLimits limits_;
};

}  // namespace logis
