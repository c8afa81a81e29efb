#include "leads/lead_criterion.hpp"

#include <cmath>
#include <regex>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "geo/geo.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxListItems = 50;
constexpr std::int64_t kMaxCents = 10'000'000'000'000;

// The criterion's fields and what they must be, for `criteria[i].<name>` problems.
class CriterionReader {
 public:
  CriterionReader(const nlohmann::json& input, std::string prefix, std::map<std::string, Text>& problems)
      : input_(input), prefix_(std::move(prefix)), problems_(problems) {}

  const nlohmann::json* given(const char* name) const {
    const auto found = input_.find(name);
    return found == input_.end() || found->is_null() ? nullptr : &*found;
  }

  void reject(const std::string& name, Text problem) {
    problems_.emplace(prefix_ + "." + name, std::move(problem));
  }

  // A property field's rule (transaction, type, features) applied to this criterion's value.
  SqlValue asPropertyField(const char* name, const char* field) {
    const auto* value = given(name);
    if (value == nullptr) return nullptr;
    auto column = toColumnValue(*findPropertyField(field), *value);
    if (const auto* problem = std::get_if<Text>(&column)) {
      reject(name, *problem);
      return nullptr;
    }
    return std::get<SqlValue>(column);
  }

  SqlValue integer(const char* name, std::int64_t max, bool money = false) {
    const auto* value = given(name);
    if (value == nullptr) return nullptr;
    if (!value->is_number_integer()) {
      reject(name, {money ? "field.amount_in_cents" : "field.must_be_integer"});
      return nullptr;
    }
    const auto number = value->get<std::int64_t>();
    if (number < 0 || number > max) {
      reject(name, money ? Text{number < 0 ? "field.amount_not_negative" : "field.amount_too_large"}
                         : Text{"field.out_of_range", {{"min", "0"}, {"max", std::to_string(max)}}});
      return nullptr;
    }
    return number;
  }

  std::optional<double> decimal(const nlohmann::json& value, const std::string& name, double min,
                                double max) {
    if (!value.is_number() || !std::isfinite(value.get<double>())) {
      reject(name, {"field.must_be_number"});
      return std::nullopt;
    }
    const auto number = value.get<double>();
    if (number < min || number > max) {
      reject(name, {"field.out_of_range", {{"min", trimmed(min)}, {"max", trimmed(max)}}});
      return std::nullopt;
    }
    return number;
  }

  // A list of texts stored comma-separated: each must match `pattern`.
  SqlValue textList(const char* name, const std::regex& pattern, const char* problem) {
    const auto* value = given(name);
    if (value == nullptr) return nullptr;
    if (!value->is_array() || value->size() > kMaxListItems) {
      reject(name, {"lead.list_expected", {{"max", std::to_string(kMaxListItems)}}});
      return nullptr;
    }
    std::string joined;
    for (const auto& item : *value) {
      if (!item.is_string() || !std::regex_match(item.get<std::string>(), pattern)) {
        reject(name, {problem});
        return nullptr;
      }
      joined += (joined.empty() ? "" : ",") + item.get<std::string>();
    }
    return joined.empty() ? SqlValue{nullptr} : SqlValue{joined};
  }

  static std::string trimmed(double value) {
    auto text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.ends_with('.')) text.pop_back();
    return text;
  }

 private:
  const nlohmann::json& input_;
  std::string prefix_;
  std::map<std::string, Text>& problems_;
};

// property_types is a list of property type codes, checked one by one against the property's rule.
SqlValue propertyTypes(CriterionReader& reader) {
  const auto* value = reader.given("property_types");
  if (value == nullptr) return nullptr;
  if (!value->is_array() || value->size() > kMaxListItems) {
    reader.reject("property_types", {"lead.list_expected", {{"max", std::to_string(kMaxListItems)}}});
    return nullptr;
  }
  std::string joined;
  for (const auto& item : *value) {
    auto column = toColumnValue(*findPropertyField("type"), item);
    if (const auto* problem = std::get_if<Text>(&column)) {
      reader.reject("property_types", *problem);
      return nullptr;
    }
    joined += (joined.empty() ? "" : ",") + item.get<std::string>();
  }
  return joined.empty() ? SqlValue{nullptr} : SqlValue{joined};
}

void near(CriterionReader& reader, Columns& columns) {
  const auto* value = reader.given("near");
  if (value == nullptr) {
    columns.insert(columns.end(), {{"near_lat", nullptr}, {"near_lon", nullptr}, {"radius_km", nullptr}});
    return;
  }
  if (!value->is_object() || !value->contains("lat") || !value->contains("lon") ||
      !value->contains("radius_km")) {
    reader.reject("near", {"lead.near_format"});
    return;
  }
  const auto lat = reader.decimal(value->at("lat"), "near.lat", -90, 90);
  const auto lon = reader.decimal(value->at("lon"), "near.lon", -180, 180);
  const auto radius = reader.decimal(value->at("radius_km"), "near.radius_km", 0.1, 500);
  if (lat && lon && radius) {
    columns.insert(columns.end(), {{"near_lat", *lat}, {"near_lon", *lon}, {"radius_km", *radius}});
  }
}

// [[lat, lon], ...] is stored as "lat,lon;lat,lon": the text that geo::parsePolygon checks.
void polygon(CriterionReader& reader, Columns& columns) {
  const auto* value = reader.given("polygon");
  if (value == nullptr || (value->is_array() && value->empty())) {
    columns.emplace_back("polygon", nullptr);
    return;
  }
  std::string text;
  const bool pairs =
      value->is_array() && std::all_of(value->begin(), value->end(), [](const auto& point) {
        return point.is_array() && point.size() == 2 && point[0].is_number() && point[1].is_number();
      });
  if (!pairs || value->size() > 201) {
    reader.reject("polygon", {"lead.polygon_format"});
    return;
  }
  for (const auto& point : *value) {
    text += (text.empty() ? "" : ";") + point[0].dump() + "," + point[1].dump();
  }
  try {
    geo::parsePolygon(text);
  } catch (const ApiError& error) {
    reader.reject("polygon", error.message);
    return;
  }
  columns.emplace_back("polygon", text);
}

SqlValue dpeMaxRank(CriterionReader& reader) {
  const auto* value = reader.given("dpe_max");
  if (value == nullptr) return nullptr;
  const auto letter = value->is_string() ? value->get<std::string>() : std::string();
  if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'G') {
    reader.reject("dpe_max", {"field.energy_class_invalid"});
    return nullptr;
  }
  return std::int64_t{letter[0] - 'A' + 1};
}

nlohmann::json listOf(const std::optional<std::string>& joined) {
  auto items = nlohmann::json::array();
  if (joined) {
    for (auto& item : splitNonEmpty(*joined, ',')) items.push_back(std::move(item));
  }
  return items;
}

nlohmann::json optionalNumber(const Row& row, const std::string& column, bool real = false) {
  if (row.isNull(column)) return nullptr;
  return real ? nlohmann::json(row.real(column)) : nlohmann::json(row.integer(column));
}

}  // namespace

Columns criterionColumns(const nlohmann::json& input, const std::string& prefix,
                         std::map<std::string, Text>& problems) {
  if (!input.is_object()) {
    problems.emplace(prefix, Text{"lead.criterion_object_expected"});
    return {};
  }
  CriterionReader reader(input, prefix, problems);
  static const std::regex city(R"([^,]{1,100})");
  static const std::regex postal_code(R"([0-9][0-9AB][0-9]{0,3})");
  Columns columns = {
      {"transaction_type", reader.asPropertyField("transaction", "transaction")},
      {"property_types", propertyTypes(reader)},
      {"budget_min_cents", reader.integer("budget_min_cents", kMaxCents, true)},
      {"budget_max_cents", reader.integer("budget_max_cents", kMaxCents, true)},
      {"rooms_min", reader.integer("rooms_min", 100)},
      {"bedrooms_min", reader.integer("bedrooms_min", 100)},
      {"cities", reader.textList("cities", city, "lead.cities_invalid")},
      {"postal_codes", reader.textList("postal_codes", postal_code, "lead.postal_codes_invalid")},
      {"dpe_max_rank", dpeMaxRank(reader)},
  };
  const auto* area = reader.given("living_area_min_m2");
  const auto area_value = area ? reader.decimal(*area, "living_area_min_m2", 0, 100000) : std::nullopt;
  columns.emplace_back("living_area_min_m2", area_value ? SqlValue{*area_value} : SqlValue{nullptr});
  const auto features = reader.asPropertyField("features", "features");
  columns.emplace_back("features_mask", std::holds_alternative<std::nullptr_t>(features)
                                            ? SqlValue{std::int64_t{0}}
                                            : features);
  near(reader, columns);
  polygon(reader, columns);
  const auto* min = reader.given("budget_min_cents");
  const auto* max = reader.given("budget_max_cents");
  if (min && max && min->is_number_integer() && max->is_number_integer() &&
      min->get<std::int64_t>() > max->get<std::int64_t>()) {
    reader.reject("budget_max_cents", {"lead.budget_range"});
  }
  return columns;
}

nlohmann::json criterionJson(const Row& row) {
  nlohmann::json features = nlohmann::json::array();
  const auto mask = row.integer("features_mask");
  const auto& codes = propertyFeatures();
  for (std::size_t bit = 0; bit < codes.size(); ++bit) {
    if ((mask >> bit) & 1) features.push_back(std::string(codes[bit]));
  }
  nlohmann::json polygon = nlohmann::json::array();
  if (const auto text = row.optionalText("polygon")) {
    for (const auto& point : splitNonEmpty(*text, ';')) {
      const auto comma = point.find(',');
      polygon.push_back({std::stod(point.substr(0, comma)), std::stod(point.substr(comma + 1))});
    }
  }
  nlohmann::json near = nullptr;
  if (!row.isNull("near_lat")) {
    near = {
        {"lat", row.real("near_lat")}, {"lon", row.real("near_lon")}, {"radius_km", row.real("radius_km")}};
  }
  const auto dpe = row.optionalInteger("dpe_max_rank");
  return {{"id", row.integer("id")},
          {"transaction",
           row.isNull("transaction_type") ? nlohmann::json() : nlohmann::json(row.text("transaction_type"))},
          {"property_types", listOf(row.optionalText("property_types"))},
          {"budget_min_cents", optionalNumber(row, "budget_min_cents")},
          {"budget_max_cents", optionalNumber(row, "budget_max_cents")},
          {"living_area_min_m2", optionalNumber(row, "living_area_min_m2", true)},
          {"rooms_min", optionalNumber(row, "rooms_min")},
          {"bedrooms_min", optionalNumber(row, "bedrooms_min")},
          {"cities", listOf(row.optionalText("cities"))},
          {"postal_codes", listOf(row.optionalText("postal_codes"))},
          {"near", near},
          {"polygon", polygon},
          {"features", features},
          {"dpe_max",
           dpe ? nlohmann::json(std::string(1, static_cast<char>('A' + *dpe - 1))) : nlohmann::json()}};
}

}  // namespace logis
