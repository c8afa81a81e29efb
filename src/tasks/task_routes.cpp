#include "tasks/task_routes.hpp"

#include "core/api_error.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

TaskListQuery taskQueryFrom(const Request& request) {
  static const std::map<std::string, TaskScope> scopes = {{"open", TaskScope::open},
                                                          {"overdue", TaskScope::overdue},
                                                          {"today", TaskScope::today},
                                                          {"upcoming", TaskScope::upcoming},
                                                          {"done", TaskScope::done}};
  TaskListQuery query;
  if (const auto scope = request.query.find("scope");
      scope != request.query.end() && !scope->second.empty()) {
    const auto found = scopes.find(scope->second);
    if (found == scopes.end()) throw invalidQuery("scope", "open, overdue, today, upcoming, done");
    query.scope = found->second;
  }
  query.lead_id = queryId(request, "lead_id");
  query.contact_id = queryId(request, "contact_id");
  if (const auto assigned = request.query.find("assigned_to"); assigned != request.query.end()) {
    query.everyone = assigned->second == "all";
    if (!query.everyone) query.assigned_to = queryId(request, "assigned_to");
  }
  return query;
}

}  // namespace

void addTaskRoutes(Router& router, const TaskService& tasks, const NotificationService& notifications) {
  router.add("GET", "/api/v1/tasks", Access::to(Action::manage_own_tasks), [&tasks](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    const auto found = tasks.list(request.caller(), taskQueryFrom(request), page.offset(), page.per_page);
    return Response::json(200, page.listBody(found.items, found.total));
  });

  router.add("POST", "/api/v1/tasks", Access::to(Action::manage_own_tasks), [&tasks](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, tasks.create(request.caller(), input.object()));
  });

  router.add("PATCH", "/api/v1/tasks/{id}", Access::to(Action::manage_own_tasks), [&tasks](Request& request) {
    const auto id = request.idParam("id");
    const auto input = JsonInput::parse(request);
    return Response::json(200, tasks.update(request.caller(), id, input.object()));
  });

  router.add("GET", "/api/v1/notifications", Access::to(Action::manage_own_tasks),
             [&notifications](Request& request) {
               const auto page = PageRequest::fromQuery(request);
               auto body = notifications.list(request.caller(), page.offset(), page.per_page);
               body["page"] = page.page;
               body["per_page"] = page.per_page;
               return Response::json(200, body);
             });

  router.add("POST", "/api/v1/notifications/{id}/read", Access::to(Action::manage_own_tasks),
             [&notifications](Request& request) {
               return Response::json(200, notifications.markRead(request.caller(), request.idParam("id")));
             });

  router.add("POST", "/api/v1/notifications/read-all", Access::to(Action::manage_own_tasks),
             [&notifications](Request& request) {
               return Response::json(200, notifications.markAllRead(request.caller()));
             });
}

}  // namespace logis
