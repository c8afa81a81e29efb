#include "visits/visit_routes.hpp"

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis::visits {
namespace {

// A calendar asks for a whole month at once.
constexpr std::int64_t kMaxPerPage = 500;

VisitFilter filterFrom(const Request& request, const TimeZone& zone) {
  VisitFilter filter;
  filter.from = queryMoment(request, "from", zone, false);
  filter.to = queryMoment(request, "to", zone, true);
  filter.agent_id = queryId(request, "agent_id");
  filter.property_id = queryId(request, "property_id");
  filter.contact_id = queryId(request, "contact_id");
  filter.lead_id = queryId(request, "lead_id");
  filter.statuses = queryChoices(request, "status", VisitRepository::statuses());
  return filter;
}

}  // namespace

void addVisitRoutes(Router& router, const VisitService& visits) {
  router.add("GET", "/api/v1/visits", Access::to(Action::view_visits), [&visits](Request& request) {
    const auto page = PageRequest::fromQuery(request, kMaxPerPage);
    const auto& caller = request.caller();
    const auto filter = filterFrom(request, visits.directory().zone(caller.agency_id));
    const auto result = visits.list(caller, filter, page.offset(), page.per_page);
    return Response::json(200, page.listBody(visits.toJson(result.items), result.total));
  });

  router.add("POST", "/api/v1/visits", Access::to(Action::manage_visits), [&visits](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, visits.toJson(visits.create(request.caller(), input.object())));
  });

  router.add("GET", "/api/v1/visits/{id}", Access::to(Action::view_visits), [&visits](Request& request) {
    return Response::json(200, visits.toJson(visits.visible(request.caller(), request.idParam("id"))));
  });

  router.add("PATCH", "/api/v1/visits/{id}", Access::to(Action::manage_visits), [&visits](Request& request) {
    const auto id = request.idParam("id");
    const auto input = JsonInput::parse(request);
    return Response::json(200, visits.toJson(visits.update(request.caller(), id, input.object())));
  });

  router.add("DELETE", "/api/v1/visits/{id}", Access::to(Action::manage_visits), [&visits](Request& request) {
    return Response::json(200, visits.toJson(visits.cancel(request.caller(), request.idParam("id"))));
  });
}

}  // namespace logis::visits
