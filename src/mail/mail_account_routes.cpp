#include "mail/mail_account_routes.hpp"

#include "http/json_input.hpp"

namespace logis {

void addMailAccountRoutes(Router& router, const MailAccountService& accounts) {
  const auto access = Access::to(Action::manage_mail_accounts);
  router.add("GET", "/api/v1/mail-accounts", access, [&accounts](Request& request) {
    return Response::json(200, {{"items", accounts.list(request.caller())}});
  });

  router.add("POST", "/api/v1/mail-accounts", access, [&accounts](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, accounts.create(request.caller(), input.object()));
  });

  router.add("PATCH", "/api/v1/mail-accounts/{id}", access, [&accounts](Request& request) {
    const auto id = request.idParam("id");
    const auto input = JsonInput::parse(request);
    return Response::json(200, accounts.update(request.caller(), id, input.object()));
  });

  router.add("DELETE", "/api/v1/mail-accounts/{id}", access, [&accounts](Request& request) {
    accounts.remove(request.caller(), request.idParam("id"));
    return Response::noContent();
  });

  router.add("POST", "/api/v1/mail-accounts/{id}/test", access, [&accounts](Request& request) {
    return Response::json(200, accounts.test(request.caller(), request.idParam("id")));
  });
}

}  // namespace logis
