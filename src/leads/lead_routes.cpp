#include "leads/lead_routes.hpp"

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

LeadFilter filterFrom(const Request& request, EpochMs now) {
  LeadFilter filter;
  filter.statuses = queryChoices(request, "status", LeadRepository::statuses());
  filter.source = queryText(request, "source");
  if (const auto assignee = queryText(request, "assigned_to")) {
    if (*assignee == "mine") {
      filter.assigned_to = request.caller().user_id.value_or(-1);
    } else {
      filter.assigned_to = queryId(request, "assigned_to");
    }
  }
  filter.created_from = queryMoment(request, "created_from", TimeZone::paris(), false);
  filter.created_before = queryMoment(request, "created_to", TimeZone::paris(), true);
  if (queryFlag(request, "overdue").value_or(false)) filter.overdue_at = now;
  if (const auto text = queryText(request, "q")) {
    for (auto& word : splitNonEmpty(*text, ' ')) {
      if (filter.words.size() < 5) filter.words.push_back(std::move(word));
    }
  }
  return filter;
}

std::vector<std::string> typesFrom(const Request& request) {
  return queryChoices(request, "type", InteractionLog::types());
}

nlohmann::json listBody(const PageRequest& page, const InteractionPage& result) {
  return page.listBody(result.items, result.total);
}

}  // namespace

void addLeadRoutes(Router& router, const LeadService& leads, const Clock& clock) {
  router.add("GET", "/api/v1/leads", Access::to(Action::view_leads), [&leads, &clock](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    const auto result =
        leads.search(request.caller(), filterFrom(request, clock.now()), page.offset(), page.per_page);
    auto body = page.listBody(result.items, result.total);
    body["total_exact"] = result.total_exact;
    body["counts"] = result.counts;
    body["counts_exact"] = result.counts_exact;
    return Response::json(200, body);
  });

  router.add("POST", "/api/v1/leads", Access::to(Action::edit_leads), [&leads](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, leads.create(request.caller(), input.object()));
  });

  router.add("GET", "/api/v1/leads/{id}", Access::to(Action::view_leads), [&leads](Request& request) {
    return Response::json(200, leads.get(request.caller(), request.idParam("id")));
  });

  router.add("PATCH", "/api/v1/leads/{id}", Access::to(Action::edit_leads), [&leads](Request& request) {
    const auto id = request.idParam("id");
    const auto input = JsonInput::parse(request);
    return Response::json(200, leads.update(request.caller(), id, input.object()));
  });

  router.add(
      "GET", "/api/v1/leads/{id}/interactions", Access::to(Action::view_leads), [&leads](Request& request) {
        const auto id = request.idParam("id");
        const auto page = PageRequest::fromQuery(request);
        return Response::json(200, listBody(page, leads.interactions(request.caller(), id, typesFrom(request),
                                                                     page.offset(), page.per_page)));
      });

  router.add("POST", "/api/v1/leads/{id}/interactions", Access::to(Action::edit_leads),
             [&leads](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(201, leads.addInteraction(request.caller(), id, input.object()));
             });

  router.add("GET", "/api/v1/contacts/{id}/interactions", Access::to(Action::view_contacts),
             [&leads](Request& request) {
               const auto id = request.idParam("id");
               const auto page = PageRequest::fromQuery(request);
               return Response::json(
                   200, listBody(page, leads.contactInteractions(request.caller(), id, typesFrom(request),
                                                                 page.offset(), page.per_page)));
             });
}

void addLeadSettingsRoutes(Router& router, const LeadSettingsService& settings) {
  router.add("GET", "/api/v1/lead-sources", Access::to(Action::view_leads), [&settings](Request& request) {
    return Response::json(200, settings.sources(request.caller()));
  });

  router.add("POST", "/api/v1/lead-sources", Access::to(Action::manage_lead_settings),
             [&settings](Request& request) {
               const auto input = JsonInput::parse(request);
               return Response::json(201, settings.createSource(request.caller(), input.object()));
             });

  router.add("PATCH", "/api/v1/lead-sources/{id}", Access::to(Action::manage_lead_settings),
             [&settings](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, settings.updateSource(request.caller(), id, input.object()));
             });

  router.add("GET", "/api/v1/lead-settings", Access::to(Action::manage_lead_settings),
             [&settings](Request& request) { return Response::json(200, settings.get(request.caller())); });

  router.add("PATCH", "/api/v1/lead-settings", Access::to(Action::manage_lead_settings),
             [&settings](Request& request) {
               const auto input = JsonInput::parse(request);
               return Response::json(200, settings.update(request.caller(), input.object()));
             });

  router.add("POST", "/api/v1/lead-settings/public-key", Access::to(Action::manage_lead_settings),
             [&settings](Request& request) {
               return Response::json(200, settings.regenerateKey(request.caller()));
             });
}

}  // namespace logis
