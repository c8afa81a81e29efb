#include "dashboard/dashboard_service.hpp"

#include <cmath>

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "core/time_format.hpp"

namespace logis {
namespace {

constexpr EpochMs kDayMs = 24 * 3600 * 1000;
constexpr std::int64_t kListLimit = 50;
constexpr std::int64_t kNewLeadsShown = 10;

nlohmann::json leadJson(const Row& row, EpochMs now) {
  std::string name;
  for (const auto* part : {"first_name", "last_name"}) {
    if (!row.isNull(part)) name += (name.empty() ? "" : " ") + row.text(part);
  }
  const auto next = row.optionalInteger("next_action_at");
  return {{"id", row.integer("id")},
          {"contact_id", row.integer("contact_id")},
          {"contact_name", name},
          {"source", row.text("source")},
          {"status", row.text("status")},
          {"priority", row.text("priority")},
          {"assigned_to",
           row.isNull("assigned_to") ? nlohmann::json() : nlohmann::json(row.integer("assigned_to"))},
          {"next_action_at", next ? nlohmann::json(isoUtc(*next)) : nlohmann::json()},
          {"overdue", next && *next < now},
          {"created_at", isoUtc(row.integer("created_at"))}};
}

}  // namespace

nlohmann::json DashboardService::forCaller(const Principal& caller, std::int64_t days) const {
  if (!caller.user_id) throw ApiError::forbidden();  // an API token has no day of its own
  const auto now = clock_.now();
  const auto tomorrow = startOfParisDay(startOfParisDay(now) + kDayMs + 3 * 3600 * 1000);
  const auto tasks = [&](TaskScope scope) {
    TaskListQuery query;
    query.scope = scope;
    return tasks_.list(caller, query, 0, kListLimit).items;
  };
  auto follow_ups = nlohmann::json::array();
  for (const auto& row : leads_.followUps(caller.agency_id, *caller.user_id, tomorrow, kListLimit)) {
    follow_ups.push_back(leadJson(row, now));
  }
  const auto own_only = caller.role == Role::agent && leads_.agentsSeeOwnLeadsOnly(caller.agency_id)
                            ? caller.user_id
                            : std::optional<std::int64_t>();
  const auto week_ago = now - 7 * kDayMs;
  auto new_leads = nlohmann::json::array();
  for (const auto& row : leads_.newLeads(caller.agency_id, week_ago, own_only, kNewLeadsShown)) {
    new_leads.push_back(leadJson(row, now));
  }
  auto sources = nlohmann::json::array();
  for (const auto& row : leads_.conversionBySource(caller.agency_id, now - days * kDayMs, own_only)) {
    const auto leads = row.integer("leads");
    const auto converted = row.integer("converted");
    sources.push_back({{"source", row.text("source")},
                       {"label", row.isNull("label") ? row.text("source") : row.text("label")},
                       {"leads", leads},
                       {"converted", converted},
                       {"rate", leads == 0 ? 0.0 : std::round(converted * 1000.0 / leads) / 1000.0}});
  }
  return {{"tasks", {{"overdue", tasks(TaskScope::overdue)}, {"today", tasks(TaskScope::today)}}},
          {"follow_ups", follow_ups},
          {"new_leads",
           {{"days", 7},
            {"count", leads_.countNewLeads(caller.agency_id, week_ago, own_only)},
            {"items", new_leads}}},
          {"conversion_by_source", {{"days", days}, {"items", sources}}}};
}

}  // namespace logis
