#pragma once

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "leads/lead_module.hpp"
#include "sms/sms_service.hpp"
#include "sms/sms_settings_service.hpp"

namespace logis::sms {

// The SMS domain wired once (settings with the server key, the service), so the App holds one member.
class SmsModule {
 public:
  SmsModule(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
            const ContactService& contacts, const LeadModule& leads, const Config& config)
      : box_(crypto::SecretBox::fromKeyFile(config.secret_key_file)),
        settings_(database, clock, box_, config.public_url),
        messages_(database, clock, jobs, contacts, leads.leads(), leads.interactions(), settings_) {}

  void addRoutes(Router& router) const;
  const SmsService& messages() const { return messages_; }
  const SmsSettingsService& settings() const { return settings_; }

 private:
  crypto::SecretBox box_;
  SmsSettingsService settings_;
  SmsService messages_;
};

}  // namespace logis::sms
