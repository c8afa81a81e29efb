#include "matching/match_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/french_format.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr double kPriceWeight = 30;
constexpr double kAreaWeight = 20;
constexpr double kPlaceWeight = 20;
constexpr double kRoomsWeight = 10;
constexpr double kBedroomsWeight = 5;
constexpr double kDpeWeight = 5;
constexpr double kFeaturesWeight = 10;
// The share of a point's weight a near miss keeps, at the edge of the tolerance for price and area.
constexpr double kNearMissShare = 0.5;

std::string percent(double fraction) {
  return std::to_string(std::max<long long>(1, std::llround(fraction * 100)));
}

std::string dpeClass(int rank) {
  return std::string(1, static_cast<char>('A' + rank - 1));
}

// Adds a point's share of the score, or answers false when the property is out of reach for it.
class Tally {
 public:
  void fits(double weight, Text reason) {
    points_ += weight;
    result_.reasons.push_back(std::move(reason));
  }
  void nearly(double weight, double share, Text near_miss) {
    points_ += weight * share;
    result_.near_misses.push_back(std::move(near_miss));
  }
  void notAsked(double weight) { points_ += weight; }
  MatchScore done() {
    result_.score = static_cast<int>(std::lround(std::clamp(points_, 0.0, 100.0)));
    return std::move(result_);
  }

 private:
  double points_ = 0;
  MatchScore result_;
};

bool priceFits(const MatchCriterion& criterion, const MatchCandidate& property, Tally& tally) {
  if (!criterion.budget_min_cents && !criterion.budget_max_cents) {
    tally.notAsked(kPriceWeight);
    return true;
  }
  if (!property.price_cents) return false;
  const auto price = *property.price_cents;
  if (criterion.budget_min_cents && price < *criterion.budget_min_cents) return false;
  if (!criterion.budget_max_cents || price <= *criterion.budget_max_cents) {
    tally.fits(kPriceWeight, {"matching.price_in_budget", {{"price", euros(price)}}});
    return true;
  }
  const auto budget = *criterion.budget_max_cents;
  if (price > MatchScorer::highestPrice(budget)) return false;
  const double over = static_cast<double>(price - budget) / static_cast<double>(budget);
  tally.nearly(kPriceWeight, kNearMissShare * (1 - over / MatchScorer::kPriceTolerance) + 0.1,
               {"matching.price_over_budget", {{"percent", percent(over)}, {"budget", euros(budget)}}});
  return true;
}

bool areaFits(const MatchCriterion& criterion, const MatchCandidate& property, Tally& tally) {
  if (!criterion.living_area_min_m2) {
    tally.notAsked(kAreaWeight);
    return true;
  }
  if (!property.living_area_m2) return false;
  const double area = *property.living_area_m2;
  const double wanted = *criterion.living_area_min_m2;
  if (area >= wanted) {
    tally.fits(kAreaWeight,
               {"matching.area_fits", {{"area", frenchDecimal(area)}, {"min", frenchDecimal(wanted)}}});
    return true;
  }
  if (area < MatchScorer::lowestArea(wanted)) return false;
  const double under = (wanted - area) / wanted;
  tally.nearly(
      kAreaWeight, kNearMissShare * (1 - under / MatchScorer::kAreaTolerance) + 0.1,
      {"matching.area_under",
       {{"area", frenchDecimal(area)}, {"percent", percent(under)}, {"min", frenchDecimal(wanted)}}});
  return true;
}

// Rooms and bedrooms: the number asked fits; one fewer is a near miss.
bool countFits(std::optional<std::int64_t> wanted, std::optional<std::int64_t> actual, double weight,
               const char* fits_key, const char* fewer_key, Tally& tally) {
  if (!wanted) {
    tally.notAsked(weight);
    return true;
  }
  if (!actual || *actual < *wanted - 1) return false;
  const std::map<std::string, std::string> params = {{"count", std::to_string(*actual)},
                                                     {"min", std::to_string(*wanted)}};
  if (*actual >= *wanted) {
    tally.fits(weight, {fits_key, params});
  } else {
    tally.nearly(weight, 0.4, {fewer_key, params});
  }
  return true;
}

bool placeFits(const MatchCriterion& criterion, const MatchCandidate& property, Tally& tally) {
  if (!criterion.asksForPlace()) {
    tally.notAsked(kPlaceWeight);
    return true;
  }
  if (!property.city_key.empty() && std::find(criterion.cities.begin(), criterion.cities.end(),
                                              property.city_key) != criterion.cities.end()) {
    tally.fits(kPlaceWeight, {"matching.place_city", {{"city", property.city}}});
    return true;
  }
  for (const auto& code : criterion.postal_codes) {
    if (!property.postal_code.empty() && property.postal_code.starts_with(code)) {
      tally.fits(kPlaceWeight, {"matching.place_postal_code", {{"postal_code", property.postal_code}}});
      return true;
    }
  }
  if (!property.point) return false;
  if (criterion.near && criterion.near->contains(*property.point)) {
    const double km = geo::haversineMeters(criterion.near->center, *property.point) / 1000;
    tally.fits(kPlaceWeight,
               {"matching.place_near",
                {{"distance", frenchDecimal(km)}, {"radius", frenchDecimal(criterion.near->radius_km)}}});
    return true;
  }
  if (criterion.polygon && geo::pointInPolygon(*property.point, *criterion.polygon)) {
    tally.fits(kPlaceWeight, {"matching.place_polygon"});
    return true;
  }
  return false;
}

bool dpeFits(const MatchCriterion& criterion, const MatchCandidate& property, Tally& tally) {
  if (!criterion.dpe_max_rank) {
    tally.notAsked(kDpeWeight);
    return true;
  }
  const auto wanted = dpeClass(*criterion.dpe_max_rank);
  if (!property.dpe_rank) {
    tally.nearly(kDpeWeight, 0.4, {"matching.dpe_unknown", {{"max", wanted}}});
    return true;
  }
  const auto actual = dpeClass(*property.dpe_rank);
  if (*property.dpe_rank <= *criterion.dpe_max_rank) {
    tally.fits(kDpeWeight, {"matching.dpe_fits", {{"class", actual}, {"max", wanted}}});
    return true;
  }
  if (*property.dpe_rank > *criterion.dpe_max_rank + 1) return false;
  tally.nearly(kDpeWeight, 0.2, {"matching.dpe_one_worse", {{"class", actual}, {"max", wanted}}});
  return true;
}

// Every feature asked is worth its share; a missing one is a near miss, never a reason to leave it out.
void featuresFit(const MatchCriterion& criterion, const MatchCandidate& property, Tally& tally) {
  if (criterion.features_mask == 0) {
    tally.notAsked(kFeaturesWeight);
    return;
  }
  const auto& codes = propertyFeatures();
  const int asked = __builtin_popcountll(static_cast<unsigned long long>(criterion.features_mask));
  for (std::size_t bit = 0; bit < codes.size(); ++bit) {
    const std::int64_t flag = std::int64_t{1} << bit;
    if ((criterion.features_mask & flag) == 0) continue;
    const std::map<std::string, std::string> params = {{"feature", std::string(codes[bit])}};
    if ((property.features_mask & flag) != 0) {
      tally.fits(kFeaturesWeight / asked, {"matching.feature_present", params});
    } else {
      tally.nearly(kFeaturesWeight / asked, 0, {"matching.feature_missing", params});
    }
  }
}

}  // namespace

std::int64_t MatchScorer::highestPrice(std::int64_t budget_max_cents) {
  return budget_max_cents + budget_max_cents / 10;
}

double MatchScorer::lowestArea(double living_area_min_m2) {
  return living_area_min_m2 * (1 - kAreaTolerance);
}

std::optional<MatchScore> MatchScorer::score(const MatchCriterion& criterion,
                                             const MatchCandidate& property) {
  if (criterion.transaction && *criterion.transaction != property.transaction) return std::nullopt;
  if (!criterion.property_types.empty() &&
      std::find(criterion.property_types.begin(), criterion.property_types.end(), property.type) ==
          criterion.property_types.end()) {
    return std::nullopt;
  }
  Tally tally;
  if (!priceFits(criterion, property, tally) || !areaFits(criterion, property, tally) ||
      !placeFits(criterion, property, tally) ||
      !countFits(criterion.rooms_min, property.rooms, kRoomsWeight, "matching.rooms_fit",
                 "matching.rooms_fewer", tally) ||
      !countFits(criterion.bedrooms_min, property.bedrooms, kBedroomsWeight, "matching.bedrooms_fit",
                 "matching.bedrooms_fewer", tally) ||
      !dpeFits(criterion, property, tally)) {
    return std::nullopt;
  }
  featuresFit(criterion, property, tally);
  return tally.done();
}

}  // namespace logis
