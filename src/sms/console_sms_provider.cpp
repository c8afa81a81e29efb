#include "sms/console_sms_provider.hpp"

#include "core/crypto.hpp"
#include "core/log.hpp"

namespace logis::sms {

AcceptedSms ConsoleSmsProvider::send(const OutgoingSms& sms) {
  const auto id = "console-" + crypto::randomToken(12);
  log::info("sms.console", {{"id", id}, {"from", sms.from}, {"to", sms.to}, {"body", sms.body}});
  return {id, "sent"};
}

}  // namespace logis::sms
