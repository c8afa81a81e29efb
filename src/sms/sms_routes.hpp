#pragma once

#include "http/router.hpp"
#include "sms/sms_service.hpp"
#include "sms/sms_settings_service.hpp"

namespace logis::sms {

// /api/v1/sms-settings, /api/v1/sms, and the provider's webhooks under /api/v1/public/sms/{secret}/.
void addSmsRoutes(Router& router, const SmsSettingsService& settings, const SmsService& messages);

}  // namespace logis::sms
