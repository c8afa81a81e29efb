#include "db/sql_value.hpp"

#include <stdexcept>

namespace logis {

Row::Row(std::shared_ptr<const ColumnIndex> columns, std::vector<SqlValue> values)
    : columns_(std::move(columns)), values_(std::move(values)) {}

const SqlValue& Row::at(const std::string& column) const {
  const auto found = columns_->find(column);
  if (found == columns_->end()) throw std::logic_error("no column " + column + " in the result");
  return values_[found->second];
}

bool Row::isNull(const std::string& column) const {
  return std::holds_alternative<std::nullptr_t>(at(column));
}

std::int64_t Row::integer(const std::string& column) const {
  const auto& value = at(column);
  if (const auto* number = std::get_if<std::int64_t>(&value)) return *number;
  if (const auto* real = std::get_if<double>(&value)) return static_cast<std::int64_t>(*real);
  if (const auto* text = std::get_if<std::string>(&value)) return std::stoll(*text);
  throw std::logic_error("column " + column + " is NULL");
}

double Row::real(const std::string& column) const {
  const auto& value = at(column);
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* number = std::get_if<std::int64_t>(&value)) return static_cast<double>(*number);
  if (const auto* text = std::get_if<std::string>(&value)) return std::stod(*text);
  throw std::logic_error("column " + column + " is NULL");
}

std::string Row::text(const std::string& column) const {
  const auto& value = at(column);
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* number = std::get_if<std::int64_t>(&value)) return std::to_string(*number);
  if (const auto* real = std::get_if<double>(&value)) return std::to_string(*real);
  throw std::logic_error("column " + column + " is NULL");
}

std::optional<std::int64_t> Row::optionalInteger(const std::string& column) const {
  if (isNull(column)) return std::nullopt;
  return integer(column);
}

std::optional<std::string> Row::optionalText(const std::string& column) const {
  if (isNull(column)) return std::nullopt;
  return text(column);
}

}  // namespace logis
