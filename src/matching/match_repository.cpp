#include "matching/match_repository.hpp"

#include <map>
#include <set>

#include "core/api_error.hpp"
#include "db/sql.hpp"
#include "leads/criterion_places.hpp"
#include "matching/match_scorer.hpp"

namespace logis {
namespace {

constexpr std::string_view kOnOffer = "p.status IN ('available', 'under_offer')";
constexpr std::string_view kCandidateColumns =
    "p.id, p.transaction_type, p.property_type, p.list_price_cents, p.living_area_m2, p.rooms, p.bedrooms, "
    "p.city, p.city_key, p.postal_code, p.lat, p.lon, p.features_mask, p.dpe_rank, p.created_at";
constexpr std::string_view kCriterionColumns =
    "c.id, c.lead_id, c.transaction_type, c.property_types, c.budget_min_cents, c.budget_max_cents, "
    "c.living_area_min_m2, c.rooms_min, c.bedrooms_min, c.cities, c.postal_codes, c.near_lat, c.near_lon, "
    "c.radius_km, c.polygon, c.features_mask, c.dpe_max_rank";

std::optional<double> optionalReal(const Row& row, const std::string& column) {
  if (row.isNull(column)) return std::nullopt;
  return row.real(column);
}

std::vector<std::string> list(const Row& row, const std::string& column, bool lowercased) {
  return criterionList(row.optionalText(column).value_or(""), lowercased);
}

MatchCriterion criterionFrom(const Row& row) {
  MatchCriterion criterion;
  criterion.id = row.integer("id");
  criterion.lead_id = row.integer("lead_id");
  criterion.transaction = row.optionalText("transaction_type");
  criterion.property_types = list(row, "property_types", false);
  criterion.budget_min_cents = row.optionalInteger("budget_min_cents");
  criterion.budget_max_cents = row.optionalInteger("budget_max_cents");
  criterion.living_area_min_m2 = optionalReal(row, "living_area_min_m2");
  criterion.rooms_min = row.optionalInteger("rooms_min");
  criterion.bedrooms_min = row.optionalInteger("bedrooms_min");
  criterion.cities = list(row, "cities", true);
  criterion.postal_codes = list(row, "postal_codes", false);
  const auto lat = optionalReal(row, "near_lat");
  const auto lon = optionalReal(row, "near_lon");
  const auto radius = optionalReal(row, "radius_km");
  if (lat && lon && radius && *radius > 0) criterion.near = geo::Circle{{*lat, *lon}, *radius};
  if (const auto polygon = row.optionalText("polygon"); polygon && !polygon->empty()) {
    // Stored criteria were checked when written; one that no longer parses asks for a place no property is
    // in.
    try {
      criterion.polygon = geo::parsePolygon(*polygon);
    } catch (const ApiError&) {
      criterion.polygon = geo::Polygon{};
    }
  }
  criterion.features_mask = row.integer("features_mask");
  if (const auto rank = row.optionalInteger("dpe_max_rank")) criterion.dpe_max_rank = static_cast<int>(*rank);
  return criterion;
}

MatchCandidate candidateFrom(const Row& row) {
  MatchCandidate property;
  property.id = row.integer("id");
  property.transaction = row.text("transaction_type");
  property.type = row.text("property_type");
  property.price_cents = row.optionalInteger("list_price_cents");
  property.living_area_m2 = optionalReal(row, "living_area_m2");
  property.rooms = row.optionalInteger("rooms");
  property.bedrooms = row.optionalInteger("bedrooms");
  property.city = row.optionalText("city").value_or("");
  property.city_key = row.optionalText("city_key").value_or("");
  property.postal_code = row.optionalText("postal_code").value_or("");
  if (!row.isNull("lat") && !row.isNull("lon"))
    property.point = geo::LatLon{row.real("lat"), row.real("lon")};
  property.features_mask = row.integer("features_mask");
  if (const auto rank = row.optionalInteger("dpe_rank")) property.dpe_rank = static_cast<int>(*rank);
  property.created_at = row.integer("created_at");
  return property;
}

// The criteria whose place may hold the property (MatchScorer decides), from the indexed places of
// migration 0010: those that ask for no place, name its city or a prefix of its postal code, or draw a radius
// or a polygon whose bounding box holds its point. One indexed branch per kind; UNION keeps each criterion
// once. Reading every criterion of the agency took ~1 s per property among 2,000,000 leads (bench/RESULTS.md,
// "Leads").
struct PlaceCandidates {
  std::string sql;
  std::vector<SqlValue> params;
};

PlaceCandidates placeCandidates(std::int64_t agency_id, const MatchCandidate& property) {
  PlaceCandidates found;
  const auto branch = [&](const std::string& condition, std::vector<SqlValue> values) {
    found.sql += (found.sql.empty() ? "" : " UNION ") +
                 std::string("SELECT pl.criterion_id FROM lead_criterion_places pl WHERE pl.agency_id = ? "
                             "AND ") +
                 condition;
    found.params.emplace_back(agency_id);
    found.params.insert(found.params.end(), values.begin(), values.end());
  };
  branch("pl.kind = 'anywhere'", {});
  if (!property.city_key.empty()) branch("pl.kind = 'city' AND pl.city_key = ?", {property.city_key});
  if (!property.postal_code.empty()) {
    std::vector<std::string> prefixes;
    for (std::size_t size = 1; size <= property.postal_code.size() && size <= 5; ++size) {
      prefixes.push_back(property.postal_code.substr(0, size));
    }
    std::vector<SqlValue> bound;
    const auto condition = "pl.kind = 'postal' AND pl.postal_prefix IN (" + bindEach(prefixes, bound) + ")";
    branch(condition, std::move(bound));
  }
  if (property.point) {
    branch("pl.kind = 'area' AND pl.min_lat <= ? AND pl.max_lat >= ? AND pl.min_lon <= ? AND pl.max_lon >= ?",
           {property.point->lat, property.point->lat, property.point->lon, property.point->lon});
  }
  return found;
}

SqlValue orNull(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

SqlValue orNull(const std::optional<double>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

// A point in any of the boxes, as ranges on p.lat and p.lon: the B-tree indexes of migration 0004 carry
// both (bench/RESULTS.md: the SPATIAL index is slower at a million listings).
void addInBoxes(Where& where, const std::vector<geo::BoundingBox>& boxes) {
  std::string any;
  std::vector<SqlValue> values;
  for (const auto& box : boxes) {
    any += (any.empty() ? "" : " OR ") + std::string("(p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?)");
    values.insert(values.end(), {box.south, box.north, box.west, box.east});
  }
  where.add("(" + any + ")", std::move(values));
}

// Everything but the place: the bounds within which MatchScorer may still find a near miss, on the columns
// the indexes of migrations 0004 and 0009 hold (bedrooms and DPE are left to MatchScorer), so that a
// candidate is found from an index alone.
Where candidateConditions(std::int64_t agency_id, std::int64_t lead_id, const MatchCriterion& criterion) {
  Where where;
  where.add("p.agency_id = ?", {agency_id});
  where.add("p.archived_at IS NULL");
  where.add(std::string(kOnOffer));
  if (criterion.transaction) where.add("p.transaction_type = ?", {*criterion.transaction});
  where.addAnyOf("p.property_type", criterion.property_types);
  if (criterion.budget_max_cents) {
    where.add("p.list_price_cents <= ?", {MatchScorer::highestPrice(*criterion.budget_max_cents)});
  }
  if (criterion.budget_min_cents) where.add("p.list_price_cents >= ?", {*criterion.budget_min_cents});
  if (criterion.living_area_min_m2) {
    where.add("p.living_area_m2 >= ?", {MatchScorer::lowestArea(*criterion.living_area_min_m2)});
  }
  if (criterion.rooms_min) where.add("p.rooms >= ?", {*criterion.rooms_min - 1});
  where.add(
      "p.id NOT IN (SELECT pr.property_id FROM proposals pr WHERE pr.agency_id = ? AND pr.lead_id = ? "
      "AND pr.answer = 'not_interested')",
      {agency_id, lead_id});
  return where;
}

// One Where per place the criterion accepts (a property may be in any of them), or the one without place.
std::vector<Where> placeBranches(const Where& base, const MatchCriterion& criterion) {
  if (!criterion.asksForPlace()) return {base};
  std::vector<Where> branches;
  if (!criterion.cities.empty()) {
    branches.push_back(base);
    branches.back().addAnyOf("p.city_key", criterion.cities);
  }
  if (!criterion.postal_codes.empty()) {
    std::string any;
    std::vector<SqlValue> prefixes;
    for (const auto& code : criterion.postal_codes) {
      any += (any.empty() ? "" : " OR ") + std::string("p.postal_code LIKE ?");
      prefixes.emplace_back(code + "%");
    }
    branches.push_back(base);
    branches.back().add("(" + any + ")", std::move(prefixes));
  }
  if (criterion.near) {
    branches.push_back(base);
    addInBoxes(branches.back(), criterion.near->boxes());
  }
  if (criterion.polygon && !criterion.polygon->empty()) {
    branches.push_back(base);
    addInBoxes(branches.back(), geo::polygonBoxes(*criterion.polygon));
  }
  return branches;
}

// One statement for the chosen branches, each row carrying the number of its branch. Newest first, a
// branch picks its ids from an index alone (sorting those it holds), then reads the rows of those ids only.
std::string unionOf(const std::vector<Where>& branches, const std::vector<std::size_t>& chosen,
                    bool newest_first, std::int64_t limit) {
  std::string sql;
  for (const auto i : chosen) {
    const auto name = "b" + std::to_string(i);
    const auto ids =
        newest_first
            ? "(SELECT p.id FROM properties p " + branches[i].sql +
                  " ORDER BY p.created_at DESC, p.id DESC LIMIT " + std::to_string(limit) + ")"
            : "(SELECT p.id FROM properties p " + branches[i].sql + " LIMIT " + std::to_string(limit) + ")";
    sql += (sql.empty() ? "" : " UNION ALL ") + std::string("SELECT ") + std::string(kCandidateColumns) +
           ", " + std::to_string(i) + " AS branch FROM " + ids + " " + name +
           " JOIN properties p ON p.id = " + name + ".id";
  }
  return sql;
}

std::vector<SqlValue> unionParams(const std::vector<Where>& branches,
                                  const std::vector<std::size_t>& chosen) {
  std::vector<SqlValue> params;
  for (const auto i : chosen)
    params.insert(params.end(), branches[i].params.begin(), branches[i].params.end());
  return params;
}

}  // namespace

std::optional<LeadRef> MatchRepository::lead(std::int64_t agency_id, std::int64_t lead_id) const {
  const auto row =
      db_.queryOne("SELECT id, contact_id, assigned_to, status FROM leads WHERE agency_id = ? AND id = ?",
                   {agency_id, lead_id});
  if (!row) return std::nullopt;
  return LeadRef{row->integer("id"), row->integer("contact_id"), row->optionalInteger("assigned_to"),
                 row->text("status")};
}

std::vector<MatchCriterion> MatchRepository::criteriaOf(std::int64_t agency_id, std::int64_t lead_id) const {
  std::vector<MatchCriterion> criteria;
  for (const auto& row :
       db_.query("SELECT " + std::string(kCriterionColumns) +
                     " FROM lead_criteria c WHERE c.agency_id = ? AND c.lead_id = ? ORDER BY c.id",
                 {agency_id, lead_id})) {
    criteria.push_back(criterionFrom(row));
  }
  return criteria;
}

std::vector<MatchCandidate> MatchRepository::candidates(std::int64_t agency_id, std::int64_t lead_id,
                                                        const std::vector<MatchCriterion>& criteria,
                                                        std::int64_t limit, bool& capped) const {
  std::vector<Where> branches;
  for (const auto& criterion : criteria) {
    for (auto& branch : placeBranches(candidateConditions(agency_id, lead_id, criterion), criterion)) {
      branches.push_back(std::move(branch));
    }
  }
  // First every branch unordered, up to one more than the limit: the planner then reads the index that
  // narrows the filters most, and a search that fits few listings is found whole. Ordered by date, it walked
  // the date index backwards over every listing to find them (11 s for 201 houses near Clermont-Ferrand among
  // 1,000,000 listings, bench/RESULTS.md). Only the branches with more candidates than the limit are read
  // again, newest first, where the date index meets matches densely.
  std::vector<std::size_t> all(branches.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::map<std::int64_t, std::vector<MatchCandidate>> by_branch;
  for (const auto& row : db_.query(unionOf(branches, all, false, limit + 1), unionParams(branches, all))) {
    by_branch[row.integer("branch")].push_back(candidateFrom(row));
  }
  std::vector<std::size_t> crowded;
  for (const auto& [branch, rows] : by_branch) {
    if (static_cast<std::int64_t>(rows.size()) > limit) crowded.push_back(static_cast<std::size_t>(branch));
  }
  capped = !crowded.empty();
  for (const auto branch : crowded) by_branch.erase(static_cast<std::int64_t>(branch));
  if (capped) {
    for (const auto& row :
         db_.query(unionOf(branches, crowded, true, limit), unionParams(branches, crowded))) {
      by_branch[row.integer("branch")].push_back(candidateFrom(row));
    }
  }
  std::vector<MatchCandidate> found;
  std::set<std::int64_t> seen;
  for (auto& [branch, rows] : by_branch) {
    for (auto& row : rows) {
      if (seen.insert(row.id).second) found.push_back(std::move(row));
    }
  }
  return found;
}

std::vector<nlohmann::json> MatchRepository::propertySummaries(std::int64_t agency_id,
                                                               const std::vector<std::int64_t>& ids) const {
  if (ids.empty()) return {};
  std::vector<SqlValue> params{agency_id};
  const auto marks = bindEach(ids, params);
  std::vector<nlohmann::json> summaries;
  for (const auto& row : db_.query(
           "SELECT p.id, p.reference, p.title, p.transaction_type, p.property_type, p.status, "
           "p.list_price_cents, "
           "p.living_area_m2, p.rooms, p.bedrooms, p.city, p.postal_code, p.dpe_class FROM properties p "
           "WHERE p.agency_id = ? AND p.id IN (" +
               marks + ")",
           params)) {
    const auto nullable = [&](const char* column, auto value) {
      return row.isNull(column) ? nlohmann::json() : nlohmann::json(value);
    };
    summaries.push_back(
        {{"id", row.integer("id")},
         {"reference", row.text("reference")},
         {"title", row.text("title")},
         {"transaction", row.text("transaction_type")},
         {"type", row.text("property_type")},
         {"status", row.text("status")},
         {"price_cents", row.optionalInteger("list_price_cents")
                             ? nlohmann::json(*row.optionalInteger("list_price_cents"))
                             : nlohmann::json()},
         {"living_area_m2",
          row.isNull("living_area_m2") ? nlohmann::json() : nlohmann::json(row.real("living_area_m2"))},
         {"rooms", nullable("rooms", row.optionalInteger("rooms").value_or(0))},
         {"bedrooms", nullable("bedrooms", row.optionalInteger("bedrooms").value_or(0))},
         {"city", row.optionalText("city") ? nlohmann::json(*row.optionalText("city")) : nlohmann::json()},
         {"postal_code", row.optionalText("postal_code") ? nlohmann::json(*row.optionalText("postal_code"))
                                                         : nlohmann::json()},
         {"dpe_class", row.optionalText("dpe_class") ? nlohmann::json(*row.optionalText("dpe_class"))
                                                     : nlohmann::json()}});
  }
  return summaries;
}

std::optional<MatchCandidate> MatchRepository::candidate(std::int64_t agency_id,
                                                         std::int64_t property_id) const {
  const auto row =
      db_.queryOne("SELECT " + std::string(kCandidateColumns) +
                       " FROM properties p WHERE p.agency_id = ? AND p.id = ? AND p.archived_at IS NULL",
                   {agency_id, property_id});
  if (!row) return std::nullopt;
  return candidateFrom(*row);
}

std::vector<LeadCriterion> MatchRepository::openLeadCriteriaFor(std::int64_t agency_id,
                                                                const MatchCandidate& property) const {
  const auto price = property.price_cents;
  // The smallest budget the price is at most 10 % over (MatchScorer::highestPrice), as a bound the
  // lead_criteria_budget index can range over.
  const SqlValue lowest_budget = price ? SqlValue{(*price * 10 + 10) / 11} : SqlValue{nullptr};
  const SqlValue rooms_plus_one = property.rooms ? SqlValue{*property.rooms + 1} : SqlValue{nullptr};
  const SqlValue bedrooms_plus_one = property.bedrooms ? SqlValue{*property.bedrooms + 1} : SqlValue{nullptr};
  const auto places = placeCandidates(agency_id, property);
  std::vector<SqlValue> params = places.params;
  params.insert(params.end(),
                {agency_id, agency_id, property.transaction, lowest_budget, orNull(price),
                 orNull(property.living_area_m2), rooms_plus_one, bedrooms_plus_one,
                 property.dpe_rank ? SqlValue{std::int64_t{*property.dpe_rank}} : SqlValue{nullptr},
                 property.id});
  std::vector<LeadCriterion> found;
  for (const auto& row : db_.query(
           "SELECT " + std::string(kCriterionColumns) +
               ", l.status AS lead_status, l.assigned_to, l.contact_id, l.created_at AS lead_created_at, "
               "ct.first_name, ct.last_name, ct.consent_email "
               "FROM (" + places.sql + ") m JOIN lead_criteria c ON c.id = m.criterion_id "
               "JOIN leads l ON l.id = c.lead_id JOIN contacts ct ON ct.id = l.contact_id "
               "WHERE c.agency_id = ? AND l.agency_id = ? AND l.status IN ('new', 'in_progress') "
               "AND (c.transaction_type IS NULL OR c.transaction_type = ?) "
               "AND (c.budget_max_cents IS NULL OR c.budget_max_cents >= ?) "
               "AND (c.budget_min_cents IS NULL OR c.budget_min_cents <= ?) "
               "AND (c.living_area_min_m2 IS NULL OR c.living_area_min_m2 * 0.9 <= ? + 0.001) "
               "AND (c.rooms_min IS NULL OR c.rooms_min <= ?) "
               "AND (c.bedrooms_min IS NULL OR c.bedrooms_min <= ?) "
               "AND (c.dpe_max_rank IS NULL OR c.dpe_max_rank + 1 >= COALESCE(?, 0)) "
               "AND c.lead_id NOT IN (SELECT pr.lead_id FROM proposals pr WHERE pr.property_id = ? "
               "AND pr.answer = 'not_interested') ORDER BY c.id",
           params)) {
    LeadCriterion item;
    item.criterion = criterionFrom(row);
    item.contact_id = row.integer("contact_id");
    item.consent_email = row.boolean("consent_email");
    item.created_at = row.integer("lead_created_at");
    const auto name = [&](const char* column) {
      return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.text(column));
    };
    item.lead = {
        {"id", item.criterion.lead_id},
        {"status", row.text("lead_status")},
        {"assigned_to",
         row.isNull("assigned_to") ? nlohmann::json() : nlohmann::json(row.integer("assigned_to"))},
        {"contact",
         {{"id", item.contact_id}, {"first_name", name("first_name")}, {"last_name", name("last_name")}}}};
    found.push_back(std::move(item));
  }
  return found;
}

}  // namespace logis
