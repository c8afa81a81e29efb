#include <gtest/gtest.h>

#include "core/i18n.hpp"
#include "matching/match_scorer.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

MatchCriterion apartmentInLyon() {
  MatchCriterion criterion;
  criterion.transaction = "sale";
  criterion.property_types = {"apartment"};
  criterion.budget_max_cents = 30000000;
  criterion.living_area_min_m2 = 65;
  criterion.rooms_min = 3;
  criterion.bedrooms_min = 2;
  criterion.cities = {"lyon"};
  criterion.dpe_max_rank = 4;              // D
  criterion.features_mask = 1 | (1 << 6);  // balcony, elevator
  return criterion;
}

MatchCandidate t3() {
  MatchCandidate property;
  property.id = 7;
  property.transaction = "sale";
  property.type = "apartment";
  property.price_cents = 28000000;
  property.living_area_m2 = 72;
  property.rooms = 3;
  property.bedrooms = 2;
  property.city = "Lyon";
  property.city_key = "lyon";
  property.postal_code = "69003";
  property.features_mask = 1 | (1 << 6);
  property.dpe_rank = 3;
  return property;
}

std::vector<std::string> french(const std::vector<Text>& texts) {
  std::vector<std::string> sentences;
  for (const auto& text : texts) {
    EXPECT_TRUE(hasTranslation(text.key)) << text.key;
    sentences.push_back(translate(Locale::fr, text));
  }
  return sentences;
}

TEST(MatchScorerTest, AFullFitScores100WithAReasonForEachPointAsked) {
  const auto score = MatchScorer::score(apartmentInLyon(), t3());
  ASSERT_TRUE(score);
  EXPECT_EQ(score->score, 100);
  EXPECT_TRUE(score->near_misses.empty());
  EXPECT_EQ(french(score->reasons),
            (std::vector<std::string>{"Prix dans le budget (280 000 €)", "Surface 72 m² ≥ 65 m²",
                                      "Ville : Lyon", "3 pièces (3 minimum)", "2 chambres (2 minimum)",
                                      "DPE C (D au plus)", "Équipement : balcony", "Équipement : elevator"}));
  EXPECT_EQ(score->reasons[6].params.at("feature"), "balcony");
}

TEST(MatchScorerTest, AnEmptyCriterionFitsEverythingFully) {
  const auto score = MatchScorer::score(MatchCriterion{}, t3());
  ASSERT_TRUE(score);
  EXPECT_EQ(score->score, 100);
  EXPECT_TRUE(score->reasons.empty());
}

TEST(MatchScorerTest, NearMissesLowerTheScoreTheFurtherTheyAre) {
  auto dearer = t3();
  dearer.price_cents = 31200000;
  const auto four_percent = MatchScorer::score(apartmentInLyon(), dearer);
  ASSERT_TRUE(four_percent);
  EXPECT_EQ(french(four_percent->near_misses),
            std::vector<std::string>{"Prix 4 % au-dessus du budget (300 000 €)"});
  dearer.price_cents = 32900000;
  const auto ten_percent = MatchScorer::score(apartmentInLyon(), dearer);
  ASSERT_TRUE(ten_percent);
  EXPECT_LT(ten_percent->score, four_percent->score);
  EXPECT_LT(four_percent->score, 100);
  dearer.price_cents = 33000001;
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), dearer));
  dearer.price_cents = 33000000;  // exactly 10 % over
  EXPECT_TRUE(MatchScorer::score(apartmentInLyon(), dearer));
}

TEST(MatchScorerTest, AreaRoomsBedroomsAndDpeMayMissByALittle) {
  auto property = t3();
  property.living_area_m2 = 58.5;  // 10 % under 65
  property.rooms = 2;
  property.bedrooms = 1;
  property.dpe_rank = 5;
  property.features_mask = 1;
  const auto score = MatchScorer::score(apartmentInLyon(), property);
  ASSERT_TRUE(score);
  EXPECT_EQ(french(score->near_misses),
            (std::vector<std::string>{"Surface 58,5 m², 10 % sous les 65 m² demandés",
                                      "Une pièce de moins que demandé (2 au lieu de 3)",
                                      "Une chambre de moins que demandé (1 au lieu de 2)",
                                      "DPE E : une classe au-delà de D", "Sans elevator"}));
  // Price 30 and place 20 in full; area 10 % of 20, rooms 40 % of 10, bedrooms 40 % of 5, DPE 20 % of 5,
  // one feature of two: 5.
  EXPECT_EQ(score->score, 64);
  property.living_area_m2 = 58.4;
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property = t3();
  property.rooms = 1;
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property = t3();
  property.dpe_rank = 6;
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property.dpe_rank.reset();
  EXPECT_EQ(french(MatchScorer::score(apartmentInLyon(), property)->near_misses),
            std::vector<std::string>{"DPE non renseigné (D au plus demandé)"});
}

TEST(MatchScorerTest, TheWrongTransactionTypeOrPlaceNeverFits) {
  auto property = t3();
  property.transaction = "rent";
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property = t3();
  property.type = "house";
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property = t3();
  property.city_key = "villeurbanne";
  EXPECT_FALSE(MatchScorer::score(apartmentInLyon(), property));
  property.price_cents.reset();
  MatchCriterion any_price_from;
  any_price_from.budget_min_cents = 1;
  EXPECT_FALSE(MatchScorer::score(any_price_from, property));
}

TEST(MatchScorerTest, PlacesArePostalPrefixesCirclesAndPolygons) {
  auto criterion = apartmentInLyon();
  criterion.cities.clear();
  criterion.postal_codes = {"690"};
  auto property = t3();
  EXPECT_EQ(french(MatchScorer::score(criterion, property)->reasons)[2], "Code postal 69003");
  criterion.postal_codes.clear();
  criterion.near = geo::Circle{{45.7605, 4.8597}, 2};
  EXPECT_FALSE(MatchScorer::score(criterion, property));  // no point
  property.point = geo::LatLon{45.7597, 4.8422};
  EXPECT_EQ(french(MatchScorer::score(criterion, property)->reasons)[2],
            "À 1,4 km du lieu recherché (rayon 2 km)");
  criterion.near->radius_km = 1;
  EXPECT_FALSE(MatchScorer::score(criterion, property));
  criterion.polygon = geo::Polygon{{45.7, 4.8}, {45.7, 4.9}, {45.8, 4.9}, {45.8, 4.8}};
  EXPECT_EQ(french(MatchScorer::score(criterion, property)->reasons)[2], "Dans la zone dessinée");
}

TEST(MatchScorerTest, EveryFeatureHasAFrenchName) {
  for (const auto& code : propertyFeatures()) {
    EXPECT_TRUE(hasTranslation("matching.feature." + std::string(code))) << code;
  }
}

}  // namespace
}  // namespace logis
