#include "properties/property_fields.hpp"

#include <chrono>
#include <cmath>
#include <regex>

#include "core/strings.hpp"

namespace logis {
namespace {

using K = FieldKind;
constexpr double kMaxCents = 1e13;  // 100 billion euros

const std::vector<std::string_view> kFeatures = {
    "balcony",   "terrace",   "garden",           "parking",    "garage", "cellar", "elevator",  "pool",
    "furnished", "fireplace", "air_conditioning", "accessible", "view",   "quiet",  "renovated", "new_build"};

std::string joined(const std::vector<std::string_view>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : ", ") + std::string(word);
  return text;
}

std::string number(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) text.pop_back();
  return text;
}

Text outOfRange(const PropertyField& field) {
  return {"field.out_of_range", {{"min", number(field.min)}, {"max", number(field.max)}}};
}

std::variant<SqlValue, Text> wholeNumber(const PropertyField& field, const nlohmann::json& value) {
  if (!value.is_number_integer() && !value.is_number_unsigned()) {
    return Text{field.kind == K::money ? "field.amount_in_cents" : "field.must_be_integer"};
  }
  const auto number = value.get<std::int64_t>();
  if (number < field.min || number > field.max) {
    if (field.kind != K::money) return outOfRange(field);
    if (number > field.max) return Text{"field.amount_too_large"};
    return Text{field.min > 0 ? "field.amount_positive" : "field.amount_not_negative"};
  }
  return SqlValue{number};
}

std::variant<SqlValue, Text> decimal(const PropertyField& field, const nlohmann::json& value) {
  if (!value.is_number()) return Text{"field.must_be_number"};
  const auto number = value.get<double>();
  if (!std::isfinite(number) || number < field.min || number > field.max) return outOfRange(field);
  return SqlValue{number};
}

std::variant<SqlValue, Text> text(const PropertyField& field, const nlohmann::json& value) {
  if (!value.is_string()) return Text{"field.must_be_string"};
  auto content = value.get<std::string>();
  if (content.size() > field.max) return Text{"field.too_long", {{"max", number(field.max)}}};
  if (content.find_first_not_of(" \t\r\n") == std::string::npos)
    return field.nullable ? SqlValue{nullptr} : SqlValue{""};
  return SqlValue{std::move(content)};
}

std::variant<SqlValue, Text> choice(const PropertyField& field, const nlohmann::json& value) {
  if (value.is_string()) {
    const auto content = value.get<std::string>();
    for (const auto& allowed : field.choices) {
      if (allowed == content) return SqlValue{content};
    }
  }
  return Text{"field.choice_invalid", {{"choices", joined(field.choices)}}};
}

std::variant<SqlValue, Text> features(const nlohmann::json& value) {
  if (!value.is_array()) return Text{"field.features_invalid", {{"choices", joined(kFeatures)}}};
  std::vector<std::string> codes;
  for (const auto& item : value) {
    if (!item.is_string()) return Text{"field.features_invalid", {{"choices", joined(kFeatures)}}};
    codes.push_back(item.get<std::string>());
  }
  const auto mask = featuresMask(codes);
  if (!mask) return Text{"field.features_invalid", {{"choices", joined(kFeatures)}}};
  return SqlValue{*mask};
}

}  // namespace

const std::vector<PropertyField>& propertyFields() {
  static const std::vector<PropertyField> fields = {
      {"reference", "reference", K::text, 0, 32},
      {"transaction", "transaction_type", K::choice, 0, 0, {"sale", "rent"}, false},
      {"type",
       "property_type",
       K::choice,
       0,
       0,
       {"apartment", "house", "land", "commercial", "office", "parking", "building", "other"},
       false},
      {"status",
       "status",
       K::choice,
       0,
       0,
       {"draft", "available", "under_offer", "under_contract", "sold", "rented", "withdrawn"},
       false},
      {"title", "title", K::text, 0, 200, {}, false},
      {"description", "description", K::text, 0, 20000},
      {"price_cents", "price_cents", K::money, 1, kMaxCents},
      {"fees_cents", "fees_cents", K::money, 0, kMaxCents},
      {"fees_paid_by", "fees_paid_by", K::choice, 0, 0, {"seller", "buyer"}},
      {"rent_cents", "rent_cents", K::money, 1, kMaxCents},
      {"charges_cents", "charges_cents", K::money, 0, kMaxCents},
      {"charges_method", "charges_method", K::choice, 0, 0, {"provision", "flat", "included"}},
      {"deposit_cents", "deposit_cents", K::money, 0, kMaxCents},
      {"rent_fees_cents", "rent_fees_cents", K::money, 0, kMaxCents},
      {"street", "street", K::text, 0, 200},
      {"postal_code", "postal_code", K::text, 0, 10},
      {"city", "city", K::text, 0, 100},
      {"country",
       "country",
       K::choice,
       0,
       0,
       {"FR", "BE", "CH", "LU", "MC", "ES", "IT", "DE", "GB", "PT"},
       false},
      {"lat", "lat", K::decimal, -90, 90},
      {"lon", "lon", K::decimal, -180, 180},
      {"show_exact_address", "show_exact_address", K::boolean, 0, 0, {}, false},
      {"living_area_m2", "living_area_m2", K::decimal, 0.01, 1e6},
      {"land_area_m2", "land_area_m2", K::decimal, 0.01, 1e9},
      {"rooms", "rooms", K::integer, 0, 1000},
      {"bedrooms", "bedrooms", K::integer, 0, 1000},
      {"bathrooms", "bathrooms", K::integer, 0, 1000},
      {"floor", "floor", K::integer, -10, 300},
      {"floors_total", "floors_total", K::integer, 0, 300},
      {"year_built", "year_built", K::integer, 1000, 2100},
      {"features", "features_mask", K::features, 0, 0, {}, false},
      {"dpe_status", "dpe_status", K::choice, 0, 0, {"done", "not_required", "blank"}},
      {"dpe_class", "dpe_class", K::energy_class},
      {"dpe_kwh", "dpe_kwh", K::integer, 0, 5000},
      {"ges_class", "ges_class", K::energy_class},
      {"ges_kg", "ges_kg", K::integer, 0, 2000},
      {"energy_cost_min_cents", "energy_cost_min_cents", K::money, 0, kMaxCents},
      {"energy_cost_max_cents", "energy_cost_max_cents", K::money, 0, kMaxCents},
      {"energy_cost_year", "energy_cost_year", K::integer, 2000, 2100},
      {"dpe_date", "dpe_date", K::date},
      {"copro", "copro", K::boolean, 0, 0, {}, false},
      {"copro_lots", "copro_lots", K::integer, 0, 100000},
      {"copro_charges_cents", "copro_charges_cents", K::money, 0, kMaxCents},
      {"copro_procedure", "copro_procedure", K::boolean, 0, 0, {}, false},
      {"mandate_type", "mandate_type", K::choice, 0, 0, {"simple", "exclusive", "semi_exclusive"}},
      {"mandate_number", "mandate_number", K::text, 0, 50},
      {"mandate_start", "mandate_start", K::date},
      {"mandate_end", "mandate_end", K::date},
      {"agent_id", "agent_id", K::integer, 1, 9e18},
  };
  return fields;
}

const PropertyField* findPropertyField(std::string_view name) {
  for (const auto& field : propertyFields()) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

const std::vector<std::string_view>& propertyFeatures() {
  return kFeatures;
}

std::optional<std::int64_t> featuresMask(const std::vector<std::string>& codes) {
  std::int64_t mask = 0;
  for (const auto& code : codes) {
    const auto found = std::find(kFeatures.begin(), kFeatures.end(), code);
    if (found == kFeatures.end()) return std::nullopt;
    mask |= std::int64_t{1} << (found - kFeatures.begin());
  }
  return mask;
}

Columns derivedColumns(const nlohmann::json& record) {
  const bool sale = record["transaction"] == "sale";
  const auto& list_price = record[sale ? "price_cents" : "rent_cents"];
  const auto& area = record["living_area_m2"];
  const auto city_key = record["city"].is_string() ? lowercase(record["city"].get<std::string>()) : "";
  const auto& dpe = record["dpe_class"];
  return {
      {"list_price_cents",
       list_price.is_null() ? SqlValue{nullptr} : SqlValue{list_price.get<std::int64_t>()}},
      {"price_per_m2", list_price.is_null() || area.is_null()
                           ? SqlValue{nullptr}
                           : SqlValue{list_price.get<double>() / 100.0 / area.get<double>()}},
      {"city_key", city_key.empty() ? SqlValue{nullptr} : SqlValue{city_key}},
      {"dpe_rank",
       dpe.is_null() ? SqlValue{nullptr} : SqlValue{std::int64_t{dpe.get<std::string>()[0] - 'A' + 1}}},
  };
}

std::string referenceCounter(const std::string& year) {
  return "reference-" + year;
}

std::string generatedReference(const std::string& transaction, const std::string& year, std::int64_t number) {
  auto digits = std::to_string(number);
  if (digits.size() < 5) digits.insert(0, 5 - digits.size(), '0');
  return (transaction == "sale" ? "V-" : "L-") + year + "-" + digits;
}

bool isCalendarDate(const std::string& text) {
  static const std::regex shape(R"(^\d{4}-\d{2}-\d{2}$)");
  if (!std::regex_match(text, shape)) return false;
  const std::chrono::year_month_day date{
      std::chrono::year{std::stoi(text.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
  return date.ok();
}

std::variant<SqlValue, Text> toColumnValue(const PropertyField& field, const nlohmann::json& value) {
  if (value.is_null()) {
    if (!field.nullable) return Text{"field.required"};
    return SqlValue{nullptr};
  }
  switch (field.kind) {
    case K::text:
      return text(field, value);
    case K::integer:
    case K::money:
      return wholeNumber(field, value);
    case K::decimal:
      return decimal(field, value);
    case K::boolean:
      if (!value.is_boolean()) return Text{"field.must_be_boolean"};
      return SqlValue{std::int64_t{value.get<bool>()}};
    case K::choice:
      return choice(field, value);
    case K::date:
      if (!value.is_string() || !isCalendarDate(value.get<std::string>())) return Text{"field.date_invalid"};
      return SqlValue{value.get<std::string>()};
    case K::energy_class: {
      const auto code = value.is_string() ? value.get<std::string>() : "";
      if (code.size() != 1 || code[0] < 'A' || code[0] > 'G') return Text{"field.energy_class_invalid"};
      return SqlValue{code};
    }
    case K::features:
      return features(value);
  }
  return Text{"field.required"};
}

nlohmann::json fromColumnValue(const PropertyField& field, const Row& row) {
  const std::string column(field.column);
  if (field.kind == K::features) {
    auto codes = nlohmann::json::array();
    const auto mask = row.integer(column);
    for (std::size_t bit = 0; bit < kFeatures.size(); ++bit) {
      if (mask & (std::int64_t{1} << bit)) codes.push_back(kFeatures[bit]);
    }
    return codes;
  }
  if (row.isNull(column)) return nullptr;
  switch (field.kind) {
    case K::integer:
    case K::money:
      return row.integer(column);
    case K::decimal:
      return row.real(column);
    case K::boolean:
      return row.boolean(column);
    default:
      return row.text(column);
  }
}

}  // namespace logis
