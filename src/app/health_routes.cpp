#include "app/health_routes.hpp"

#include "core/api_error.hpp"

namespace logis {

void addHealthRoutes(Router& router, const Database& database) {
  router.add("GET", "/healthz", Access::anyone(), [](Request&) {
    return Response::json(200, {{"status", "ok"}});
  });
  router.add("GET", "/readyz", Access::anyone(), [&database](Request&) {
    if (!database.ping()) throw ApiError(503, "database_unavailable", {"error.database_unavailable"});
    return Response::json(200, {{"status", "ready"}});
  });
}

}  // namespace logis
