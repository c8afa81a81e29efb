#pragma once

#include <Poco/Net/Context.h>
#include <Poco/URI.h>

#include <chrono>
#include <map>
#include <string>

#include "sms/sms_provider.hpp"

namespace logis::sms {

// Twilio's Programmable Messaging REST API, or any service that speaks it at another base URL:
// POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To, From, Body and
// StatusCallback, HTTP basic authentication with the account SID and auth token.
class TwilioSmsProvider final : public SmsProvider {
 public:
  static constexpr const char* kDefaultBaseUrl = "https://api.twilio.com";

  // Throws std::invalid_argument when the base URL is not an http(s) URL.
  TwilioSmsProvider(const std::string& base_url, std::string account_sid, std::string auth_token,
                    std::chrono::milliseconds timeout = std::chrono::seconds(15));
  AcceptedSms send(const OutgoingSms& sms) override;

 private:
  Poco::URI base_;
  std::string account_sid_;
  std::string auth_token_;
  std::chrono::milliseconds timeout_;
  Poco::Net::Context::Ptr tls_;
};

// X-Twilio-Signature: base64 of the HMAC-SHA1, keyed with the auth token, of the full URL Twilio
// requested followed by each POST parameter's name and value, sorted by name.
std::string twilioSignature(const std::string& auth_token, const std::string& url,
                            const std::map<std::string, std::string>& params);

}  // namespace logis::sms
