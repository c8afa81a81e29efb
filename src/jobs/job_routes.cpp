#include "jobs/job_routes.hpp"

#include <set>

#include "core/api_error.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

jobs::JobFilter jobFilterFrom(const Request& request) {
  static const std::set<std::string> statuses = {"queued", "running", "failed", "dead", "done", "cancelled"};
  jobs::JobFilter filter;
  filter.status = queryText(request, "status");
  if (filter.status && !statuses.contains(*filter.status)) {
    throw invalidQuery("status", "queued, running, failed, dead, done, cancelled");
  }
  filter.kind = queryText(request, "kind");
  if (filter.kind && filter.kind->size() > 40)
    throw invalidQuery("kind", "40 caractères au plus / at most 40");
  return filter;
}

}  // namespace

void addJobRoutes(Router& router, const jobs::JobService& jobs) {
  router.add("GET", "/api/v1/jobs", Access::to(Action::manage_jobs), [&jobs](Request& request) {
    const auto filter = jobFilterFrom(request);
    const auto page = PageRequest::fromQuery(request);
    const auto found = jobs.list(request.caller(), filter, page.offset(), page.per_page);
    return Response::json(200, page.listBody(found.items, found.total));
  });

  router.add("POST", "/api/v1/jobs/{id}/retry", Access::to(Action::manage_jobs), [&jobs](Request& request) {
    return Response::json(200, jobs.retry(request.caller(), request.idParam("id")));
  });
}

}  // namespace logis
