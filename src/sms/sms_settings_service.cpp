#include "sms/sms_settings_service.hpp"

#include <algorithm>
#include <regex>

#include "core/api_error.hpp"
#include "sms/console_sms_provider.hpp"
#include "sms/twilio_sms_provider.hpp"

namespace logis::sms {
namespace {

using Problems = std::map<std::string, Text>;

SqlValue nullable(const std::optional<std::string>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

// A string field of the input: absent (nullopt, unchanged), null or "" (cleared: an empty optional inside),
// or a value checked by `valid`.
std::optional<std::optional<std::string>> textField(const nlohmann::json& input, const char* name,
                                                    std::size_t max_length, Problems& problems,
                                                    const std::function<bool(const std::string&)>& valid,
                                                    const char* invalid_key) {
  const auto found = input.find(name);
  if (found == input.end()) return std::nullopt;
  if (found->is_null()) return std::optional<std::string>();
  if (!found->is_string()) {
    problems.emplace(name, Text{"field.must_be_string"});
    return std::nullopt;
  }
  const auto text = found->get<std::string>();
  if (text.empty()) return std::optional<std::string>();
  if (text.size() > max_length) {
    problems.emplace(name, Text{"field.too_long", {{"max", std::to_string(max_length)}}});
    return std::nullopt;
  }
  if (!valid(text)) {
    problems.emplace(name, Text{invalid_key});
    return std::nullopt;
  }
  return std::optional<std::string>(text);
}

bool isHttpUrl(const std::string& text) {
  static const std::regex url(R"(https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?)");
  return std::regex_match(text, url);
}

bool isAccountSid(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

}  // namespace

bool SmsSettingsService::isValidSenderName(const std::string& name) {
  static const std::regex pattern("[A-Za-z0-9]([A-Za-z0-9 ]{0,9}[A-Za-z0-9])?");
  return std::regex_match(name, pattern) &&
         std::any_of(name.begin(), name.end(), [](unsigned char c) { return std::isalpha(c) != 0; });
}

SmsSettings SmsSettingsService::settings(std::int64_t agency_id) const {
  auto row = db_.queryOne("SELECT * FROM sms_settings WHERE agency_id = ?", {agency_id});
  if (!row) {
    db_.execute(std::string(db_.dialect() == Dialect::sqlite ? "INSERT OR IGNORE" : "INSERT IGNORE") +
                    " INTO sms_settings (agency_id, provider, webhook_secret, enabled, updated_at) "
                    "VALUES (?, 'console', ?, 1, ?)",
                {agency_id, crypto::randomToken(24), clock_.now()});
    row = db_.queryOne("SELECT * FROM sms_settings WHERE agency_id = ?", {agency_id});
  }
  const auto sealed = row->optionalText("auth_token_sealed");
  return {agency_id,
          row->text("provider"),
          row->optionalText("api_base_url"),
          row->optionalText("account_sid"),
          sealed ? std::optional(box_.open(*sealed)) : std::nullopt,
          row->optionalText("sender_name"),
          row->text("webhook_secret"),
          row->boolean("enabled")};
}

std::optional<SmsSettings> SmsSettingsService::forWebhookSecret(const std::string& secret) const {
  if (secret.empty() || secret.size() > 64) return std::nullopt;
  const auto row = db_.queryOne("SELECT agency_id FROM sms_settings WHERE webhook_secret = ?", {secret});
  if (!row) return std::nullopt;
  auto found = settings(row->integer("agency_id"));
  // The lookup compared in the database; this comparison takes the same time whatever the text.
  if (!crypto::constantTimeEquals(found.webhook_secret, secret)) return std::nullopt;
  return found;
}

std::string SmsSettingsService::webhookUrl(const SmsSettings& settings, const std::string& kind) const {
  auto base = public_url_;
  while (base.ends_with('/')) base.pop_back();
  return base + "/api/v1/public/sms/" + settings.webhook_secret + "/" + kind;
}

std::unique_ptr<SmsProvider> SmsSettingsService::provider(const SmsSettings& settings) const {
  if (settings.provider == "twilio") {
    return std::make_unique<TwilioSmsProvider>(
        settings.api_base_url.value_or(TwilioSmsProvider::kDefaultBaseUrl), settings.account_sid.value_or(""),
        settings.auth_token.value_or(""));
  }
  return std::make_unique<ConsoleSmsProvider>();
}

nlohmann::json SmsSettingsService::get(const Principal& caller) const {
  const auto current = settings(caller.agency_id);
  const auto optional = [](const std::optional<std::string>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
  };
  return {{"provider", current.provider},
          {"api_base_url", optional(current.api_base_url)},
          {"default_api_base_url", TwilioSmsProvider::kDefaultBaseUrl},
          {"account_sid", optional(current.account_sid)},
          {"has_auth_token", current.auth_token.has_value()},
          {"sender_name", optional(current.sender_name)},
          {"enabled", current.enabled},
          {"status_callback_url", webhookUrl(current, "status")},
          {"inbound_url", webhookUrl(current, "inbound")}};
}

nlohmann::json SmsSettingsService::update(const Principal& caller, const nlohmann::json& input) const {
  auto next = settings(caller.agency_id);
  Problems problems;
  if (const auto found = input.find("provider"); found != input.end()) {
    if (found->is_string() && (*found == "console" || *found == "twilio")) {
      next.provider = found->get<std::string>();
    } else {
      problems.emplace("provider", Text{"field.choice_invalid", {{"choices", "console, twilio"}}});
    }
  }
  if (const auto found = input.find("enabled"); found != input.end()) {
    if (found->is_boolean()) {
      next.enabled = found->get<bool>();
    } else {
      problems.emplace("enabled", Text{"field.must_be_boolean"});
    }
  }
  const auto any = [](const std::string&) { return true; };
  if (auto value = textField(input, "api_base_url", 300, problems, isHttpUrl, "sms.url_invalid"))
    next.api_base_url = *value;
  if (auto value = textField(input, "account_sid", 64, problems, isAccountSid, "sms.account_sid_invalid"))
    next.account_sid = *value;
  if (auto value = textField(input, "auth_token", 200, problems, any, "field.required"))
    next.auth_token = *value;
  if (auto value =
          textField(input, "sender_name", 11, problems, isValidSenderName, "sms.sender_name_invalid"))
    next.sender_name = *value;
  if (problems.empty() && next.provider == "twilio") {
    for (const auto& [name, value] :
         {std::pair{"account_sid", &next.account_sid}, std::pair{"auth_token", &next.auth_token},
          std::pair{"sender_name", &next.sender_name}}) {
      if (!*value) problems.emplace(name, Text{"sms.required_for_twilio"});
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  db_.execute(
      "UPDATE sms_settings SET provider = ?, api_base_url = ?, account_sid = ?, auth_token_sealed = ?, "
      "sender_name = ?, enabled = ?, updated_at = ? WHERE agency_id = ?",
      {next.provider, nullable(next.api_base_url), nullable(next.account_sid),
       next.auth_token ? SqlValue{box_.seal(*next.auth_token)} : SqlValue{nullptr},
       nullable(next.sender_name), std::int64_t{next.enabled}, clock_.now(), caller.agency_id});
  return get(caller);
}

}  // namespace logis::sms
