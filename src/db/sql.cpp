#include "db/sql.hpp"

#include <algorithm>

namespace logis {

std::string placeholders(std::size_t count) {
  std::string list;
  for (std::size_t i = 0; i < count; ++i) list += i == 0 ? "?" : ", ?";
  return list;
}

std::string bindAssignments(const Columns& columns, std::vector<SqlValue>& params) {
  std::string assignments;
  for (const auto& [column, value] : columns) {
    assignments += (assignments.empty() ? "" : ", ") + column + " = ?";
    params.push_back(value);
  }
  return assignments;
}

namespace {

std::string likeEscaped(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '!') escaped += '!';
    escaped += c;
  }
  return escaped;
}

}  // namespace

std::string likePrefix(const std::string& text) {
  return likeEscaped(text) + "%";
}

std::string likeAnywhere(const std::string& text) {
  return "%" + likeEscaped(text) + "%";
}

std::string optimizerSwitch(Dialect dialect, std::string_view flags) {
  if (dialect == Dialect::sqlite) return "";
  return "SET STATEMENT optimizer_switch = '" + std::string(flags) + "' FOR ";
}

CappedTotal cappedTotal(std::int64_t counted, std::int64_t exact_limit, std::int64_t offset,
                        std::int64_t page_size, std::int64_t per_page) {
  if (counted <= exact_limit) return {counted, true};
  if (page_size > 0 && page_size < per_page) return {offset + page_size, true};
  return {std::max(exact_limit, page_size > 0 ? offset + page_size : 0), false};
}

void Where::add(const std::string& condition, std::vector<SqlValue> values) {
  sql += (sql.empty() ? "WHERE " : " AND ") + condition;
  params.insert(params.end(), std::make_move_iterator(values.begin()), std::make_move_iterator(values.end()));
}

std::int64_t insertAgencyRow(const Database& db, const std::string& table, std::int64_t agency_id,
                             const Columns& columns) {
  std::string names = "agency_id";
  std::vector<SqlValue> values{agency_id};
  for (const auto& [column, value] : columns) {
    names += ", " + column;
    values.push_back(value);
  }
  return db.insert("INSERT INTO " + table + " (" + names + ") VALUES (" + placeholders(values.size()) + ")",
                   values);
}

void updateAgencyRow(const Database& db, const std::string& table, std::int64_t agency_id, std::int64_t id,
                     const Columns& columns) {
  if (columns.empty()) return;
  std::vector<SqlValue> values;
  const auto sql =
      "UPDATE " + table + " SET " + bindAssignments(columns, values) + " WHERE agency_id = ? AND id = ?";
  values.insert(values.end(), {agency_id, id});
  db.execute(sql, values);
}

}  // namespace logis
