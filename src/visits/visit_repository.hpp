#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "visits/visit.hpp"

namespace logis::visits {

// GET /api/v1/visits filters; every one is optional. A visit matches [from, to) when it overlaps it.
struct VisitFilter {
  std::optional<EpochMs> from;
  std::optional<EpochMs> to;
  std::optional<std::int64_t> agent_id;  // in charge or co-agent
  std::optional<std::int64_t> property_id;
  std::optional<std::int64_t> contact_id;
  std::optional<std::int64_t> lead_id;
  std::vector<std::string> statuses;
};

struct VisitPage {
  std::vector<Visit> items;
  std::int64_t total = 0;
};

// The SQL of visits with their agents and contacts. Every method takes the agency and filters on it.
class VisitRepository {
 public:
  explicit VisitRepository(const Database& database) : db_(database) {}

  static const std::vector<std::string>& kinds();
  static const std::vector<std::string>& statuses();

  std::optional<Visit> find(std::int64_t agency_id, std::int64_t id) const;
  // Sorted by starts_at, then id.
  VisitPage search(std::int64_t agency_id, const VisitFilter& filter, std::int64_t offset,
                   std::int64_t limit) const;
  // Stores the visit, its agents and contacts; returns its id. conflict_override_by: the manager who
  // booked it over a conflict.
  std::int64_t insert(const Visit& visit) const;
  void update(const Visit& visit) const;

  // The visits not cancelled, other than `except`, overlapping [starts_at, ends_at) that one of these
  // agents attends / of this property.
  std::vector<Visit> agentsBusy(std::int64_t agency_id, const std::vector<std::int64_t>& agent_ids,
                                EpochMs starts_at, EpochMs ends_at, std::int64_t except = 0) const;
  std::vector<Visit> propertyBusy(std::int64_t agency_id, std::int64_t property_id, EpochMs starts_at,
                                  EpochMs ends_at, std::int64_t except = 0) const;
  // MariaDB: holds the agents' and the property's rows until the transaction ends, so two bookings of
  // the same agent or property check and insert one after the other (SQLite's BEGIN IMMEDIATE already
  // makes each transaction the only writer). Must be the transaction's first statement.
  void lockBooking(std::int64_t agency_id, const std::vector<std::int64_t>& agent_ids,
                   std::optional<std::int64_t> property_id) const;

 private:
  // `clause` follows "SELECT v.* FROM visits v": "WHERE ... ORDER BY ...".
  std::vector<Visit> load(const std::string& clause, const std::vector<SqlValue>& params) const;
  void replacePeople(const Visit& visit) const;

  const Database& db_;
};

}  // namespace logis::visits
