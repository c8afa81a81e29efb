#include "visits/visit_notifications.hpp"

#include "core/api_error.hpp"
#include "http/json_input.hpp"

namespace logis::visits {

void VisitNotifications::addRoutes(Router& router) const {
  router.add("GET", "/api/v1/visits/{id}/reminders", Access::to(Action::view_visits), [this](Request& request) {
    return Response::json(200, reminders_.list(request.caller(), request.idParam("id")));
  });

  router.add("GET", "/api/v1/visit-settings", Access::to(Action::manage_visit_settings),
             [this](Request& request) { return Response::json(200, settings_.get(request.caller())); });
  router.add("PUT", "/api/v1/visit-settings", Access::to(Action::manage_visit_settings), [this](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(200, settings_.update(request.caller(), input.object()));
  });

  router.add("GET", "/api/v1/calendar-feed", Access::to(Action::manage_own_calendar_feed),
             [this](Request& request) { return Response::json(200, feeds_.status(request.caller())); });
  router.add("POST", "/api/v1/calendar-feed", Access::to(Action::manage_own_calendar_feed),
             [this](Request& request) { return Response::json(201, feeds_.create(request.caller())); });
  router.add("DELETE", "/api/v1/calendar-feed", Access::to(Action::manage_own_calendar_feed),
             [this](Request& request) {
               feeds_.remove(request.caller());
               return Response::noContent();
             });

  // Public: the secret in the URL is the credential (calendar programs send no cookie).
  router.add("GET", "/api/v1/public/calendar/{file}", Access::anyone(), [this](Request& request) {
    const auto& file = request.path_params.at("file");
    if (!file.ends_with(".ics")) throw ApiError::notFound();
    const auto calendar = feeds_.feed(file.substr(0, file.size() - 4));
    if (!calendar) throw ApiError::notFound();
    Response response;
    response.status = 200;
    response.content_type = "text/calendar; charset=utf-8";
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.body = *calendar;
    return response;
  });
}

}  // namespace logis::visits
