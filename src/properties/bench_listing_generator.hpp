#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "properties/bench_city.hpp"

namespace logis {

// One generated listing: the record as PropertyService holds it (every field of propertyFields(), the
// reference left null for the caller to number), and what the database adds.
struct BenchListing {
  nlohmann::json record;
  EpochMs created_at = 0;
  EpochMs updated_at = 0;
  std::optional<EpochMs> archived_at;
  int photo_count = 0;
};

// Realistic French listings for load tests: real cities and their prices per m², types, surfaces and
// rooms that go together, the DPE spread of the French housing stock, features, and titles and
// descriptions written from French word lists (so that full-text search meets real words, common and
// rare). The same seed gives the same listings: the engine (mt19937_64) and the draws built on it are
// fully specified, unlike std's distributions.
class BenchListingGenerator {
 public:
  // Listings are created over the three years before `last_created`, the n-th of `count` later than the
  // ones before it, as ids and creation dates go together in a real database.
  BenchListingGenerator(std::uint64_t seed, std::int64_t count, EpochMs last_created,
                        std::vector<std::int64_t> agent_ids);

  BenchListing next();

 private:
  struct Draft;

  double unit();                       // [0, 1)
  std::int64_t below(std::int64_t n);  // [0, n)
  double normal();
  double lognormal(double sigma) { return std::exp(sigma * normal()); }
  bool chance(double probability) { return unit() < probability; }
  std::size_t weighted(const std::vector<double>& weights);
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<std::int64_t>(items.size())))];
  }

  void place(Draft& draft);
  void kind(Draft& draft);
  void surfaces(Draft& draft);
  void features(Draft& draft);
  void prices(Draft& draft);
  void energy(Draft& draft);
  void building(Draft& draft);
  void mandate(Draft& draft);
  void owner(Draft& draft);
  std::string title(const Draft& draft);
  std::string description(const Draft& draft);
  std::string featureSentences(const Draft& draft);
  std::string rareDetails(const Draft& draft);

  std::mt19937_64 engine_;
  std::int64_t count_;
  std::int64_t index_ = 0;
  EpochMs first_created_;
  EpochMs last_created_;
  std::vector<std::int64_t> agent_ids_;
  std::vector<double> city_weights_;
};

}  // namespace logis
