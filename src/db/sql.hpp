#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "db/database.hpp"
#include "db/sql_value.hpp"

namespace logis {

// Statements built from parts, each part with its parameters in the order the statement names them.

// "?, ?, ?": the placeholders of `count` values.
std::string placeholders(std::size_t count);

// Appends `values` to `params` and answers their placeholders: "id IN (" + bindEach(ids, params) + ")".
template <typename Values>
std::string bindEach(const Values& values, std::vector<SqlValue>& params) {
  for (const auto& value : values) params.emplace_back(value);
  return placeholders(values.size());
}

// LIKE patterns for `LIKE ? ESCAPE '!'`, the text's own % _ and ! taken literally: likePrefix("dup") is
// "dup%", likeAnywhere("100%") is "%100!%%".
std::string likePrefix(const std::string& text);
std::string likeAnywhere(const std::string& text);

// "SET STATEMENT optimizer_switch = 'flags' FOR ", put before one statement on MariaDB; "" on SQLite, whose
// planner has no such switches.
std::string optimizerSwitch(Dialect dialect, std::string_view flags);

// Appends the values of `columns` to `params` and answers "a = ?, b = ?" for an UPDATE.
std::string bindAssignments(const Columns& columns, std::vector<SqlValue>& params);

// A WHERE clause built a condition at a time.
struct Where {
  std::string sql;  // "" or "WHERE a = ? AND b IN (?, ?)"
  std::vector<SqlValue> params;

  void add(const std::string& condition, std::vector<SqlValue> values = {});
  // "column IN (...)"; nothing when `values` is empty.
  template <typename Values>
  void addAnyOf(const std::string& column, const Values& values) {
    if (values.empty()) return;
    std::vector<SqlValue> bound;
    const auto condition = column + " IN (" + bindEach(values, bound) + ")";
    add(condition, std::move(bound));
  }
};

// A list's total from a count that stopped at `exact_limit` + 1: exact up to the limit, and on the last
// page (nothing lies beyond it); past the limit elsewhere, a lower bound ("1000+").
struct CappedTotal {
  std::int64_t total = 0;
  bool exact = true;
};
CappedTotal cappedTotal(std::int64_t counted, std::int64_t exact_limit, std::int64_t offset,
                        std::int64_t page_size, std::int64_t per_page);

// INSERT INTO table (agency_id, columns...): the new row's id.
std::int64_t insertAgencyRow(const Database& db, const std::string& table, std::int64_t agency_id,
                             const Columns& columns);
// UPDATE table SET columns... WHERE agency_id = ? AND id = ?; nothing when `columns` is empty.
void updateAgencyRow(const Database& db, const std::string& table, std::int64_t agency_id, std::int64_t id,
                     const Columns& columns);

}  // namespace logis
