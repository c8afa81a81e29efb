#pragma once

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_service.hpp"
#include "leads/lead_settings_service.hpp"
#include "leads/public_capture_service.hpp"

namespace logis {

// The leads domain wired once: its services (in dependency order) and its routes, so the App holds one
// member for it.
class LeadModule {
 public:
  LeadModule(const Database& database, const Clock& clock, const ContactService& contacts,
             const Config& config);
  void addRoutes(Router& router) const;

  const InteractionLog& interactions() const { return interactions_; }
  const LeadService& leads() const { return leads_; }

 private:
  const Clock& clock_;
  LeadSettingsService settings_;
  InteractionLog interactions_;
  LeadService leads_;
  PublicCaptureService capture_;
};

}  // namespace logis
