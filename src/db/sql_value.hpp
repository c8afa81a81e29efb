#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace logis {

// A bound parameter or a column value. Booleans are stored as 0/1 integers on both databases.
using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Column names and values, as a repository inserts or updates a row.
using Columns = std::vector<std::pair<std::string, SqlValue>>;

// One result row; columns are read by name.
class Row {
 public:
  using ColumnIndex = std::unordered_map<std::string, std::size_t>;
  Row(std::shared_ptr<const ColumnIndex> columns, std::vector<SqlValue> values);

  bool has(const std::string& column) const { return columns_->contains(column); }
  bool isNull(const std::string& column) const;
  std::int64_t integer(const std::string& column) const;
  double real(const std::string& column) const;
  bool boolean(const std::string& column) const { return integer(column) != 0; }
  std::string text(const std::string& column) const;
  std::optional<std::int64_t> optionalInteger(const std::string& column) const;
  std::optional<std::string> optionalText(const std::string& column) const;

 private:
  const SqlValue& at(const std::string& column) const;
  std::shared_ptr<const ColumnIndex> columns_;
  std::vector<SqlValue> values_;
};

}  // namespace logis
