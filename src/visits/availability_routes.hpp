#pragma once

#include "http/router.hpp"
#include "visits/availability_service.hpp"

namespace logis::visits {

// /api/v1/agents/{id}/availability, .../working-hours and .../unavailabilities.
void addAvailabilityRoutes(Router &router,
                           const AvailabilityService &availability);

} // namespace logis::visits
