#pragma once

#include "sms/sms_provider.hpp"

namespace logis::sms {

// For development: writes the message to the log instead of sending it, and calls it sent.
class ConsoleSmsProvider final : public SmsProvider {
 public:
  AcceptedSms send(const OutgoingSms& sms) override;
};

}  // namespace logis::sms
