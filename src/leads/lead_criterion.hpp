#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/text.hpp"
#include "db/sql_value.hpp"
#include "properties/property_fields.hpp"

namespace logis {

// One search of a buyer or a tenant (a row of lead_criteria), as the API writes it:
// {transaction, property_types[], budget_min_cents, budget_max_cents, living_area_min_m2, rooms_min,
//  bedrooms_min, cities[], postal_codes[], near {lat, lon, radius_km}, polygon [[lat, lon], ...],
//  features[], dpe_max}. Every field is optional; property types and features use the codes of properties.

// The columns of a criterion; each problem is named `<prefix>.<field>` (prefix "criteria[0]").
Columns criterionColumns(const nlohmann::json& input, const std::string& prefix,
                         std::map<std::string, Text>& problems);
nlohmann::json criterionJson(const Row& row);

}  // namespace logis
