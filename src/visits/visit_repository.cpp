#include "visits/visit_repository.hpp"

#include <algorithm>
#include <map>

#include "db/sql.hpp"

namespace logis::visits {
namespace {

// Not cancelled, overlapping [?2, ?1) (bound as ends_at, starts_at), other than the visit ?3.
constexpr std::string_view kBusy =
    "WHERE v.agency_id = ? AND v.status <> 'cancelled' AND v.starts_at < ? AND v.ends_at > ? AND v.id <> ?";

template <typename T>
SqlValue toSql(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

Visit visitFrom(const Row& row) {
  Visit visit;
  visit.id = row.integer("id");
  visit.agency_id = row.integer("agency_id");
  visit.kind = row.text("kind");
  visit.property_id = row.optionalInteger("property_id");
  visit.lead_id = row.optionalInteger("lead_id");
  visit.agent_id = row.integer("agent_id");
  visit.starts_at = row.integer("starts_at");
  visit.ends_at = row.integer("ends_at");
  visit.status = row.text("status");
  visit.place = row.optionalText("place");
  visit.notes = row.optionalText("notes");
  visit.ical_uid = row.text("ical_uid");
  visit.sequence = static_cast<int>(row.integer("sequence"));
  visit.conflict_override_by = row.optionalInteger("conflict_override_by");
  visit.created_by = row.optionalInteger("created_by");
  visit.created_at = row.integer("created_at");
  visit.updated_at = row.integer("updated_at");
  return visit;
}

Where conditionsFor(std::int64_t agency_id, const VisitFilter& filter) {
  Where where;
  where.add("v.agency_id = ?", {agency_id});
  if (filter.from) where.add("v.ends_at > ?", {*filter.from});
  if (filter.to) where.add("v.starts_at < ?", {*filter.to});
  if (filter.agent_id) {
    where.add("v.id IN (SELECT visit_id FROM visit_agents WHERE agency_id = ? AND user_id = ?)",
              {agency_id, *filter.agent_id});
  }
  if (filter.contact_id) {
    where.add("v.id IN (SELECT visit_id FROM visit_contacts WHERE agency_id = ? AND contact_id = ?)",
              {agency_id, *filter.contact_id});
  }
  if (filter.property_id) where.add("v.property_id = ?", {*filter.property_id});
  if (filter.lead_id) where.add("v.lead_id = ?", {*filter.lead_id});
  where.addAnyOf("v.status", filter.statuses);
  return where;
}

}  // namespace

const std::vector<std::string>& VisitRepository::kinds() {
  static const std::vector<std::string> all = {"visit", "estimation", "signing", "inventory", "other"};
  return all;
}

const std::vector<std::string>& VisitRepository::statuses() {
  static const std::vector<std::string> all = {"planned", "confirmed", "done", "cancelled", "no_show"};
  return all;
}

// The rows, then their agents (the one in charge first) and contacts in two queries.
std::vector<Visit> VisitRepository::load(const std::string& clause,
                                         const std::vector<SqlValue>& params) const {
  std::vector<Visit> visits;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& row : db_.query("SELECT v.* FROM visits v " + clause, params)) {
    index[row.integer("id")] = visits.size();
    visits.push_back(visitFrom(row));
  }
  if (visits.empty()) return visits;
  std::vector<SqlValue> ids{visits.front().agency_id};
  for (const auto& visit : visits) ids.emplace_back(visit.id);
  const auto in = "agency_id = ? AND visit_id IN (" + placeholders(visits.size()) + ")";
  for (const auto& row :
       db_.query("SELECT visit_id, user_id FROM visit_agents WHERE " + in + " ORDER BY user_id", ids)) {
    auto& visit = visits[index.at(row.integer("visit_id"))];
    const auto user = row.integer("user_id");
    if (user != visit.agent_id) visit.agent_ids.push_back(user);
  }
  for (auto& visit : visits) visit.agent_ids.insert(visit.agent_ids.begin(), visit.agent_id);
  for (const auto& row : db_.query(
           "SELECT visit_id, contact_id FROM visit_contacts WHERE " + in + " ORDER BY contact_id", ids)) {
    visits[index.at(row.integer("visit_id"))].contact_ids.push_back(row.integer("contact_id"));
  }
  return visits;
}

std::optional<Visit> VisitRepository::find(std::int64_t agency_id, std::int64_t id) const {
  auto found = load("WHERE v.agency_id = ? AND v.id = ?", {agency_id, id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

VisitPage VisitRepository::search(std::int64_t agency_id, const VisitFilter& filter, std::int64_t offset,
                                  std::int64_t limit) const {
  const auto where = conditionsFor(agency_id, filter);
  VisitPage page;
  page.total =
      db_.queryOne("SELECT COUNT(*) AS n FROM visits v " + where.sql, where.params)->integer("n");
  auto params = where.params;
  params.insert(params.end(), {limit, offset});
  page.items = load(where.sql + " ORDER BY v.starts_at, v.id LIMIT ? OFFSET ?", params);
  return page;
}

std::int64_t VisitRepository::insert(const Visit& visit) const {
  const auto id = db_.insert(
      "INSERT INTO visits (agency_id, kind, property_id, lead_id, agent_id, starts_at, ends_at, status, "
      "place, notes, ical_uid, sequence, conflict_override_by, created_by, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {visit.agency_id, visit.kind, toSql(visit.property_id), toSql(visit.lead_id), visit.agent_id,
       visit.starts_at, visit.ends_at, visit.status, toSql(visit.place), toSql(visit.notes), visit.ical_uid,
       std::int64_t{visit.sequence}, toSql(visit.conflict_override_by), toSql(visit.created_by), visit.created_at,
       visit.updated_at});
  auto stored = visit;
  stored.id = id;
  replacePeople(stored);
  return id;
}

void VisitRepository::update(const Visit& visit) const {
  db_.execute(
      "UPDATE visits SET kind = ?, property_id = ?, lead_id = ?, agent_id = ?, starts_at = ?, ends_at = ?, "
      "status = ?, place = ?, notes = ?, sequence = ?, conflict_override_by = ?, updated_at = ?, "
      "cancelled_at = ? WHERE agency_id = ? AND id = ?",
      {visit.kind, toSql(visit.property_id), toSql(visit.lead_id), visit.agent_id, visit.starts_at,
       visit.ends_at, visit.status, toSql(visit.place), toSql(visit.notes), std::int64_t{visit.sequence},
       toSql(visit.conflict_override_by), visit.updated_at,
       visit.status == "cancelled" ? SqlValue(visit.updated_at) : SqlValue(nullptr), visit.agency_id,
       visit.id});
  replacePeople(visit);
}

void VisitRepository::replacePeople(const Visit& visit) const {
  db_.execute("DELETE FROM visit_agents WHERE agency_id = ? AND visit_id = ?", {visit.agency_id, visit.id});
  db_.execute("DELETE FROM visit_contacts WHERE agency_id = ? AND visit_id = ?", {visit.agency_id, visit.id});
  std::vector<std::vector<SqlValue>> agents;
  for (const auto user : visit.agent_ids) agents.push_back({visit.id, user, visit.agency_id});
  if (std::find(visit.agent_ids.begin(), visit.agent_ids.end(), visit.agent_id) == visit.agent_ids.end()) {
    agents.push_back({visit.id, visit.agent_id, visit.agency_id});
  }
  db_.insertRows("INSERT INTO visit_agents (visit_id, user_id, agency_id) VALUES", "(?, ?, ?)", agents);
  std::vector<std::vector<SqlValue>> contacts;
  for (const auto contact : visit.contact_ids) contacts.push_back({visit.id, contact, visit.agency_id});
  if (!contacts.empty()) {
    db_.insertRows("INSERT INTO visit_contacts (visit_id, contact_id, agency_id) VALUES", "(?, ?, ?)",
                   contacts);
  }
}

std::vector<Visit> VisitRepository::agentsBusy(std::int64_t agency_id,
                                               const std::vector<std::int64_t>& agent_ids, EpochMs starts_at,
                                               EpochMs ends_at, std::int64_t except) const {
  std::vector<SqlValue> params{agency_id, ends_at, starts_at, except, agency_id};
  params.insert(params.end(), agent_ids.begin(), agent_ids.end());
  return load(std::string(kBusy) +
                  " AND v.id IN (SELECT visit_id FROM visit_agents WHERE agency_id = ? AND user_id IN (" +
                  placeholders(agent_ids.size()) + ")) ORDER BY v.starts_at, v.id",
              params);
}

std::vector<Visit> VisitRepository::propertyBusy(std::int64_t agency_id, std::int64_t property_id,
                                                 EpochMs starts_at, EpochMs ends_at,
                                                 std::int64_t except) const {
  return load(std::string(kBusy) + " AND v.property_id = ? ORDER BY v.starts_at, v.id",
              {agency_id, ends_at, starts_at, except, property_id});
}

void VisitRepository::lockBooking(std::int64_t agency_id, const std::vector<std::int64_t>& agent_ids,
                                  std::optional<std::int64_t> property_id) const {
  if (db_.dialect() != Dialect::mysql) return;
  std::vector<SqlValue> params{agency_id};
  params.insert(params.end(), agent_ids.begin(), agent_ids.end());
  db_.query("SELECT id FROM users WHERE agency_id = ? AND id IN (" + placeholders(agent_ids.size()) +
                ") ORDER BY id FOR UPDATE",
            params);
  if (property_id) {
    db_.query("SELECT id FROM properties WHERE agency_id = ? AND id = ? FOR UPDATE",
              {agency_id, *property_id});
  }
}

}  // namespace logis::visits
