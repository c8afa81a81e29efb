#include "dashboard/dashboard_routes.hpp"

#include "http/query_params.hpp"

namespace logis {

void addDashboardRoutes(Router& router, const DashboardService& dashboard) {
  router.add("GET", "/api/v1/dashboard", Access::to(Action::manage_own_tasks),
             [&dashboard](Request& request) {
               const auto days = queryInteger(request, "days", 1, 3650).value_or(90);
               return Response::json(200, dashboard.forCaller(request.caller(), days));
             });
}

}  // namespace logis
