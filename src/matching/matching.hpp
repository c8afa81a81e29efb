#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "geo/geo.hpp"

namespace logis {

// One of a lead's searches (a lead_criteria row), read for matching. Cities are lowercased as
// properties.city_key; an empty list or an absent value asks nothing.
struct MatchCriterion {
  std::int64_t id = 0;
  std::int64_t lead_id = 0;
  std::optional<std::string> transaction;
  std::vector<std::string> property_types;
  std::optional<std::int64_t> budget_min_cents;
  std::optional<std::int64_t> budget_max_cents;
  std::optional<double> living_area_min_m2;
  std::optional<std::int64_t> rooms_min;
  std::optional<std::int64_t> bedrooms_min;
  std::vector<std::string> cities;
  std::vector<std::string> postal_codes;
  std::optional<geo::Circle> near;
  std::optional<geo::Polygon> polygon;
  std::int64_t features_mask = 0;
  std::optional<int> dpe_max_rank;  // A = 1 ... G = 7

  bool asksForPlace() const { return !cities.empty() || !postal_codes.empty() || near || polygon; }
};

// What a score reads of a property.
struct MatchCandidate {
  std::int64_t id = 0;
  std::string transaction;
  std::string type;
  std::optional<std::int64_t> price_cents;  // the list price: sale price, or rent for a rental
  std::optional<double> living_area_m2;
  std::optional<std::int64_t> rooms;
  std::optional<std::int64_t> bedrooms;
  std::string city;
  std::string city_key;
  std::string postal_code;
  std::optional<geo::LatLon> point;
  std::int64_t features_mask = 0;
  std::optional<int> dpe_rank;
  std::int64_t created_at = 0;
};

// How well a property fits a criterion: 100 when it fits every point asked, less for each near miss.
struct MatchScore {
  int score = 0;
  std::vector<Text> reasons;
  std::vector<Text> near_misses;
};

// A ranked match: a property for a lead, or a lead for a property (`subject` holds its summary).
struct Match {
  nlohmann::json subject;
  std::int64_t criterion_id = 0;
  MatchScore score;
  std::int64_t created_at = 0;  // breaks ties between equal scores, newest first
};

// A page of proposals or alerts.
struct RecordPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
};

struct MatchPage {
  std::vector<Match> items;
  std::int64_t total = 0;
  bool total_exact = true;
};

}  // namespace logis
