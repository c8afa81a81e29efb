#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "sms/sms_provider.hpp"

namespace logis::sms {

struct SmsSettings {
  std::int64_t agency_id = 0;
  std::string provider;  // console | twilio
  std::optional<std::string> api_base_url;
  std::optional<std::string> account_sid;
  std::optional<std::string> auth_token;  // opened
  std::optional<std::string> sender_name;
  std::string webhook_secret;
  bool enabled = true;
};

// An agency's SMS provider (created at first use: the console provider, a fresh webhook secret), the
// provider it builds, and the webhook URLs the provider calls back.
class SmsSettingsService {
 public:
  SmsSettingsService(const Database& database, const Clock& clock, const crypto::SecretBox& box,
                     std::string public_url)
      : db_(database), clock_(clock), box_(box), public_url_(std::move(public_url)) {}

  SmsSettings settings(std::int64_t agency_id) const;
  std::optional<SmsSettings> forWebhookSecret(const std::string& secret) const;
  // "https://crm.agence.fr/api/v1/public/sms/{secret}/status" (kind "status" or "inbound").
  std::string webhookUrl(const SmsSettings& settings, const std::string& kind) const;
  std::unique_ptr<SmsProvider> provider(const SmsSettings& settings) const;

  // GET and PUT /api/v1/sms-settings: the auth token is never answered (has_auth_token says whether one
  // is stored); a PUT changes the fields it gives.
  nlohmann::json get(const Principal& caller) const;
  nlohmann::json update(const Principal& caller, const nlohmann::json& input) const;

  // French operators accept 1 to 11 letters, digits and spaces, with at least one letter.
  static bool isValidSenderName(const std::string& name);

 private:
  const Database& db_;
  const Clock& clock_;
  const crypto::SecretBox& box_;
  std::string public_url_;
};

}  // namespace logis::sms
