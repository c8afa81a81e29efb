#include "leads/lead_module.hpp"

#include "leads/lead_routes.hpp"
#include "leads/public_capture_routes.hpp"

namespace logis {

LeadModule::LeadModule(const Database& database, const Clock& clock, const ContactService& contacts,
                       const Config& config)
    : clock_(clock),
      settings_(database, config.public_url),
      interactions_(database, clock, contacts),
      leads_(database, clock, contacts, settings_, interactions_),
      capture_(database, clock, contacts, settings_, leads_, interactions_,
               {config.capture_rate_limit, EpochMs{config.capture_rate_window_minutes} * 60 * 1000}) {}

void LeadModule::addRoutes(Router& router) const {
  addLeadRoutes(router, leads_, clock_);
  addLeadSettingsRoutes(router, settings_);
  addPublicCaptureRoutes(router, capture_);
}

}  // namespace logis
