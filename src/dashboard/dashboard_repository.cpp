#include "dashboard/dashboard_repository.hpp"

#include <string>

namespace logis {
namespace {

constexpr std::string_view kLeadColumns =
    "SELECT l.id, l.contact_id, l.source, l.status, l.priority, l.next_action_at, l.assigned_to, "
    "l.created_at, "
    "c.first_name, c.last_name FROM leads l JOIN contacts c ON c.id = l.contact_id ";

std::pair<std::string, std::vector<SqlValue>> createdSince(std::int64_t agency_id, EpochMs since,
                                                           std::optional<std::int64_t> assigned_to) {
  std::string where = "WHERE l.agency_id = ? AND l.created_at >= ?";
  std::vector<SqlValue> params = {agency_id, since};
  if (assigned_to) {
    where += " AND l.assigned_to = ?";
    params.emplace_back(*assigned_to);
  }
  return {where, params};
}

}  // namespace

std::vector<Row> DashboardRepository::followUps(std::int64_t agency_id, std::int64_t user_id, EpochMs before,
                                                std::int64_t limit) const {
  return db_.query(std::string(kLeadColumns) +
                       "WHERE l.agency_id = ? AND l.assigned_to = ? AND l.status IN ('new', 'in_progress') "
                       "AND l.next_action_at < ? ORDER BY l.next_action_at, l.id LIMIT ?",
                   {agency_id, user_id, before, limit});
}

std::int64_t DashboardRepository::countNewLeads(std::int64_t agency_id, EpochMs since,
                                                std::optional<std::int64_t> assigned_to) const {
  const auto [where, params] = createdSince(agency_id, since, assigned_to);
  return db_.query("SELECT COUNT(*) AS n FROM leads l " + where, params).at(0).integer("n");
}

std::vector<Row> DashboardRepository::newLeads(std::int64_t agency_id, EpochMs since,
                                               std::optional<std::int64_t> assigned_to,
                                               std::int64_t limit) const {
  auto [where, params] = createdSince(agency_id, since, assigned_to);
  params.emplace_back(limit);
  return db_.query(std::string(kLeadColumns) + where + " ORDER BY l.created_at DESC, l.id DESC LIMIT ?",
                   params);
}

std::vector<Row> DashboardRepository::conversionBySource(std::int64_t agency_id, EpochMs since,
                                                         std::optional<std::int64_t> assigned_to) const {
  const auto [where, since_params] = createdSince(agency_id, since, assigned_to);
  std::vector<SqlValue> params = {agency_id};
  params.insert(params.end(), since_params.begin(), since_params.end());
  return db_.query(
      "SELECT l.source, MAX(s.label) AS label, COUNT(*) AS leads, "
      "SUM(CASE WHEN l.status = 'converted' THEN 1 ELSE 0 END) AS converted FROM leads l "
      "LEFT JOIN lead_sources s ON s.agency_id = ? AND s.code = l.source " +
          where + " GROUP BY l.source ORDER BY leads DESC, l.source",
      params);
}

bool DashboardRepository::agentsSeeOwnLeadsOnly(std::int64_t agency_id) const {
  const auto settings =
      db_.queryOne("SELECT agents_see_own_leads_only FROM lead_settings WHERE agency_id = ?", {agency_id});
  return settings && settings->boolean("agents_see_own_leads_only");
}

}  // namespace logis
