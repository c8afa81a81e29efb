#include "properties/bench_listing_generator.hpp"

#include <gtest/gtest.h>

#include <map>

#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr EpochMs kLastCreated = 1'793'491'200'000;

std::vector<BenchListing> generate(std::uint64_t seed, std::int64_t count) {
  BenchListingGenerator generator(seed, count, kLastCreated, {7, 8, 9});
  std::vector<BenchListing> listings;
  for (std::int64_t i = 0; i < count; ++i) listings.push_back(generator.next());
  return listings;
}

TEST(BenchListingGeneratorTest, TheSameSeedGivesTheSameListings) {
  const auto first = generate(42, 200);
  const auto again = generate(42, 200);
  const auto other = generate(43, 200);
  int differing = 0;
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].record, again[i].record);
    EXPECT_EQ(first[i].created_at, again[i].created_at);
    differing += first[i].record != other[i].record;
  }
  EXPECT_GT(differing, 190);
}

// What PropertyService would accept: every field valid, and the rules between fields kept.
TEST(BenchListingGeneratorTest, EveryListingIsAValidRecord) {
  EpochMs previous = 0;
  for (const auto& listing : generate(1, 3000)) {
    const auto& record = listing.record;
    for (const auto& field : propertyFields()) {
      const auto value = toColumnValue(field, record[std::string(field.name)]);
      if (field.name != "reference") {
        EXPECT_FALSE(std::holds_alternative<Text>(value)) << field.name << " " << record.dump();
      }
    }
    const bool sale = record["transaction"] == "sale";
    EXPECT_TRUE(record[sale ? "price_cents" : "rent_cents"].is_number_integer()) << record.dump();
    if (sale) {
      EXPECT_LT(record["fees_cents"].get<std::int64_t>(), record["price_cents"].get<std::int64_t>());
    }
    if (record["rooms"].is_number() && record["bedrooms"].is_number()) {
      EXPECT_LE(record["bedrooms"].get<int>(), record["rooms"].get<int>());
    }
    EXPECT_LT(record["mandate_start"].get<std::string>(), record["mandate_end"].get<std::string>());
    if (record["dpe_status"] == "done") {
      EXPECT_LE(record["energy_cost_min_cents"].get<std::int64_t>(),
                record["energy_cost_max_cents"].get<std::int64_t>());
    } else {
      EXPECT_TRUE(record["dpe_class"].is_null() && record["ges_class"].is_null()) << record.dump();
    }
    EXPECT_TRUE(record["lat"].is_number() && record["lon"].is_number());
    EXPECT_GE(listing.created_at, previous - 6 * 3600 * 1000);
    EXPECT_LE(listing.created_at, kLastCreated);
    EXPECT_GE(listing.updated_at, listing.created_at);
    previous = listing.created_at;
  }
}

TEST(BenchListingGeneratorTest, TheSpreadLooksLikeTheFrenchMarket) {
  std::map<std::string, int> dpe;
  std::map<std::string, int> cities;
  int sales = 0;
  int pools = 0;
  const auto listings = generate(5, 20'000);
  for (const auto& listing : listings) {
    const auto& record = listing.record;
    if (record["dpe_class"].is_string()) ++dpe[record["dpe_class"].get<std::string>()];
    ++cities[record["city"].get<std::string>()];
    sales += record["transaction"] == "sale";
    pools += record["description"].get<std::string>().find("Piscine") != std::string::npos;
  }
  EXPECT_GT(dpe["D"], dpe["C"]);
  EXPECT_GT(dpe["C"], dpe["B"]);
  EXPECT_GT(dpe["B"], dpe["A"]);
  EXPECT_GT(dpe["G"], 0);
  EXPECT_GT(cities["Paris"], cities["Marseille"]);  // Paris holds the densest listings
  EXPECT_GT(cities.size(), 55u);
  EXPECT_GT(sales, 12'000);
  EXPECT_LT(sales, 17'000);
  EXPECT_GT(pools, 100);  // a word that full-text search finds, but not everywhere
  EXPECT_LT(pools, 2'000);
}

}  // namespace
}  // namespace logis
