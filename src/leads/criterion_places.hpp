#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace logis {

// The items of a comma-separated list of lead_criteria (cities, postal_codes, property_types), trimmed;
// cities are compared lowercased.
std::vector<std::string> criterionList(const std::string& text, bool lowercased);

// The places of lead criteria in lead_criterion_places (migration 0010), which a property's matches read
// instead of every criterion of the agency: kind 'city' (city_key), 'postal' (postal_prefix), 'area' (a
// bounding box of a radius or a polygon) or 'anywhere' (a criterion that asks for no place). The one writer
// of that table.
class CriterionPlaces {
 public:
  explicit CriterionPlaces(const Database& database) : db_(database) {}

  // Writes again the places of the lead's criteria, as lead_criteria holds them now (after every write of
  // the lead's criteria, in its transaction).
  void rewriteLead(std::int64_t agency_id, std::int64_t lead_id) const;
  // Writes the places of the criteria that have none, in batches: after migration 0010 and after seeding
  // the bench. Idempotent; returns how many criteria it read.
  std::int64_t fillMissing() const;

 private:
  void write(const std::vector<Row>& criteria) const;

  const Database& db_;
};

}  // namespace logis
