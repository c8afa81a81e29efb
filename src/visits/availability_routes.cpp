#include "visits/availability_routes.hpp"

#include "http/query_params.hpp"

namespace logis::visits {

void addAvailabilityRoutes(Router &router,
                           const AvailabilityService &availability) {
  router.add(
      "GET", "/api/v1/agents/{id}/availability",
      Access::to(Action::view_visits), [&availability](Request &request) {
        const auto &caller = request.caller();
        const auto zone = availability.directory().zone(caller.agency_id);
        return Response::json(
            200,
            availability.availability(caller, request.idParam("id"),
                                      queryMoment(request, "from", zone, false),
                                      queryMoment(request, "to", zone, true)));
      });

  router.add("PUT", "/api/v1/agents/{id}/working-hours",
             Access::to(Action::manage_availability),
             [&availability](Request &request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(
                   200, availability.replaceWorkingHours(request.caller(), id,
                                                         input.object()));
             });

  router.add("POST", "/api/v1/agents/{id}/unavailabilities",
             Access::to(Action::manage_availability),
             [&availability](Request &request) {
               const auto id = request.idParam("id");
               auto input = JsonInput::parse(request);
               return Response::json(201, availability.addUnavailability(
                                              request.caller(), id, input));
             });

  router.add("DELETE",
             "/api/v1/agents/{id}/unavailabilities/{unavailability_id}",
             Access::to(Action::manage_availability),
             [&availability](Request &request) {
               availability.removeUnavailability(
                   request.caller(), request.idParam("id"),
                   request.idParam("unavailability_id"));
               return Response::noContent();
             });
}

} // namespace logis::visits
