#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// The lead figures of the dashboard. `assigned_to`, when given, keeps only that agent's leads.
class DashboardRepository {
 public:
  explicit DashboardRepository(const Database& database) : db_(database) {}

  // Open leads (new, in progress) of the user whose next action is due before `before`, soonest first.
  std::vector<Row> followUps(std::int64_t agency_id, std::int64_t user_id, EpochMs before,
                             std::int64_t limit) const;
  std::int64_t countNewLeads(std::int64_t agency_id, EpochMs since,
                             std::optional<std::int64_t> assigned_to) const;
  std::vector<Row> newLeads(std::int64_t agency_id, EpochMs since, std::optional<std::int64_t> assigned_to,
                            std::int64_t limit) const;
  // Per source: source, label, leads, converted; most leads first.
  std::vector<Row> conversionBySource(std::int64_t agency_id, EpochMs since,
                                      std::optional<std::int64_t> assigned_to) const;
  // The agency's setting that restricts agents to their own leads.
  bool agentsSeeOwnLeadsOnly(std::int64_t agency_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
