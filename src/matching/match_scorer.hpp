#pragma once

#include <optional>

#include "matching/matching.hpp"

namespace logis {

// Scores a property against a criterion, or answers nullopt when it does not fit even nearly. Near
// enough: the price up to 10 % over the budget, the living area down to 10 % under the minimum, one room
// or bedroom fewer, the DPE one class worse. Each point asked weighs its share of 100 (price 30, area 20,
// place 20, rooms 10, bedrooms 5, DPE 5, features 10); a point not asked counts in full.
class MatchScorer {
 public:
  static constexpr double kPriceTolerance = 0.10;
  static constexpr double kAreaTolerance = 0.10;

  static std::optional<MatchScore> score(const MatchCriterion& criterion, const MatchCandidate& property);

  // The bounds a candidate must meet to be scored at all, for the SQL that finds candidates.
  static std::int64_t highestPrice(std::int64_t budget_max_cents);
  static double lowestArea(double living_area_min_m2);
};

}  // namespace logis
