#pragma once

#include "http/router.hpp"
#include "visits/visit_service.hpp"

namespace logis::visits {

// /api/v1/visits: list (a calendar's range), plan, read, change, cancel.
void addVisitRoutes(Router& router, const VisitService& visits);

}  // namespace logis::visits
