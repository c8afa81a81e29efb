#include "properties/property_repository.hpp"

#include <array>
#include <cmath>
#include <map>
#include <set>

#include "core/strings.hpp"
#include "core/time_format.hpp"
#include "core/words.hpp"
#include "db/sql.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr std::string_view kColumns =
    "SELECT p.*, u.name AS agent_name, "
    "(SELECT MIN(ph.id) FROM property_photos ph WHERE ph.property_id = p.id AND ph.is_cover = 1) AS "
    "cover_photo_id, "
    "(SELECT COUNT(*) FROM property_photos ph WHERE ph.property_id = p.id) AS photo_count";
constexpr std::string_view kFrom = " FROM properties p LEFT JOIN users u ON u.id = p.agent_id ";

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
  if (row.has("distance_m")) property["distance_km"] = std::round(row.real("distance_m") / 10.0) / 100.0;
  return property;
}

// A search as SQL: extra columns, joins and conditions, each with its parameters in order.
struct Conditions : Where {
  std::string hint;  // put before the statement: MariaDB's "SET STATEMENT ... FOR ", or ""
  // What a count reads its matches from: the listings, or a word search's first word joined to them.
  std::string counted = "SELECT 1 FROM properties p ";
  std::vector<SqlValue> counted_params;
  std::string columns;
  std::vector<SqlValue> column_params;
  std::string joins;
  std::vector<SqlValue> join_params;

  void join(const std::string& clause, std::vector<SqlValue> values) {
    joins += clause + " ";
    join_params.insert(join_params.end(), values.begin(), values.end());
  }

  void column(const std::string& expression, std::vector<SqlValue> values) {
    columns += ", " + expression;
    column_params.insert(column_params.end(), values.begin(), values.end());
  }

  // Parameters in the order the statement names them: columns, joins, conditions.
  std::vector<SqlValue> all(bool with_columns) const {
    std::vector<SqlValue> values = with_columns ? column_params : std::vector<SqlValue>{};
    values.insert(values.end(), join_params.begin(), join_params.end());
    values.insert(values.end(), params.begin(), params.end());
    return values;
  }
};

// The fields whose words a word search looks for.
constexpr std::array<const char*, 4> kWordFields = {"reference", "title", "description", "city"};

// A property's words as property_words holds them, each once.
std::set<std::string> wordsOf(const nlohmann::json& property) {
  std::set<std::string> words;
  for (const char* name : kWordFields) {
    if (!property[name].is_string()) continue;
    for (auto& word : PropertyRepository::indexedWords(property[name].get<std::string>()))
      words.insert(std::move(word));
  }
  return words;
}

constexpr std::string_view kInsertWords = "INSERT INTO property_words (property_id, word, agency_id) VALUES";

// Appends the rows of property_words for one property.
void addWordRows(std::vector<std::vector<SqlValue>>& rows, std::int64_t id, std::int64_t agency_id,
                 const nlohmann::json& property) {
  for (const auto& word : wordsOf(property)) rows.push_back({id, word, agency_id});
}

// "asc" -> "asd": the first text after every text that starts with `prefix` (UTF-8 never holds 0xFF).
std::string prefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
  return prefix;
}

// "(p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?) OR ...": a point in any of the boxes, edges included.
std::pair<std::string, std::vector<SqlValue>> inBoxes(const std::vector<geo::BoundingBox>& boxes) {
  std::string any;
  std::vector<SqlValue> values;
  for (const auto& box : boxes) {
    any += (any.empty() ? "" : " OR ") + std::string("(p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?)");
    values.insert(values.end(), {box.south, box.north, box.west, box.east});
  }
  return {"(" + any + ")", values};
}

// Keeps only properties whose point lies in one of the boxes. SQLite: through its R*Tree, whose float
// boxes round outward (callers add the exact test). MariaDB: as ranges on p.lat and p.lon, which the
// B-tree indexes of migration 0004 hold next to the sort and filter columns. InnoDB's SPATIAL index read
// 12 µs a point, and its matches were then joined and sorted whole: 15 s for 5 km around central Paris
// among 1,000,000 listings (bench/RESULTS.md).
void keepInBoxes(Dialect dialect, const std::vector<geo::BoundingBox>& boxes, Conditions& where) {
  if (dialect == Dialect::mysql) {
    auto [condition, values] = inBoxes(boxes);
    where.add(condition, std::move(values));
    return;
  }
  std::string selects;
  std::vector<SqlValue> values;
  for (const auto& box : boxes) {
    selects += selects.empty() ? "" : " UNION ALL ";
    selects +=
        "SELECT id FROM property_geo WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?";
    values.insert(values.end(), {box.north, box.south, box.east, box.west});
  }
  where.join("JOIN (" + selects + ") g ON g.id = p.id", std::move(values));
}

std::string distanceExpression(Dialect dialect) {
  return dialect == Dialect::sqlite ? "geo_distance_m(p.lat, p.lon, ?, ?)"
                                    : "ST_Distance_Sphere(POINT(p.lon, p.lat), POINT(?, ?))";
}

std::vector<SqlValue> centerParams(Dialect dialect, const geo::Circle& near) {
  if (dialect == Dialect::sqlite) return {near.center.lat, near.center.lon};
  return {near.center.lon, near.center.lat};
}

void addGeoConditions(Dialect dialect, const PropertySearch& search, Conditions& where) {
  if (search.near) {
    keepInBoxes(dialect, search.near->boxes(), where);
    auto values = centerParams(dialect, *search.near);
    values.emplace_back(search.near->radiusMeters());
    where.add(distanceExpression(dialect) + " <= ?", values);
    where.column(distanceExpression(dialect) + " AS distance_m", centerParams(dialect, *search.near));
  }
  if (!search.viewport.empty()) {
    keepInBoxes(dialect, search.viewport, where);
    if (dialect == Dialect::sqlite) {
      auto [exact, values] = inBoxes(search.viewport);
      where.add(exact, std::move(values));
    }
  }
  if (search.polygon) {
    keepInBoxes(dialect, geo::polygonBoxes(*search.polygon), where);
    if (dialect == Dialect::sqlite) {
      where.add("geo_in_polygon(p.lat, p.lon, ?) = 1", {search.polygon_text});
    } else {
      where.add("ST_Intersects(ST_GeomFromText(?), POINT(p.lon, p.lat))", {geo::polygonWkt(*search.polygon)});
    }
  }
}

// What the conditions are for: a page of listings, or counting the matches.
enum class Purpose { page, count };

Conditions conditionsFor(Dialect dialect, std::int64_t agency_id, const PropertySearch& search,
                         Purpose purpose) {
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
  // Each word starts one of the property's words. Without materialization, MariaDB walks a common word's
  // matches in the sort's order and stops at the page (FirstMatch), and a rare word's few matches lead;
  // with it, it gathered every match of "ascenseur" (631,135 of 1,000,000) before the first row (0.7 s).
  // A count reads its matches from the first word's index entries instead, in a plain join that the planner
  // may also start from the other filters: walking the listings as the page does read 16,437 of them, and
  // every word of each, to count 1,001 "lumineux" (0.2 s); the join reads about 1,001 entries (10 ms).
  for (std::size_t i = 0; i < search.words.size(); ++i) {
    const auto& word = search.words[i];
    std::vector<SqlValue> range = {agency_id, word, prefixEnd(word)};
    if (purpose == Purpose::count && i == 0) {
      where.counted =
          "SELECT DISTINCT p.id FROM property_words w0 JOIN properties p ON p.id = w0.property_id AND "
          "w0.agency_id = ? AND w0.word >= ? AND w0.word < ? ";
      where.counted_params = std::move(range);
    } else {
      where.add(
          "p.id IN (SELECT w.property_id FROM property_words w WHERE w.agency_id = ? AND w.word >= ? AND "
          "w.word < ?)",
          std::move(range));
    }
  }
  if (!search.words.empty()) where.hint = optimizerSwitch(dialect, "materialization=off");
  addGeoConditions(dialect, search, where);
  return where;
}

// The number of matches, counted no further than `cap`: counting every match of a broad filter costs more
// than the page itself (0.9 s for 300,000 matches among 1,000,000 listings, bench/RESULTS.md).
std::int64_t countUpTo(const Database& db, const Conditions& where, std::int64_t cap) {
  auto params = where.counted_params;
  const auto conditions = where.all(false);
  params.insert(params.end(), conditions.begin(), conditions.end());
  params.emplace_back(cap);
  return db
      .query(where.hint + "SELECT COUNT(*) AS n FROM (" + where.counted + where.joins + where.sql +
                 " LIMIT ?) counted",
             params)
      .at(0)
      .integer("n");
}

std::string orderBy(const PropertySearch& search) {
  return search.sort == "distance" ? "distance_m ASC, p.id ASC" : sortOrders().at(search.sort);
}

// "p.created_at DESC, p.id DESC" -> {"p.created_at", "page.created_at DESC, page.id DESC"}: the column a
// page's derived table must carry, and the same order over that table. Sorting those 20 rows before the join
// spares MariaDB an on-disk temporary table of the joined rows (TEXT columns), made at every request.
std::pair<std::string, std::string> pageOrder(const std::string& order) {
  std::string outer;
  for (const auto& part : splitNonEmpty(order, ',')) {
    const auto term = part.substr(part.find_first_not_of(' '));
    outer += (outer.empty() ? "page." : ", page.") + (term.starts_with("p.") ? term.substr(2) : term);
  }
  return {order.substr(0, order.find(' ')), outer};
}

// The page's ids first, from the indexes alone; then the whole rows and their photo counts for those ids
// only, rather than for every row the sort goes through.
std::string pageQuery(const Conditions& where, const PropertySearch& search) {
  const auto order = orderBy(search);
  const auto [sort_column, outer_order] = pageOrder(order);
  const auto carried = sort_column.starts_with("p.") ? ", " + sort_column : std::string();
  return where.hint + std::string(kColumns) + where.columns + " FROM (SELECT p.id" + carried + where.columns +
         " FROM properties p " + where.joins + where.sql + " ORDER BY " + order +
         " LIMIT ? OFFSET ?) page JOIN properties p ON p.id = page.id LEFT JOIN users u ON u.id = p.agent_id "
         "ORDER BY " +
         outer_order;
}

}  // namespace

std::optional<nlohmann::json> PropertyRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(std::string(kColumns) + std::string(kFrom) +
                                    "WHERE p.agency_id = ? AND p.id = ? AND p.archived_at IS NULL",
                                {agency_id, id});
  if (!row) return std::nullopt;
  return toJson(*row);
}

PropertyPage PropertyRepository::search(std::int64_t agency_id, const PropertySearch& search,
                                        std::int64_t offset, std::int64_t limit) const {
  const auto where = conditionsFor(db_.dialect(), agency_id, search, Purpose::page);
  const std::int64_t counted =
      countUpTo(db_, conditionsFor(db_.dialect(), agency_id, search, Purpose::count), kExactTotalLimit + 1);
  auto params = where.column_params;
  const auto inner = where.all(true);
  params.insert(params.end(), inner.begin(), inner.end());
  params.emplace_back(limit);
  params.emplace_back(offset);
  PropertyPage page;
  for (const auto& row : db_.query(pageQuery(where, search), params)) page.items.push_back(toJson(row));
  const auto total =
      cappedTotal(counted, kExactTotalLimit, offset, static_cast<std::int64_t>(page.items.size()), limit);
  page.total = total.total;
  page.total_exact = total.exact;
  return page;
}

PropertyPage PropertyRepository::points(std::int64_t agency_id, const PropertySearch& search,
                                        std::int64_t limit) const {
  auto where = conditionsFor(db_.dialect(), agency_id, search, Purpose::page);
  where.add("p.lat IS NOT NULL");
  auto counting = conditionsFor(db_.dialect(), agency_id, search, Purpose::count);
  counting.add("p.lat IS NOT NULL");
  PropertyPage page;
  page.total = countUpTo(db_, counting, limit + 1);
  page.total_exact = page.total <= limit;
  auto params = where.all(true);
  params.emplace_back(limit);
  for (const auto& row : db_.query(where.hint +
                                       "SELECT p.id, p.reference, p.title, p.lat, p.lon, p.list_price_cents, "
                                       "p.transaction_type, p.property_type, p.status" +
                                       where.columns + " FROM properties p " + where.joins + where.sql +
                                       " ORDER BY " + orderBy(search) + " LIMIT ?",
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
  return insertAgencyRow(db_, "properties", agency_id, columns);
}

void PropertyRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  updateAgencyRow(db_, "properties", agency_id, id, columns);
}

void PropertyRepository::archive(std::int64_t agency_id, std::int64_t id, std::optional<std::int64_t> user_id,
                                 EpochMs now) const {
  const SqlValue user = user_id ? SqlValue{*user_id} : SqlValue{nullptr};
  db_.execute(
      "UPDATE properties SET archived_at = ?, updated_at = ?, updated_by = ? WHERE agency_id = ? AND id = ?",
      {now, now, user, agency_id, id});
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

void PropertyRepository::reindex(std::int64_t agency_id, std::int64_t id,
                                 const nlohmann::json& property) const {
  db_.execute("DELETE FROM property_geo WHERE id = ?", {id});
  db_.execute("DELETE FROM property_words WHERE property_id = ?", {id});
  indexMany(agency_id, {{id, property}});
}

std::int64_t PropertyRepository::maxId() const {
  return db_.query("SELECT COALESCE(MAX(id), 0) AS id FROM properties").at(0).integer("id");
}

void PropertyRepository::insertMany(std::int64_t agency_id,
                                    const std::vector<std::pair<std::int64_t, Columns>>& rows) const {
  if (rows.empty()) return;
  std::string names = "id, agency_id";
  for (const auto& column : rows.front().second) names += ", " + column.first;
  const auto marks = "(" + placeholders(rows.front().second.size() + 2) + ")";
  std::vector<std::vector<SqlValue>> values;
  values.reserve(rows.size());
  for (const auto& [id, columns] : rows) {
    auto& row = values.emplace_back();
    row.reserve(columns.size() + 2);
    row.emplace_back(id);
    row.emplace_back(agency_id);
    for (const auto& column : columns) row.push_back(column.second);
  }
  db_.insertRows("INSERT INTO properties (" + names + ") VALUES", marks, values);
}

void PropertyRepository::indexMany(
    std::int64_t agency_id, const std::vector<std::pair<std::int64_t, nlohmann::json>>& properties) const {
  const bool sqlite = db_.dialect() == Dialect::sqlite;
  std::vector<std::vector<SqlValue>> places;
  std::vector<std::vector<SqlValue>> words;
  for (const auto& [id, property] : properties) {
    if (property["lat"].is_number() && property["lon"].is_number()) {
      const double lat = property["lat"];
      const double lon = property["lon"];
      places.push_back(sqlite ? std::vector<SqlValue>{id, lat, lat, lon, lon}
                              : std::vector<SqlValue>{id, lon, lat});
    }
    addWordRows(words, id, agency_id, property);
  }
  if (sqlite) {
    db_.insertRows("INSERT INTO property_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES",
                   "(?, ?, ?, ?, ?)", places);
  } else {
    db_.insertRows("INSERT INTO property_geo (id, location) VALUES", "(?, POINT(?, ?))", places);
  }
  db_.insertRows(kInsertWords, "(?, ?, ?)", words);
}

std::vector<std::string> PropertyRepository::indexedWords(std::string_view text) {
  std::vector<std::string> words;
  for (auto& word : foldedWords(text)) {
    if (word.size() >= kShortestWord) words.push_back(word.substr(0, kLongestWord));
  }
  return words;
}

std::int64_t PropertyRepository::indexMissingWords() const {
  std::int64_t indexed = 0;
  for (std::int64_t after = 0;;) {
    const auto rows = db_.query(
        "SELECT p.id, p.agency_id, p.reference, p.title, p.description, p.city FROM properties p "
        "WHERE p.id > ? AND NOT EXISTS (SELECT 1 FROM property_words w WHERE w.property_id = p.id) "
        "ORDER BY p.id LIMIT 1000",
        {after});
    if (rows.empty()) return indexed;
    std::vector<std::vector<SqlValue>> words;
    for (const auto& row : rows) {
      nlohmann::json texts;
      for (const char* name : kWordFields) texts[name] = row.optionalText(name).value_or("");
      addWordRows(words, row.integer("id"), row.integer("agency_id"), texts);
    }
    db_.insertRows(kInsertWords, "(?, ?, ?)", words);
    indexed += static_cast<std::int64_t>(rows.size());
    after = rows.back().integer("id");
  }
}

void PropertyRepository::raiseCounter(std::int64_t agency_id, const std::string& name,
                                      std::int64_t value) const {
  db_.transaction([&] {
    const auto row =
        db_.queryOne("SELECT value FROM agency_counters WHERE agency_id = ? AND name = ?", {agency_id, name});
    if (!row) {
      db_.execute("INSERT INTO agency_counters (agency_id, name, value) VALUES (?, ?, ?)",
                  {agency_id, name, value});
    } else if (row->integer("value") < value) {
      db_.execute("UPDATE agency_counters SET value = ? WHERE agency_id = ? AND name = ?",
                  {value, agency_id, name});
    }
  });
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
