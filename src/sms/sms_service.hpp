#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

#include "auth/principal.hpp"
#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "jobs/job_queue.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_service.hpp"
#include "sms/sms_settings_service.hpp"

namespace logis::sms {

// What one delivery attempt did. state: sent, deferred (a marketing SMS in quiet hours: try again at
// retry_at), failed (never to be sent: the answer is in the message's error), or the state the message
// was already in when another attempt had handled it (sending, sent, delivered...).
struct DeliveryResult {
  std::string state;
  std::optional<EpochMs> retry_at;
};

// A provider failure worth retrying (unreachable, overloaded): the message is queued again, and the job
// that called deliver() retries it later.
class SmsRetryableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An SMS Logis sends by itself (a visit's reminder): transactional, to a number in E.164.
struct AutomaticSms {
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> contact_id{};
  std::optional<std::int64_t> lead_id{};
  std::optional<std::int64_t> template_id{};
  std::string phone{};
  std::string body{};
};

// SMS to and from contacts: queued from the API with the French rules (consent and STOP for marketing),
// delivered once through the agency's provider (marketing held back outside 08:00-22:00, Sundays and
// holidays), their delivery reports and the replies (STOP withdraws the SMS consent).
class SmsService {
 public:
  SmsService(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
             const ContactService& contacts, const LeadService& leads, const InteractionLog& interactions,
             const SmsSettingsService& settings)
      : db_(database),
        clock_(clock),
        jobs_(jobs),
        contacts_(contacts),
        leads_(leads),
        interactions_(interactions),
        settings_(settings) {}

  // POST /api/v1/sms: {contact_id or phone, lead_id?, body, purpose}; the message stored and its
  // "sms.send" job queued in one transaction (answered).
  nlohmann::json send(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json get(const Principal& caller, std::int64_t id) const;
  // Queued like send()'s (a transactional message, on the contact's timeline); the reason it may not
  // leave instead (the agency's SMS disabled, the number opted out with STOP).
  std::variant<std::int64_t, std::string> sendAutomatic(const AutomaticSms& sms) const;

  // Sends a queued or deferred message once (a conditional UPDATE claims it); what the "sms.send" job runs.
  // Throws SmsRetryableError when the provider could not take it now.
  DeliveryResult deliver(std::int64_t sms_id) const;

  // The provider's delivery report (Twilio's MessageSid, MessageStatus, ErrorCode).
  void statusReport(const SmsSettings& settings, const std::map<std::string, std::string>& fields) const;
  // A message received (From, Body, MessageSid): STOP opts the number out, anything else lands on the
  // contact's timeline.
  void inbound(const SmsSettings& settings, const std::map<std::string, std::string>& fields) const;

  // "STOP", "Stop SMS", "ARRÊT", "stop 36180": the French opt-out replies.
  static bool isOptOut(const std::string& body);

 private:
  nlohmann::json toJson(const Row& row) const;
  // Stores the message (queued), its "sms.send" job and its timeline entry, in one transaction.
  std::int64_t store(const AutomaticSms& sms, std::optional<std::int64_t> user_id, const std::string& purpose) const;
  void setState(const Row& row, const std::string& state,
                const Columns& more) const;
  bool optedOut(std::int64_t agency_id, const std::string& phone) const;

  const Database& db_;
  const Clock& clock_;
  const jobs::JobQueue& jobs_;
  const ContactService& contacts_;
  const LeadService& leads_;
  const InteractionLog& interactions_;
  const SmsSettingsService& settings_;
};

}  // namespace logis::sms
