#include "leads/lead_routes.hpp"

#include <charconv>

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"

namespace logis {
namespace {

ApiError invalidQuery(const std::string& name, const std::string& detail) {
  return ApiError::badRequest("invalid_query", {"error.invalid_query", {{"name", name}, {"detail", detail}}});
}

std::optional<std::string> parameter(const Request& request, const std::string& name) {
  const auto found = request.query.find(name);
  if (found == request.query.end() || found->second.empty()) return std::nullopt;
  return found->second;
}

std::vector<std::string> choiceList(const Request& request, const std::string& name,
                                    const std::vector<std::string>& allowed) {
  const auto value = parameter(request, name);
  if (!value) return {};
  auto items = splitNonEmpty(*value, ',');
  for (const auto& item : items) {
    if (std::find(allowed.begin(), allowed.end(), item) == allowed.end()) {
      std::string list;
      for (const auto& choice : allowed) list += (list.empty() ? "" : ", ") + choice;
      throw invalidQuery(name, list);
    }
  }
  return items;
}

// A day (YYYY-MM-DD, in Paris) or an instant; `end_of_day` moves a day to the start of the next one.
std::optional<EpochMs> moment(const Request& request, const std::string& name, bool end_of_day) {
  const auto value = parameter(request, name);
  if (!value) return std::nullopt;
  if (const auto day = parseParisDate(*value)) return end_of_day ? startOfParisDay(*day + 36 * 3'600'000) : *day;
  if (const auto instant = parseIsoInstant(*value)) return *instant + (end_of_day ? 1 : 0);
  throw invalidQuery(name, "AAAA-MM-JJ / YYYY-MM-DD");
}

LeadFilter filterFrom(const Request& request, EpochMs now) {
  LeadFilter filter;
  filter.statuses = choiceList(request, "status", LeadRepository::statuses());
  filter.source = parameter(request, "source");
  if (const auto assignee = parameter(request, "assigned_to")) {
    if (*assignee == "mine") {
      filter.assigned_to = request.caller().user_id.value_or(-1);
    } else {
      std::int64_t id = 0;
      const auto [end, error] = std::from_chars(assignee->data(), assignee->data() + assignee->size(), id);
      if (error != std::errc() || end != assignee->data() + assignee->size() || id < 1) {
        throw invalidQuery("assigned_to", "mine, 12");
      }
      filter.assigned_to = id;
    }
  }
  filter.created_from = moment(request, "created_from", false);
  filter.created_before = moment(request, "created_to", true);
  if (const auto overdue = parameter(request, "overdue")) {
    if (*overdue != "true" && *overdue != "false") throw invalidQuery("overdue", "true, false");
    if (*overdue == "true") filter.overdue_at = now;
  }
  if (const auto text = parameter(request, "q")) {
    for (auto& word : splitNonEmpty(*text, ' ')) {
      if (filter.words.size() < 5) filter.words.push_back(std::move(word));
    }
  }
  return filter;
}

std::vector<std::string> typesFrom(const Request& request) {
  std::vector<std::string> types;
  for (const auto& type : InteractionLog::types()) types.emplace_back(type);
  return choiceList(request, "type", types);
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
