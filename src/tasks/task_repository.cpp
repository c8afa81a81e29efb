#include "tasks/task_repository.hpp"

#include "db/sql.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT t.*, u.name AS assigned_to_name, c.first_name AS contact_first_name, c.last_name AS "
    "contact_last_name "
    "FROM tasks t JOIN users u ON u.id = t.assigned_to LEFT JOIN contacts c ON c.id = t.contact_id ";

std::pair<std::string, std::vector<SqlValue>> whereOf(std::int64_t agency_id, const TaskFilter& filter) {
  std::string where = "WHERE t.agency_id = ?";
  std::vector<SqlValue> params = {agency_id};
  where += filter.done ? " AND t.done_at IS NOT NULL" : " AND t.done_at IS NULL";
  const auto add = [&](const char* condition, SqlValue value) {
    where += condition;
    params.push_back(std::move(value));
  };
  if (filter.assigned_to) add(" AND t.assigned_to = ?", *filter.assigned_to);
  if (filter.lead_id) add(" AND t.lead_id = ?", *filter.lead_id);
  if (filter.contact_id) add(" AND t.contact_id = ?", *filter.contact_id);
  if (filter.due_from) add(" AND t.due_at >= ?", *filter.due_from);
  if (filter.due_before) add(" AND t.due_at < ?", *filter.due_before);
  return {where, params};
}

}  // namespace

std::vector<Row> TaskRepository::list(std::int64_t agency_id, const TaskFilter& filter, std::int64_t offset,
                                      std::int64_t limit) const {
  auto [where, params] = whereOf(agency_id, filter);
  params.insert(params.end(), {limit, offset});
  const std::string order = filter.done ? "t.done_at DESC, t.id DESC" : "t.due_at ASC, t.id ASC";
  return db_.query(std::string(kSelect) + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", params);
}

std::int64_t TaskRepository::count(std::int64_t agency_id, const TaskFilter& filter) const {
  const auto [where, params] = whereOf(agency_id, filter);
  return db_.query("SELECT COUNT(*) AS n FROM tasks t " + where, params).at(0).integer("n");
}

std::optional<Row> TaskRepository::find(std::int64_t agency_id, std::int64_t id) const {
  return db_.queryOne(std::string(kSelect) + "WHERE t.agency_id = ? AND t.id = ?", {agency_id, id});
}

std::int64_t TaskRepository::insert(std::int64_t agency_id, const Columns& columns) const {
  return insertAgencyRow(db_, "tasks", agency_id, columns);
}

void TaskRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  updateAgencyRow(db_, "tasks", agency_id, id, columns);
}

std::optional<std::optional<std::int64_t>> TaskRepository::leadContact(std::int64_t agency_id,
                                                                       std::int64_t lead_id) const {
  const auto lead =
      db_.queryOne("SELECT contact_id FROM leads WHERE agency_id = ? AND id = ?", {agency_id, lead_id});
  if (!lead) return std::nullopt;
  return lead->optionalInteger("contact_id");
}

bool TaskRepository::isLiveContact(std::int64_t agency_id, std::int64_t contact_id) const {
  return db_
      .queryOne("SELECT id FROM contacts WHERE agency_id = ? AND id = ? AND merged_into_id IS NULL",
                {agency_id, contact_id})
      .has_value();
}

bool TaskRepository::isActiveUser(std::int64_t agency_id, std::int64_t user_id) const {
  return db_
      .queryOne("SELECT id FROM users WHERE agency_id = ? AND id = ? AND active = 1", {agency_id, user_id})
      .has_value();
}

}  // namespace logis
