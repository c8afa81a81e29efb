#pragma once

#include "http/router.hpp"
#include "matching/matching_service.hpp"

namespace logis {

// /api/v1/leads/{id}/matches, /api/v1/properties/{id}/matches, /api/v1/leads/{id}/proposals (list, propose),
// /api/v1/proposals/{id} (the client's answer), /api/v1/alerts.
void addMatchingRoutes(Router& router, const MatchingService& matching);

}  // namespace logis
