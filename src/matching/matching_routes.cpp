#include "matching/matching_routes.hpp"

#include "core/api_error.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

// A reason naming a feature names it in the reader's language.
std::string sentence(Locale locale, Text text) {
  if (const auto feature = text.params.find("feature"); feature != text.params.end()) {
    feature->second = translate(locale, {"matching.feature." + feature->second});
  }
  return translate(locale, text);
}

nlohmann::json sentences(Locale locale, const std::vector<Text>& texts) {
  auto list = nlohmann::json::array();
  for (const auto& text : texts) list.push_back(sentence(locale, text));
  return list;
}

nlohmann::json matchBody(const Request& request, const PageRequest& page, const MatchPage& matches,
                         const char* subject) {
  auto items = nlohmann::json::array();
  for (const auto& match : matches.items) {
    items.push_back({{subject, match.subject},
                     {"score", match.score.score},
                     {"criterion_id", match.criterion_id},
                     {"reasons", sentences(request.locale, match.score.reasons)},
                     {"near_misses", sentences(request.locale, match.score.near_misses)}});
  }
  auto body = page.listBody(items, matches.total);
  body["total_exact"] = matches.total_exact;
  return body;
}

std::optional<std::string> alertStatus(const Request& request) {
  const auto status = queryText(request, "status");
  if (status && *status != "pending" && *status != "sent") throw invalidQuery("status", "pending, sent");
  return status;
}

}  // namespace

void addMatchingRoutes(Router& router, const MatchingService& matching) {
  router.add(
      "GET", "/api/v1/leads/{id}/matches", Access::to(Action::view_leads), [&matching](Request& request) {
        const auto id = request.idParam("id");
        const auto page = PageRequest::fromQuery(request);
        return Response::json(
            200, matchBody(request, page,
                           matching.forLead(request.caller(), id, page.offset(), page.per_page), "property"));
      });

  router.add(
      "GET", "/api/v1/properties/{id}/matches", Access::to(Action::view_leads),
      [&matching](Request& request) {
        const auto id = request.idParam("id");
        const auto page = PageRequest::fromQuery(request);
        return Response::json(
            200, matchBody(request, page,
                           matching.forProperty(request.caller(), id, page.offset(), page.per_page), "lead"));
      });

  router.add("GET", "/api/v1/leads/{id}/proposals", Access::to(Action::view_leads),
             [&matching](Request& request) {
               const auto id = request.idParam("id");
               const auto page = PageRequest::fromQuery(request);
               const auto proposals = matching.proposals(request.caller(), id, page.offset(), page.per_page);
               return Response::json(200, page.listBody(proposals.items, proposals.total));
             });

  router.add("POST", "/api/v1/leads/{id}/proposals", Access::to(Action::edit_leads),
             [&matching](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(201, matching.propose(request.caller(), id, input.object()));
             });

  router.add("PATCH", "/api/v1/proposals/{id}", Access::to(Action::edit_leads),
             [&matching](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, matching.answer(request.caller(), id, input.object()));
             });

  router.add("GET", "/api/v1/alerts", Access::to(Action::view_leads), [&matching](Request& request) {
    const auto status = alertStatus(request);
    const auto page = PageRequest::fromQuery(request);
    const auto alerts = matching.alerts(request.caller(), status, page.offset(), page.per_page);
    return Response::json(200, page.listBody(alerts.items, alerts.total));
  });
}

}  // namespace logis
