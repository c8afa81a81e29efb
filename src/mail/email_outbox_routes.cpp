#include "mail/email_outbox_routes.hpp"

#include "http/json_input.hpp"

namespace logis {

void addEmailRoutes(Router& router, const EmailOutbox& outbox) {
  router.add("POST", "/api/v1/emails", Access::to(Action::send_messages), [&outbox](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(202, outbox.queue(request.caller(), input.object()));
  });

  router.add("GET", "/api/v1/emails/{id}", Access::to(Action::view_conversations),
             [&outbox](Request& request) {
               return Response::json(200, outbox.find(request.caller(), request.idParam("id")));
             });
}

}  // namespace logis
