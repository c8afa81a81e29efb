#include "properties/property_service.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;

nlohmann::json newPropertyDefaults() {
  nlohmann::json defaults = nlohmann::json::object();
  for (const auto& field : propertyFields()) defaults[std::string(field.name)] = nullptr;
  defaults["status"] = "draft";
  defaults["country"] = "FR";
  defaults["show_exact_address"] = false;
  defaults["copro"] = false;
  defaults["copro_procedure"] = false;
  defaults["features"] = nlohmann::json::array();
  return defaults;
}

// The value as the record keeps it: blank text is absent, text is trimmed of nothing else.
nlohmann::json canonical(const PropertyField& field, const nlohmann::json& given, const SqlValue& stored) {
  if (std::holds_alternative<std::nullptr_t>(stored)) return nullptr;
  if (field.kind == FieldKind::text) return std::get<std::string>(stored);
  return given;
}

std::optional<std::int64_t> agentOf(const nlohmann::json& property) {
  if (property["agent_id"].is_null()) return std::nullopt;
  return property["agent_id"].get<std::int64_t>();
}

bool present(const nlohmann::json& record, const char* name) {
  return !record[name].is_null();
}

// Honoraires given as a percentage of the price excluding fees: fees = price × p / (100 + p).
void applyFeesPercent(const nlohmann::json& input, nlohmann::json& record, Problems& problems) {
  const auto found = input.find("fees_percent");
  if (found == input.end() || found->is_null()) return;
  if (!found->is_number() || found->get<double>() < 0 || found->get<double>() > 100) {
    problems["fees_percent"] = {"field.out_of_range", {{"min", "0"}, {"max", "100"}}};
  } else if (!present(record, "price_cents")) {
    problems["fees_percent"] = {"property.fees_percent_needs_price"};
  } else {
    const double percent = found->get<double>();
    record["fees_cents"] = std::llround(record["price_cents"].get<double>() * percent / (100 + percent));
  }
}

void checkConsistency(const nlohmann::json& record, Problems& problems) {
  if (present(record, "fees_cents") && present(record, "price_cents") &&
      record["fees_cents"].get<std::int64_t>() >= record["price_cents"].get<std::int64_t>()) {
    problems.try_emplace("fees_cents", Text{"property.fees_exceed_price"});
  }
  if (present(record, "mandate_start") && present(record, "mandate_end") &&
      record["mandate_end"].get<std::string>() <= record["mandate_start"].get<std::string>()) {
    problems.try_emplace("mandate_end", Text{"property.mandate_end_before_start"});
  }
  if (present(record, "energy_cost_min_cents") && present(record, "energy_cost_max_cents") &&
      record["energy_cost_min_cents"].get<std::int64_t>() >
          record["energy_cost_max_cents"].get<std::int64_t>()) {
    problems.try_emplace("energy_cost_max_cents", Text{"property.energy_cost_range"});
  }
  if (present(record, "lat") != present(record, "lon")) {
    problems.try_emplace(present(record, "lat") ? "lon" : "lat", Text{"property.coordinates_pair"});
  }
  if (record["dpe_status"] != "done") {
    for (const auto* label : {"dpe_class", "ges_class"}) {
      if (present(record, label)) problems.try_emplace(label, Text{"property.class_without_diagnosis"});
    }
  }
  if (present(record, "rooms") && present(record, "bedrooms") &&
      record["bedrooms"].get<std::int64_t>() > record["rooms"].get<std::int64_t>()) {
    problems.try_emplace("bedrooms", Text{"property.bedrooms_exceed_rooms"});
  }
}

std::string currentYear(EpochMs now) {
  const std::time_t seconds = now / 1000;
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  return std::to_string(parts.tm_year + 1900);
}

nlohmann::json presented(nlohmann::json property) {
  const auto& price = property["price_cents"];
  const auto& fees = property["fees_cents"];
  property["price_excluding_fees_cents"] = nullptr;
  property["fees_percent"] = nullptr;
  if (property["transaction"] == "sale" && price.is_number() && fees.is_number()) {
    const auto net = price.get<std::int64_t>() - fees.get<std::int64_t>();
    property["price_excluding_fees_cents"] = net;
    if (net > 0) property["fees_percent"] = std::round(fees.get<double>() * 10000.0 / net) / 100.0;
  }
  const auto path = "/api/v1/properties/" + std::to_string(property["id"].get<std::int64_t>()) + "/photos/";
  const auto cover = property["cover_photo_id"];
  property["cover_photo"] = cover.is_null() ? nlohmann::json()
                                            : nlohmann::json{{"id", cover},
                                                             {"thumb_url", path + cover.dump() + "/thumb"},
                                                             {"medium_url", path + cover.dump() + "/medium"}};
  const auto missing = missingForPublication(property);
  property["publish_check"] = {{"ready", missing.empty()}, {"missing", missing}};
  property.erase("cover_photo_id");
  return property;
}

}  // namespace

std::vector<std::string> missingForPublication(const nlohmann::json& property) {
  std::vector<std::string> missing;
  const bool sale = property["transaction"] == "sale";
  const auto absent = [&](const char* name) { return property[name].is_null(); };
  if (absent(sale ? "price_cents" : "rent_cents")) missing.emplace_back("price");
  if (sale && absent("fees_cents")) missing.emplace_back("fees");
  if (sale && absent("fees_paid_by")) missing.emplace_back("fees_paid_by");
  if (property["type"] != "land" && property["type"] != "parking" && absent("living_area_m2")) {
    missing.emplace_back("living_area");
  }
  if (absent("city")) missing.emplace_back("city");
  const bool dpe_done = property["dpe_status"] == "done";
  if (absent("dpe_status") || (dpe_done && absent("dpe_class"))) missing.emplace_back("dpe");
  if (dpe_done && absent("ges_class")) missing.emplace_back("ges");
  if (dpe_done &&
      (absent("energy_cost_min_cents") || absent("energy_cost_max_cents") || absent("energy_cost_year"))) {
    missing.emplace_back("energy_cost");
  }
  if (property["photo_count"] == 0) missing.emplace_back("photos");
  return missing;
}

PropertyService::PropertyService(const Database& database, const Clock& clock)
    : db_(database), clock_(clock), properties_(database) {}

PropertyPage PropertyService::search(const Principal& caller, const PropertySearch& search,
                                     std::int64_t offset, std::int64_t limit) const {
  auto page = properties_.search(caller.agency_id, search, offset, limit);
  for (auto& item : page.items) item = presented(std::move(item));
  return page;
}

PropertyPage PropertyService::points(const Principal& caller, const PropertySearch& search,
                                     std::int64_t limit) const {
  return properties_.points(caller.agency_id, search, limit);
}

nlohmann::json PropertyService::stored(const Principal& caller, std::int64_t id) const {
  auto property = properties_.find(caller.agency_id, id);
  if (!property) throw ApiError::notFound();
  return *property;
}

nlohmann::json PropertyService::get(const Principal& caller, std::int64_t id) const {
  return presented(stored(caller, id));
}

nlohmann::json PropertyService::create(const Principal& caller, const nlohmann::json& input) const {
  auto defaults = newPropertyDefaults();
  if (caller.role == Role::agent && caller.user_id) defaults["agent_id"] = *caller.user_id;
  return save(caller, std::nullopt, defaults, input);
}

nlohmann::json PropertyService::update(const Principal& caller, std::int64_t id,
                                       const nlohmann::json& input) const {
  const auto before = stored(caller, id);
  if (!Policy::allowsOn(caller, Action::edit_properties, agentOf(before))) throw ApiError::forbidden();
  return save(caller, id, before, input);
}

nlohmann::json PropertyService::save(const Principal& caller, std::optional<std::int64_t> id,
                                     const nlohmann::json& before, const nlohmann::json& input) const {
  Problems problems;
  nlohmann::json record = before;
  Columns columns;
  for (const auto& field : propertyFields()) {
    const std::string name(field.name);
    const auto given = input.find(name);
    if (given == input.end()) continue;
    auto value = toColumnValue(field, *given);
    if (const auto* problem = std::get_if<Text>(&value)) {
      problems[name] = *problem;
    } else {
      record[name] = canonical(field, *given, std::get<SqlValue>(value));
    }
  }
  applyFeesPercent(input, record, problems);
  for (const auto* required : {"transaction", "type", "title"}) {
    if (record[required].is_null() || record[required] == "")
      problems.try_emplace(required, Text{"field.required"});
  }
  if (problems.empty()) checkConsistency(record, problems);
  if (record["agent_id"].is_number() && !properties_.isAgencyUser(caller.agency_id, record["agent_id"])) {
    problems.try_emplace("agent_id", Text{"property.agent_unknown"});
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);

  const auto now = clock_.now();
  std::int64_t property_id = id.value_or(0);
  db_.transaction([&] {
    if (record["reference"].is_null()) {
      const auto year = currentYear(now);
      record["reference"] = generatedReference(
          record["transaction"], year, properties_.nextCounter(caller.agency_id, referenceCounter(year)));
    }
    if (properties_.referenceTaken(caller.agency_id, record["reference"], property_id)) {
      throw ApiError(409, "reference_taken", {"property.reference_taken"},
                     {{"reference", {"property.reference_taken"}}});
    }
    std::vector<HistoryEntry> changes;
    for (const auto& field : propertyFields()) {
      const std::string name(field.name);
      if (id && record[name] == before[name]) continue;
      columns.emplace_back(std::string(field.column), std::get<SqlValue>(toColumnValue(field, record[name])));
      if (id) changes.push_back({name, before[name], record[name]});
    }
    for (auto& derived : derivedColumns(record)) columns.push_back(std::move(derived));
    columns.emplace_back("updated_at", now);
    columns.emplace_back("updated_by", caller.user_id ? SqlValue{*caller.user_id} : SqlValue{nullptr});
    if (id) {
      properties_.update(caller.agency_id, property_id, columns);
    } else {
      columns.emplace_back("created_at", now);
      columns.emplace_back("created_by", caller.user_id ? SqlValue{*caller.user_id} : SqlValue{nullptr});
      property_id = properties_.insert(caller.agency_id, columns);
      changes.push_back({"created", nullptr, record["reference"]});
    }
    properties_.reindex(caller.agency_id, property_id, record);
    properties_.addHistory(caller.agency_id, property_id, caller.user_id, now, changes);
    if (on_save_) on_save_(caller.agency_id, property_id, before, record);
  });
  return get(caller, property_id);
}

void PropertyService::archive(const Principal& caller, std::int64_t id) const {
  const auto before = stored(caller, id);
  if (!Policy::allowsOn(caller, Action::archive_properties, agentOf(before))) throw ApiError::forbidden();
  db_.transaction([&] {
    properties_.archive(caller.agency_id, id, caller.user_id, clock_.now());
    properties_.addHistory(caller.agency_id, id, caller.user_id, clock_.now(), {{"archived", nullptr, true}});
  });
}

PropertyPage PropertyService::history(const Principal& caller, std::int64_t id, std::int64_t offset,
                                      std::int64_t limit) const {
  stored(caller, id);
  return properties_.history(caller.agency_id, id, offset, limit);
}

}  // namespace logis
