#include <random>
#include <set>

#include "geo/geo.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// Every geographic search answers exactly what a brute-force filter over the same points answers: in
// Paris, around the north pole, and across the antimeridian, on both databases.
class GeoSearchTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    std::mt19937 random(42);
    const auto scatter = [&](int count, double lat0, double lat1, double lon0, double lon1) {
      std::uniform_real_distribution<double> lat(lat0, lat1), lon(lon0, lon1);
      for (int i = 0; i < count; ++i) add({lat(random), lon(random)});
    };
    scatter(60, 48.78, 48.94, 2.22, 2.48);      // Paris
    scatter(20, 89.0, 89.99, -180, 180);        // the north pole
    scatter(15, -17.0, -16.0, 179.0, 180.0);    // Fiji, east of the antimeridian...
    scatter(15, -17.0, -16.0, -180.0, -179.0);  // ...and west of it
    scatter(10, -1, 1, -1, 1);                  // the equator at Greenwich
  }

  void add(geo::LatLon point) {
    const auto result = manager_.post("/api/v1/properties", {{"transaction", "sale"},
                                                             {"type", "house"},
                                                             {"title", "Point"},
                                                             {"lat", point.lat},
                                                             {"lon", point.lon}});
    ASSERT_EQ(result.status, 201) << result.body;
    points_[result.json()["id"].get<std::int64_t>()] = point;
  }

  std::set<std::int64_t> found(const std::string& query) {
    const auto result = manager_.get("/api/v1/properties/points?" + query);
    EXPECT_EQ(result.status, 200) << query << ": " << result.body;
    std::set<std::int64_t> ids;
    const auto body = result.json();
    for (const auto& item : body["items"]) ids.insert(item["id"].get<std::int64_t>());
    return ids;
  }

  template <typename Predicate>
  std::set<std::int64_t> bruteForce(Predicate matches) const {
    std::set<std::int64_t> ids;
    for (const auto& [id, point] : points_) {
      if (matches(point)) ids.insert(id);
    }
    return ids;
  }

  ApiClient manager_{0};
  std::map<std::int64_t, geo::LatLon> points_;
};

TEST_F(GeoSearchTest, RadiusSearchesEqualTheHaversineFilter) {
  const std::vector<std::tuple<double, double, double>> circles = {
      {48.8566, 2.3522, 2.5},
      {48.8566, 2.3522, 5},
      {48.86, 2.30, 12},  // Paris
      {89.9, 0, 100},
      {89.5, 120, 60},  // over and near the pole
      {-16.5, 179.9, 80},
      {-16.5, -179.95, 40},  // across the antimeridian
      {0, 0, 150},
  };
  for (const auto& [lat, lon, radius_km] : circles) {
    const geo::Circle circle{{lat, lon}, radius_km};
    const auto expected = bruteForce([&](geo::LatLon p) { return circle.contains(p); });
    const auto query =
        "near=" + std::to_string(lat) + "," + std::to_string(lon) + "&radius_km=" + std::to_string(radius_km);
    EXPECT_EQ(found(query), expected) << query;
    EXPECT_FALSE(expected.empty()) << query << " tests nothing";
  }
}

TEST_F(GeoSearchTest, ViewportSearchesEqualTheBoxFilter) {
  for (const std::string bbox :
       {"2.30,48.84,2.40,48.88", "179.5,-17,-179.5,-16", "-180,88,180,90", "-0.5,-0.5,0.5,0.5"}) {
    const auto boxes = geo::parseBbox(bbox);
    const auto expected = bruteForce([&](geo::LatLon p) { return geo::anyContains(boxes, p); });
    EXPECT_EQ(found("bbox=" + bbox), expected) << bbox;
    EXPECT_FALSE(expected.empty()) << bbox << " tests nothing";
  }
}

TEST_F(GeoSearchTest, PolygonSearchesEqualThePointInPolygonFilter) {
  for (const std::string polygon : {
           "48.90,2.30;48.90,2.42;48.82,2.42;48.86,2.36;48.82,2.30",  // concave, over Paris
           "-16.2,179.5;-16.2,-179.6;-16.9,-179.6;-16.9,179.5",       // across the antimeridian
           "0.8,-0.8;0.8,0.8;-0.8,0",                                 // a triangle at Greenwich
       }) {
    const auto shape = geo::parsePolygon(polygon);
    const auto expected = bruteForce([&](geo::LatLon p) { return geo::pointInPolygon(p, shape); });
    EXPECT_EQ(found("polygon=" + polygon), expected) << polygon;
    EXPECT_FALSE(expected.empty()) << polygon << " tests nothing";
  }
}

TEST_F(GeoSearchTest, NearSearchesSortByDistanceAndSayHowFar) {
  const auto page =
      manager_.get("/api/v1/properties?near=48.8566,2.3522&radius_km=3&sort=distance&per_page=100").json();
  ASSERT_GT(page["items"].size(), 2u);
  double previous = 0;
  for (const auto& item : page["items"]) {
    const double km = item["distance_km"];
    const double expected = geo::haversineMeters({48.8566, 2.3522}, {item["lat"], item["lon"]}) / 1000;
    EXPECT_NEAR(km, expected, 0.006);
    EXPECT_GE(km + 0.01, previous);
    previous = km;
  }
}

TEST_F(GeoSearchTest, GeographicFiltersCombineWithTheOthers) {
  const auto first = points_.begin();
  manager_.patch("/api/v1/properties/" + std::to_string(first->first), {{"type", "apartment"}});
  const auto expected = std::set<std::int64_t>{first->first};
  EXPECT_EQ(found("type=apartment&bbox=-180,-90,180,90"), expected);
}

TEST_F(GeoSearchTest, BadGeographicParametersAreNamed) {
  for (const auto* query :
       {"near=48.8,2.3", "radius_km=5", "near=95,2&radius_km=5", "near=48,2&radius_km=-1", "bbox=1,2,3",
        "bbox=a,b,c,d", "polygon=1,1;2,2", "polygon=0,0;1,1;0,1;1,0", "sort=distance"}) {
    const auto result = manager_.get(std::string("/api/v1/properties?") + query);
    EXPECT_EQ(result.status, 400) << query;
  }
}

}  // namespace
}  // namespace logis::testing
