#pragma once

#include "http/router.hpp"
#include "leads/lead_service.hpp"
#include "leads/lead_settings_service.hpp"

namespace logis {

// /api/v1/leads (list, create, read, update), their interactions, a contact's timeline.
void addLeadRoutes(Router& router, const LeadService& leads, const Clock& clock);
// /api/v1/lead-sources and /api/v1/lead-settings.
void addLeadSettingsRoutes(Router& router, const LeadSettingsService& settings);

}  // namespace logis
