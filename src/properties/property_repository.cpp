#include "properties/property_repository.hpp"

#include <map>

#include "core/time_format.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT p.*, u.name AS agent_name, "
    "(SELECT MIN(ph.id) FROM property_photos ph WHERE ph.property_id = p.id AND ph.is_cover = 1) AS "
    "cover_photo_id, "
    "(SELECT COUNT(*) FROM property_photos ph WHERE ph.property_id = p.id) AS photo_count "
    "FROM properties p LEFT JOIN users u ON u.id = p.agent_id ";

// Sort keys the API accepts, and the SQL each one means; id breaks ties so pages never overlap.
const std::map<std::string, std::string>& sortOrders() {
  static const std::map<std::string, std::string> orders = {
      {"price", "p.list_price_cents ASC, p.id ASC"},    {"-price", "p.list_price_cents DESC, p.id DESC"},
      {"area", "p.living_area_m2 ASC, p.id ASC"},       {"-area", "p.living_area_m2 DESC, p.id DESC"},
      {"price_per_m2", "p.price_per_m2 ASC, p.id ASC"}, {"-price_per_m2", "p.price_per_m2 DESC, p.id DESC"},
      {"created_at", "p.created_at ASC, p.id ASC"},     {"-created_at", "p.created_at DESC, p.id DESC"},
  };
  return orders;
}

nlohmann::json toJson(const Row& row) {
  nlohmann::json property = {{"id", row.integer("id")}};
  for (const auto& field : propertyFields()) property[std::string(field.name)] = fromColumnValue(field, row);
  property["agent_name"] = row.optionalText("agent_name").value_or("");
  if (row.isNull("agent_name")) property["agent_name"] = nullptr;
  property["cover_photo_id"] =
      row.isNull("cover_photo_id") ? nlohmann::json() : nlohmann::json(row.integer("cover_photo_id"));
  property["photo_count"] = row.integer("photo_count");
  property["created_by"] =
      row.isNull("created_by") ? nlohmann::json() : nlohmann::json(row.integer("created_by"));
  property["updated_by"] =
      row.isNull("updated_by") ? nlohmann::json() : nlohmann::json(row.integer("updated_by"));
  property["created_at"] = isoUtc(row.integer("created_at"));
  property["updated_at"] = isoUtc(row.integer("updated_at"));
  return property;
}

// Conditions joined by AND, with their parameters in order.
struct Conditions {
  std::string sql;
  std::vector<SqlValue> params;

  void add(const std::string& condition, std::vector<SqlValue> values = {}) {
    sql += (sql.empty() ? "WHERE " : " AND ") + condition;
    params.insert(params.end(), std::make_move_iterator(values.begin()),
                  std::make_move_iterator(values.end()));
  }

  void addAnyOf(const std::string& column, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string placeholders;
    std::vector<SqlValue> bound;
    for (const auto& value : values) {
      placeholders += placeholders.empty() ? "?" : ", ?";
      bound.emplace_back(value);
    }
    add(column + " IN (" + placeholders + ")", std::move(bound));
  }
};

std::string fullTextQuery(Dialect dialect, const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) {
    query +=
        dialect == Dialect::sqlite ? (query.empty() ? "" : " ") + ("\"" + word + "\"*") : " +" + word + "*";
  }
  return query;
}

Conditions conditionsFor(Dialect dialect, std::int64_t agency_id, const PropertySearch& search) {
  Conditions where;
  where.add("p.agency_id = ?", {agency_id});
  where.add("p.archived_at IS NULL");
  if (search.transaction) where.add("p.transaction_type = ?", {*search.transaction});
  where.addAnyOf("p.property_type", search.types);
  where.addAnyOf("p.status", search.statuses);
  if (search.price_min) where.add("p.list_price_cents >= ?", {*search.price_min});
  if (search.price_max) where.add("p.list_price_cents <= ?", {*search.price_max});
  if (search.area_min) where.add("p.living_area_m2 >= ?", {*search.area_min});
  if (search.area_max) where.add("p.living_area_m2 <= ?", {*search.area_max});
  if (search.rooms_min) where.add("p.rooms >= ?", {*search.rooms_min});
  if (search.bedrooms_min) where.add("p.bedrooms >= ?", {*search.bedrooms_min});
  if (search.city) where.add("p.city_key = ?", {*search.city});
  if (search.postal_code) where.add("p.postal_code LIKE ?", {*search.postal_code + "%"});
  if (search.agent_id) where.add("p.agent_id = ?", {*search.agent_id});
  if (search.dpe_max_rank) where.add("p.dpe_rank <= ?", {std::int64_t{*search.dpe_max_rank}});
  if (search.features_mask != 0)
    where.add("(p.features_mask & ?) = ?", {search.features_mask, search.features_mask});
  if (!search.words.empty()) {
    if (dialect == Dialect::sqlite) {
      where.add("p.id IN (SELECT rowid FROM property_text WHERE property_text MATCH ?)",
                {fullTextQuery(dialect, search.words)});
    } else {
      where.add("MATCH (p.reference, p.title, p.description, p.city) AGAINST (? IN BOOLEAN MODE)",
                {fullTextQuery(dialect, search.words)});
    }
  }
  return where;
}

}  // namespace

std::optional<nlohmann::json> PropertyRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(
      std::string(kSelect) + "WHERE p.agency_id = ? AND p.id = ? AND p.archived_at IS NULL", {agency_id, id});
  if (!row) return std::nullopt;
  return toJson(*row);
}

PropertyPage PropertyRepository::search(std::int64_t agency_id, const PropertySearch& search,
                                        std::int64_t offset, std::int64_t limit) const {
  auto where = conditionsFor(db_.dialect(), agency_id, search);
  PropertyPage page;
  page.total =
      db_.query("SELECT COUNT(*) AS n FROM properties p " + where.sql, where.params).at(0).integer("n");
  auto params = where.params;
  params.emplace_back(limit);
  params.emplace_back(offset);
  for (const auto& row : db_.query(std::string(kSelect) + where.sql + " ORDER BY " +
                                       sortOrders().at(search.sort) + " LIMIT ? OFFSET ?",
                                   params)) {
    page.items.push_back(toJson(row));
  }
  return page;
}

PropertyPage PropertyRepository::points(std::int64_t agency_id, const PropertySearch& search,
                                        std::int64_t limit) const {
  auto where = conditionsFor(db_.dialect(), agency_id, search);
  where.add("p.lat IS NOT NULL");
  PropertyPage page;
  page.total =
      db_.query("SELECT COUNT(*) AS n FROM properties p " + where.sql, where.params).at(0).integer("n");
  auto params = where.params;
  params.emplace_back(limit);
  for (const auto& row : db_.query("SELECT p.id, p.reference, p.title, p.lat, p.lon, p.list_price_cents, "
                                   "p.transaction_type, p.property_type, p.status FROM properties p " +
                                       where.sql + " ORDER BY " + sortOrders().at(search.sort) + " LIMIT ?",
                                   params)) {
    page.items.push_back({{"id", row.integer("id")},
                          {"reference", row.text("reference")},
                          {"title", row.text("title")},
                          {"lat", row.real("lat")},
                          {"lon", row.real("lon")},
                          {"price_cents", row.optionalInteger("list_price_cents")
                                              ? nlohmann::json(row.integer("list_price_cents"))
                                              : nlohmann::json()},
                          {"transaction", row.text("transaction_type")},
                          {"type", row.text("property_type")},
                          {"status", row.text("status")}});
  }
  return page;
}

std::int64_t PropertyRepository::insert(std::int64_t agency_id, const Columns& columns) const {
  std::string names = "agency_id";
  std::string marks = "?";
  std::vector<SqlValue> values{agency_id};
  for (const auto& [column, value] : columns) {
    names += ", " + column;
    marks += ", ?";
    values.push_back(value);
  }
  return db_.insert("INSERT INTO properties (" + names + ") VALUES (" + marks + ")", values);
}

void PropertyRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  std::string assignments;
  std::vector<SqlValue> values;
  for (const auto& [column, value] : columns) {
    assignments += (assignments.empty() ? "" : ", ") + column + " = ?";
    values.push_back(value);
  }
  values.emplace_back(agency_id);
  values.emplace_back(id);
  db_.execute("UPDATE properties SET " + assignments + " WHERE agency_id = ? AND id = ?", values);
}

void PropertyRepository::archive(std::int64_t agency_id, std::int64_t id, std::optional<std::int64_t> user_id,
                                 EpochMs now) const {
  db_.execute(
      "UPDATE properties SET archived_at = ?, updated_at = ?, updated_by = ? WHERE agency_id = ? AND id = ?",
      {now, now, user_id ? SqlValue{*user_id} : SqlValue{nullptr}, agency_id, id});
}

bool PropertyRepository::referenceTaken(std::int64_t agency_id, const std::string& reference,
                                        std::int64_t except_id) const {
  return db_
      .queryOne("SELECT id FROM properties WHERE agency_id = ? AND reference = ? AND id <> ?",
                {agency_id, reference, except_id})
      .has_value();
}

std::int64_t PropertyRepository::nextCounter(std::int64_t agency_id, const std::string& name) const {
  std::int64_t value = 0;
  db_.transaction([&] {
    const auto row =
        db_.queryOne("SELECT value FROM agency_counters WHERE agency_id = ? AND name = ?", {agency_id, name});
    value = row ? row->integer("value") + 1 : 1;
    if (row) {
      db_.execute("UPDATE agency_counters SET value = ? WHERE agency_id = ? AND name = ?",
                  {value, agency_id, name});
    } else {
      db_.execute("INSERT INTO agency_counters (agency_id, name, value) VALUES (?, ?, ?)",
                  {agency_id, name, value});
    }
  });
  return value;
}

bool PropertyRepository::isAgencyUser(std::int64_t agency_id, std::int64_t user_id) const {
  return db_.queryOne("SELECT id FROM users WHERE agency_id = ? AND id = ?", {agency_id, user_id})
      .has_value();
}

void PropertyRepository::reindex(std::int64_t id, const nlohmann::json& property) const {
  const auto text = [&](const char* name) {
    return property[name].is_string() ? SqlValue{property[name].get<std::string>()} : SqlValue{""};
  };
  const bool located = property["lat"].is_number() && property["lon"].is_number();
  db_.execute("DELETE FROM property_geo WHERE id = ?", {id});
  if (db_.dialect() == Dialect::sqlite) {
    if (located) {
      const double lat = property["lat"];
      const double lon = property["lon"];
      db_.execute("INSERT INTO property_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)",
                  {id, lat, lat, lon, lon});
    }
    db_.execute("DELETE FROM property_text WHERE rowid = ?", {id});
    db_.execute(
        "INSERT INTO property_text (rowid, reference, title, description, city) VALUES (?, ?, ?, ?, ?)",
        {id, text("reference"), text("title"), text("description"), text("city")});
  } else if (located) {
    db_.execute("INSERT INTO property_geo (id, location) VALUES (?, POINT(?, ?))",
                {id, property["lon"].get<double>(), property["lat"].get<double>()});
  }
}

void PropertyRepository::addHistory(std::int64_t agency_id, std::int64_t property_id,
                                    std::optional<std::int64_t> user_id, EpochMs at,
                                    const std::vector<HistoryEntry>& changes) const {
  const SqlValue user = user_id ? SqlValue{*user_id} : SqlValue{nullptr};
  const auto stored = [](const nlohmann::json& value) {
    return value.is_null() ? SqlValue{nullptr} : SqlValue{value.dump()};
  };
  for (const auto& change : changes) {
    db_.execute(
        "INSERT INTO property_history (agency_id, property_id, user_id, at, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        {agency_id, property_id, user, at, change.field, stored(change.old_value), stored(change.new_value)});
  }
}

PropertyPage PropertyRepository::history(std::int64_t agency_id, std::int64_t property_id,
                                         std::int64_t offset, std::int64_t limit) const {
  PropertyPage page;
  page.total = db_.query("SELECT COUNT(*) AS n FROM property_history WHERE agency_id = ? AND property_id = ?",
                         {agency_id, property_id})
                   .at(0)
                   .integer("n");
  const auto parsed = [](const std::optional<std::string>& text) {
    return text ? nlohmann::json::parse(*text) : nlohmann::json();
  };
  for (const auto& row :
       db_.query("SELECT h.id, h.at, h.user_id, u.name AS user_name, h.field, h.old_value, h.new_value "
                 "FROM property_history h LEFT JOIN users u ON u.id = h.user_id "
                 "WHERE h.agency_id = ? AND h.property_id = ? ORDER BY h.id DESC LIMIT ? OFFSET ?",
                 {agency_id, property_id, limit, offset})) {
    page.items.push_back(
        {{"id", row.integer("id")},
         {"at", isoUtc(row.integer("at"))},
         {"user_id", row.isNull("user_id") ? nlohmann::json() : nlohmann::json(row.integer("user_id"))},
         {"user_name", row.isNull("user_name") ? nlohmann::json() : nlohmann::json(row.text("user_name"))},
         {"field", row.text("field")},
         {"old_value", parsed(row.optionalText("old_value"))},
         {"new_value", parsed(row.optionalText("new_value"))}});
  }
  return page;
}

bool isKnownPropertySort(const std::string& sort) {
  return sortOrders().contains(sort);
}

}  // namespace logis
