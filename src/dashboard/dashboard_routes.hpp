#pragma once

#include "dashboard/dashboard_service.hpp"
#include "http/router.hpp"

namespace logis {

// /api/v1/dashboard?days=90.
void addDashboardRoutes(Router& router, const DashboardService& dashboard);

}  // namespace logis
