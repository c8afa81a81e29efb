#pragma once

#include <stdexcept>
#include <string>

namespace logis::sms {

struct OutgoingSms {
  std::string from;  // an alphanumeric sender name or a number
  std::string to;    // E.164
  std::string body;
  std::string status_callback_url;  // where the provider reports delivery (empty: nowhere)
};

// What the provider answered when it accepted the message.
struct AcceptedSms {
  std::string provider_id;
  std::string status;  // the provider's own word: "queued", "sent", ...
};

// A refusal or a failure to reach the provider. `retryable`: the same message may succeed later (the
// provider is down, asks to slow down); otherwise it never will (bad number, bad credentials).
class SmsProviderError : public std::runtime_error {
 public:
  SmsProviderError(const std::string& message, bool retryable)
      : std::runtime_error(message), retryable(retryable) {}
  bool retryable;
};

// Hands one SMS to an operator's gateway.
class SmsProvider {
 public:
  virtual ~SmsProvider() = default;
  // Throws SmsProviderError.
  virtual AcceptedSms send(const OutgoingSms& sms) = 0;
};

}  // namespace logis::sms
