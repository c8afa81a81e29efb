#include "leads/criterion_places.hpp"

#include <optional>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "geo/geo.hpp"

namespace logis {
namespace {

constexpr std::string_view kPlaceColumns =
    "c.id, c.agency_id, c.lead_id, c.cities, c.postal_codes, c.near_lat, c.near_lon, c.radius_km, c.polygon";
constexpr std::string_view kInsert =
    "INSERT INTO lead_criterion_places (agency_id, criterion_id, lead_id, kind, city_key, postal_prefix, "
    "min_lat, max_lat, min_lon, max_lon) VALUES";
constexpr std::string_view kRowMarks = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::int64_t kBatch = 5000;

std::optional<double> optionalReal(const Row& row, const std::string& column) {
  if (row.isNull(column)) return std::nullopt;
  return row.real(column);
}

// The rows of one criterion, as MatchScorer reads its place: a property fits when its city_key is one of
// the cities, its postal code starts with one of the codes, or its point is within the radius or the polygon
// (each inside one of the boxes).
void placesOf(const Row& row, std::vector<std::vector<SqlValue>>& rows) {
  const std::vector<SqlValue> criterion{row.integer("agency_id"), row.integer("id"), row.integer("lead_id")};
  const auto add = [&](const char* kind, SqlValue city, SqlValue postal, const geo::BoundingBox* box) {
    auto place = criterion;
    place.insert(place.end(), {SqlValue{std::string(kind)}, std::move(city), std::move(postal)});
    if (box) {
      place.insert(place.end(), {box->south, box->north, box->west, box->east});
    } else {
      place.insert(place.end(), {nullptr, nullptr, nullptr, nullptr});
    }
    rows.push_back(std::move(place));
  };
  bool asks = false;
  for (const auto& city : criterionList(row.optionalText("cities").value_or(""), true)) {
    add("city", city, nullptr, nullptr);
    asks = true;
  }
  for (const auto& code : criterionList(row.optionalText("postal_codes").value_or(""), false)) {
    add("postal", nullptr, code, nullptr);
    asks = true;
  }
  const auto lat = optionalReal(row, "near_lat");
  const auto lon = optionalReal(row, "near_lon");
  const auto radius = optionalReal(row, "radius_km");
  if (lat && lon && radius && *radius > 0) {
    for (const auto& box : geo::Circle{{*lat, *lon}, *radius}.boxes()) add("area", nullptr, nullptr, &box);
    asks = true;
  }
  if (const auto polygon = row.optionalText("polygon"); polygon && !polygon->empty()) {
    // A stored polygon that no longer parses asks for a place no property is in: no row.
    asks = true;
    try {
      for (const auto& box : geo::polygonBoxes(geo::parsePolygon(*polygon))) {
        add("area", nullptr, nullptr, &box);
      }
    } catch (const ApiError&) {
    }
  }
  if (!asks) add("anywhere", nullptr, nullptr, nullptr);
}

}  // namespace

std::vector<std::string> criterionList(const std::string& text, bool lowercased) {
  std::vector<std::string> items;
  for (auto item : splitNonEmpty(text, ',')) {
    const auto first = item.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    item = item.substr(first, item.find_last_not_of(' ') - first + 1);
    items.push_back(lowercased ? lowercase(item) : item);
  }
  return items;
}

void CriterionPlaces::write(const std::vector<Row>& criteria) const {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& row : criteria) placesOf(row, rows);
  if (!rows.empty()) db_.insertRows(kInsert, kRowMarks, rows);
}

void CriterionPlaces::rewriteLead(std::int64_t agency_id, std::int64_t lead_id) const {
  db_.execute("DELETE FROM lead_criterion_places WHERE agency_id = ? AND lead_id = ?", {agency_id, lead_id});
  write(db_.query("SELECT " + std::string(kPlaceColumns) +
                      " FROM lead_criteria c WHERE c.agency_id = ? AND c.lead_id = ? ORDER BY c.id",
                  {agency_id, lead_id}));
}

std::int64_t CriterionPlaces::fillMissing() const {
  std::int64_t read = 0;
  for (std::int64_t after = 0;;) {
    const auto criteria = db_.query(
        "SELECT " + std::string(kPlaceColumns) +
            " FROM lead_criteria c WHERE c.id > ? AND NOT EXISTS (SELECT 1 FROM lead_criterion_places pl "
            "WHERE pl.criterion_id = c.id) ORDER BY c.id LIMIT " +
            std::to_string(kBatch),
        {after});
    if (criteria.empty()) return read;
    db_.transaction([&] { write(criteria); });
    read += static_cast<std::int64_t>(criteria.size());
    after = criteria.back().integer("id");
  }
}

}  // namespace logis
