#include "mail/conversation_routes.hpp"

#include "core/api_error.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

ConversationFilter filterFrom(const Request& request) {
  ConversationFilter filter;
  filter.unread_only = queryFlag(request, "unread").value_or(false);
  if (const auto q = queryText(request, "q")) {
    if (q->size() > 200) throw invalidQuery("q", "200 caractères au plus / at most 200 characters");
    filter.q = *q;
  }
  return filter;
}

}  // namespace

void addConversationRoutes(Router& router, const ConversationService& conversations) {
  router.add("GET", "/api/v1/conversations", Access::to(Action::view_conversations),
             [&conversations](Request& request) {
               const auto page = PageRequest::fromQuery(request);
               const auto found =
                   conversations.list(request.caller(), filterFrom(request), page.offset(), page.per_page);
               return Response::json(200, page.listBody(found.items, found.total));
             });

  router.add("GET", "/api/v1/conversations/{contact_id}/messages", Access::to(Action::view_conversations),
             [&conversations](Request& request) {
               const auto contact_id = request.idParam("contact_id");
               const auto page = PageRequest::fromQuery(request);
               const auto found =
                   conversations.messages(request.caller(), contact_id, page.offset(), page.per_page);
               return Response::json(200, page.listBody(found.items, found.total));
             });

  for (const auto& [suffix, read] : {std::pair{"read", true}, std::pair{"unread", false}}) {
    router.add("POST", std::string("/api/v1/emails/{id}/") + suffix, Access::to(Action::view_conversations),
               [&conversations, read](Request& request) {
                 return Response::json(200,
                                       conversations.markRead(request.caller(), request.idParam("id"), read));
               });
  }

  router.add("GET", "/api/v1/emails/{id}/attachments/{attachment_id}", Access::to(Action::view_conversations),
             [&conversations](Request& request) {
               const auto file = conversations.attachment(request.caller(), request.idParam("id"),
                                                          request.idParam("attachment_id"));
               Response response;
               // Always a download, never rendered on our origin (an HTML attachment could run scripts).
               response.content_type = "application/octet-stream";
               response.file = file.path;
               response.setFileName("attachment", file.filename);
               return response;
             });
}

}  // namespace logis
