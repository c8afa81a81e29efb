#include "dashboard/dashboard_routes.hpp"

#include <charconv>

#include "core/api_error.hpp"

namespace logis {

void addDashboardRoutes(Router& router, const DashboardService& dashboard) {
  router.add("GET", "/api/v1/dashboard", Access::to(Action::manage_own_tasks),
             [&dashboard](Request& request) {
               std::int64_t days = 90;
               if (const auto given = request.query.find("days"); given != request.query.end()) {
                 const auto& text = given->second;
                 const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), days);
                 if (error != std::errc() || end != text.data() + text.size() || days < 1 || days > 3650) {
                   throw ApiError::badRequest(
                       "invalid_query", {"error.invalid_query", {{"name", "days"}, {"detail", "1..3650"}}});
                 }
               }
               return Response::json(200, dashboard.forCaller(request.caller(), days));
             });
}

}  // namespace logis
