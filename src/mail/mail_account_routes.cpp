#include "mail/mail_account_routes.hpp"

#include "http/json_input.hpp"
#include "mail/imap_mailbox_poller.hpp"

namespace logis {

void addMailAccountRoutes(Router& router, const MailAccountService& accounts, const jobs::JobQueue& jobs) {
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

  router.add("POST", "/api/v1/mail-accounts/{id}/poll", access, [&accounts, &jobs](Request& request) {
    const auto account = accounts.pollable(request.caller(), request.idParam("id"));
    const auto job = ImapMailboxPoller::pollJob(account.integer("id"), account.integer("agency_id"),
                                                "asked:" + request.request_id);
    return Response::json(202, {{"job_id", jobs.enqueue(job)}});
  });
}

}  // namespace logis
