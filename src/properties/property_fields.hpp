#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/text.hpp"
#include "db/sql_value.hpp"

namespace logis {

enum class FieldKind { text, integer, money, decimal, boolean, choice, date, energy_class, features };

// One writable field of a property: its JSON name, its column, and the rule its values follow. The whole
// record (validation, storage, JSON, history) is driven by this table, so a new field is one line here
// plus its column.
struct PropertyField {
  std::string_view name;
  std::string_view column;
  FieldKind kind;
  double min = 0;  // numbers: inclusive bounds; text: max is the length limit
  double max = 0;
  std::vector<std::string_view> choices = {};
  bool nullable = true;
};

const std::vector<PropertyField>& propertyFields();
const PropertyField* findPropertyField(std::string_view name);

// The feature codes, in bit order of `features_mask`.
const std::vector<std::string_view>& propertyFeatures();
std::optional<std::int64_t> featuresMask(const std::vector<std::string>& codes);

// A JSON value for the field as the column stores it, or the problem to show beside the field.
std::variant<SqlValue, Text> toColumnValue(const PropertyField& field, const nlohmann::json& value);
nlohmann::json fromColumnValue(const PropertyField& field, const Row& row);

// The columns the database derives from a whole record (every field present), for filters and sorts:
// list_price_cents, price_per_m2, city_key, dpe_rank. Whatever writes properties stores these.
Columns derivedColumns(const nlohmann::json& record);

// The agency counter that numbers references in `year`, and the reference it yields: V-2026-00042 for
// a sale, L-2026-00042 for a rental.
std::string referenceCounter(const std::string& year);
std::string generatedReference(const std::string& transaction, const std::string& year, std::int64_t number);

// "2026-02-29" is not a date; "2028-02-29" is.
bool isCalendarDate(const std::string& text);

}  // namespace logis
