#include "geo/geo.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <numbers>

#include "core/api_error.hpp"
#include "core/i18n.hpp"

namespace logis::geo {
namespace {

constexpr LatLon kParis{48.8566, 2.3522};
constexpr LatLon kLyon{45.7640, 4.8357};

// Runs `parse` and returns the refusal it throws, checking that it is a 400 `invalid_geo` that names
// `parameter` in both languages.
ApiError refusalOf(const std::function<void()>& parse, const std::string& parameter) {
  try {
    parse();
  } catch (const ApiError& error) {
    EXPECT_EQ(error.status, 400);
    EXPECT_EQ(error.code, "invalid_geo");
    EXPECT_TRUE(error.fields.contains(parameter)) << error.message.key;
    EXPECT_TRUE(hasTranslation(error.message.key)) << error.message.key;
    EXPECT_NE(translate(Locale::fr, error.message).find("« " + parameter + " »"), std::string::npos)
        << translate(Locale::fr, error.message);
    EXPECT_NE(translate(Locale::en, error.message).find('"' + parameter + '"'), std::string::npos)
        << translate(Locale::en, error.message);
    return error;
  }
  ADD_FAILURE() << "accepted";
  return ApiError(0, "", {""});
}

std::string refusalKey(const std::string& polygon) {
  return refusalOf([&] { parsePolygon(polygon); }, "polygon").message.key;
}

// A polygon parameter of `count` points on a circle.
std::string circleText(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    const double angle = 2 * std::numbers::pi * i / count;
    text += (i ? ";" : "") + std::to_string(std::sin(angle)) + "," + std::to_string(std::cos(angle));
  }
  return text;
}

// The point `meters` away from `from` in the direction `bearing` (degrees clockwise from north).
LatLon destination(LatLon from, double meters, double bearing) {
  const double to_radians = std::numbers::pi / 180;
  const double lat = from.lat * to_radians;
  const double angle = meters / kEarthRadiusMeters;
  const double theta = bearing * to_radians;
  const double lat2 =
      std::asin(std::sin(lat) * std::cos(angle) + std::cos(lat) * std::sin(angle) * std::cos(theta));
  const double dlon = std::atan2(std::sin(theta) * std::sin(angle) * std::cos(lat),
                                 std::cos(angle) - std::sin(lat) * std::sin(lat2));
  return {lat2 / to_radians, std::remainder(from.lon + dlon / to_radians, 360.0)};
}

// Points of the disc around `center`, up to its edge and in every direction, lie in one of the boxes.
void expectBoxesHoldTheCircle(LatLon center, double radius_meters) {
  const auto boxes = boxesAround(center, radius_meters);
  for (int tenth = 1; tenth <= 10; ++tenth) {
    for (double bearing = 0; bearing < 360; bearing += 0.5) {
      const auto point = destination(center, radius_meters * (tenth / 10.0 - 1e-6), bearing);
      ASSERT_LE(haversineMeters(center, point), radius_meters);
      ASSERT_TRUE(anyContains(boxes, point)) << point.lat << "," << point.lon << " bearing " << bearing;
    }
  }
}

TEST(HaversineTest, KnownDistances) {
  EXPECT_NEAR(haversineMeters(kParis, kLyon), 391'500, 391.5);
  // MariaDB 10.11: SELECT ST_Distance_Sphere(POINT(2.3522, 48.8566), POINT(4.8357, 45.7640))
  EXPECT_DOUBLE_EQ(haversineMeters(kParis, kLyon), 391498.0713721003);
  EXPECT_DOUBLE_EQ(haversineMeters(kParis, kLyon), haversineMeters(kLyon, kParis));
  EXPECT_EQ(haversineMeters(kParis, kParis), 0);
  EXPECT_NEAR(haversineMeters({0, 179.9}, {0, -179.9}), 22'238.9, 0.1);
  EXPECT_NEAR(haversineMeters({0, 0}, {0, 180}), std::numbers::pi * kEarthRadiusMeters, 1e-6);
  EXPECT_NEAR(haversineMeters({90, 0}, {90, 123}), 0, 1e-6);
}

TEST(BoundingBoxTest, OneBoxAroundParis) {
  const auto boxes = boxesAround(kParis, 5000);
  ASSERT_EQ(boxes.size(), 1U);
  EXPECT_TRUE(boxes[0].contains(kParis));
  EXPECT_NEAR(boxes[0].north - boxes[0].south, 2 * 5000 / kEarthRadiusMeters * 180 / std::numbers::pi, 1e-9);
  EXPECT_FALSE(boxes[0].contains(kLyon));
  for (const double bearing : {0, 90, 180, 270}) {
    EXPECT_FALSE(boxes[0].contains(destination(kParis, 5050, bearing))) << bearing;
  }
  expectBoxesHoldTheCircle(kParis, 5000);
}

TEST(BoundingBoxTest, ReachingTheNorthPoleTakesEveryLongitude) {
  const auto boxes = boxesAround({89.99, 10}, 5000);
  ASSERT_EQ(boxes.size(), 1U);
  EXPECT_EQ(boxes[0].west, -180);
  EXPECT_EQ(boxes[0].east, 180);
  EXPECT_EQ(boxes[0].north, 90);
  EXPECT_TRUE(boxes[0].contains({89.97, -170}));
  expectBoxesHoldTheCircle({89.99, 10}, 5000);
  expectBoxesHoldTheCircle({89.5, 10}, 100'000);
  expectBoxesHoldTheCircle({-89.9, 0}, 50'000);
}

TEST(BoundingBoxTest, TwoBoxesAcrossTheAntimeridian) {
  const auto boxes = boxesAround({0, 179.9}, 50'000);
  ASSERT_EQ(boxes.size(), 2U);
  EXPECT_EQ(boxes[0].east, 180);
  EXPECT_EQ(boxes[1].west, -180);
  EXPECT_TRUE(anyContains(boxes, {0, 179.8}));
  EXPECT_TRUE(anyContains(boxes, {0, -179.8}));
  EXPECT_FALSE(anyContains(boxes, {0, 0}));
  EXPECT_FALSE(anyContains(boxes, {0, -179}));
  EXPECT_FALSE(anyContains(boxes, destination({0, 179.9}, 50'500, 90)));
  EXPECT_FALSE(anyContains(boxes, destination({0, 179.9}, 50'500, 270)));
  expectBoxesHoldTheCircle({0, 179.9}, 50'000);
  expectBoxesHoldTheCircle({-60, -179.95}, 200'000);
}

TEST(BboxParameterTest, ReadsWestSouthEastNorth) {
  const auto boxes = parseBbox("2.25,48.81,2.42,48.9");
  ASSERT_EQ(boxes.size(), 1U);
  EXPECT_EQ(boxes[0], (BoundingBox{2.25, 48.81, 2.42, 48.9}));
  EXPECT_TRUE(anyContains(boxes, kParis));
}

TEST(BboxParameterTest, WestAboveEastCrossesTheAntimeridian) {
  const auto boxes = parseBbox("170,-20,-170,-10");
  ASSERT_EQ(boxes.size(), 2U);
  EXPECT_EQ(boxes[0], (BoundingBox{170, -20, 180, -10}));
  EXPECT_EQ(boxes[1], (BoundingBox{-180, -20, -170, -10}));
  EXPECT_TRUE(anyContains(boxes, {-17.7, 178.4}));  // Fiji
  EXPECT_FALSE(anyContains(boxes, {-17.7, 0}));
}

TEST(BboxParameterTest, RefusesWhatIsNotABox) {
  for (const std::string bad :
       {"", "1,2,3", "1,2,3,4,5", "a,b,c,d", "2.25;48.81;2.42;48.9", "1,,3,4", "nan,0,1,1"}) {
    EXPECT_EQ(refusalOf([&] { parseBbox(bad); }, "bbox").message.key, "geo.bbox_format") << bad;
  }
  EXPECT_EQ(refusalOf([] { parseBbox("-181,0,10,10"); }, "bbox").message.key, "geo.out_of_range");
  EXPECT_EQ(refusalOf([] { parseBbox("0,-91,10,10"); }, "bbox").message.key, "geo.out_of_range");
  EXPECT_EQ(refusalOf([] { parseBbox("0,10,10,5"); }, "bbox").message.key, "geo.bbox_south_above_north");
}

TEST(NearParameterTest, ReadsACircle) {
  EXPECT_EQ(parseNear(std::nullopt, std::nullopt), std::nullopt);
  const auto circle = parseNear("48.8566,2.3522", "5");
  ASSERT_TRUE(circle);
  EXPECT_EQ(circle->center, kParis);
  EXPECT_EQ(circle->radius_km, 5);
  EXPECT_TRUE(circle->contains({48.86, 2.36}));
  EXPECT_FALSE(circle->contains(kLyon));
  EXPECT_TRUE(parseNear(" 45.764 , 4.8357 ", "500")->contains(kParis));
}

TEST(NearParameterTest, RefusesABadCircle) {
  using Near = std::optional<std::string>;
  const auto key = [](Near near, Near radius, const std::string& parameter) {
    return refusalOf([&] { parseNear(near, radius); }, parameter).message.key;
  };
  EXPECT_EQ(key(std::nullopt, "5", "radius_km"), "geo.radius_without_near");
  EXPECT_EQ(key("48.8,2.3", std::nullopt, "near"), "geo.near_without_radius");
  EXPECT_EQ(key("48.8", "5", "near"), "geo.near_format");
  EXPECT_EQ(key("48.8,2.3x", "5", "near"), "geo.near_format");
  EXPECT_EQ(key("91,2.3", "5", "near"), "geo.out_of_range");
  EXPECT_EQ(key("48.8,-180.5", "5", "near"), "geo.out_of_range");
  for (const std::string radius : {"0", "-1", "500.1", "abc", "", "inf"}) {
    EXPECT_EQ(key("48.8,2.3", radius, "radius_km"), "geo.radius_range") << radius;
  }
}

TEST(PolygonParameterTest, ReadsOpenAndClosedPolygons) {
  const Polygon triangle{{48.8, 2.3}, {48.9, 2.3}, {48.9, 2.4}};
  EXPECT_EQ(parsePolygon("48.8,2.3;48.9,2.3;48.9,2.4"), triangle);
  EXPECT_EQ(parsePolygon("48.8,2.3;48.9,2.3;48.9,2.4;48.8,2.3"), triangle);
  EXPECT_EQ(parsePolygon("48.8,2.3;48.9,2.3;48.9,2.3;48.9,2.4"), triangle);
  // A concave "U": its edges meet only at their shared vertices.
  EXPECT_EQ(parsePolygon("0,0;0,3;3,3;3,2;1,2;1,1;3,1;3,0").size(), 8U);
}

TEST(PolygonParameterTest, RefusesTooFewOrTooManyPoints) {
  EXPECT_EQ(refusalKey("48.8,2.3;48.9,2.3"), "geo.polygon_point_count");
  EXPECT_EQ(refusalKey("48.8,2.3;48.9,2.3;48.8,2.3"), "geo.polygon_point_count");
  EXPECT_EQ(parsePolygon(circleText(200)).size(), 200U);
  EXPECT_EQ(refusalKey(circleText(201)), "geo.polygon_point_count");
  EXPECT_EQ(refusalKey(circleText(5000)), "geo.polygon_point_count");
}

TEST(PolygonParameterTest, RefusesSelfIntersections) {
  EXPECT_EQ(refusalKey("0,0;1,1;1,0;0,1"), "geo.polygon_self_intersecting");            // bowtie
  EXPECT_EQ(refusalKey("0,0;0,4;4,4;4,0;2,-1;2,5"), "geo.polygon_self_intersecting");   // crossing edges
  EXPECT_EQ(refusalKey("0,0;0,4;4,4;0,2;-1,2"), "geo.polygon_self_intersecting");       // vertex on an edge
  EXPECT_EQ(refusalKey("0,0;0,1;0,2"), "geo.polygon_self_intersecting");                // flat, folds back
  EXPECT_EQ(refusalKey("0,0;0,4;4,4;0,2"), "geo.polygon_self_intersecting");            // back along an edge
  EXPECT_EQ(refusalKey("0,179;0,-179;1,179;1,-179"), "geo.polygon_self_intersecting");  // bowtie across 180°
}

TEST(PolygonParameterTest, RefusesMalformedPoints) {
  for (const std::string bad :
       {"", "48.8,2.3;abc;48.9,2.4", "48.8;2.3;48.9", "48.8,2.3,1;48.9,2.3;48.9,2.4",
        "48.8,2.3;;48.9,2.4;48.7,2.4", "48,8,2,3", "0x1,2;3,4;5,6", "1e999,2;3,4;5,6"}) {
    EXPECT_EQ(refusalKey(bad), "geo.polygon_format") << bad;
  }
  EXPECT_EQ(refusalKey("91,0;0,0;0,1"), "geo.out_of_range");
  EXPECT_EQ(refusalKey("0,0;0,1;1,181"), "geo.out_of_range");
}

TEST(PointInPolygonTest, SquareWithItsBoundary) {
  const Polygon square{{0, 0}, {0, 2}, {2, 2}, {2, 0}};
  EXPECT_TRUE(pointInPolygon({1, 1}, square));
  EXPECT_TRUE(pointInPolygon({0, 1}, square));  // on an edge
  EXPECT_TRUE(pointInPolygon({2, 2}, square));  // on a vertex
  EXPECT_FALSE(pointInPolygon({2.0001, 1}, square));
  EXPECT_FALSE(pointInPolygon({1, -0.0001}, square));
  EXPECT_FALSE(pointInPolygon({2, 3}, square));  // level with an edge, beyond it
}

TEST(PointInPolygonTest, ConcavePolygon) {
  const auto u = parsePolygon("0,0;0,3;3,3;3,2;1,2;1,1;3,1;3,0");  // a "U" opening to the north
  EXPECT_TRUE(pointInPolygon({0.5, 1.5}, u));                      // the bottom of the U
  EXPECT_TRUE(pointInPolygon({2.5, 0.5}, u));                      // an arm
  EXPECT_TRUE(pointInPolygon({2.5, 2.5}, u));                      // the other arm
  EXPECT_FALSE(pointInPolygon({2, 1.5}, u));                       // the notch between the arms
  EXPECT_TRUE(pointInPolygon({1, 1.5}, u));                        // the notch's floor
  EXPECT_FALSE(pointInPolygon({1, 4}, u));                         // level with vertices, outside
}

TEST(PointInPolygonTest, PolygonAcrossTheAntimeridian) {
  const auto fiji = parsePolygon("-19,177;-19,-179;-16,-179;-16,177");
  EXPECT_TRUE(pointInPolygon({-17.7, 178.4}, fiji));
  EXPECT_TRUE(pointInPolygon({-17.7, 180}, fiji));
  EXPECT_TRUE(pointInPolygon({-17.7, -180}, fiji));
  EXPECT_TRUE(pointInPolygon({-17.7, -179.5}, fiji));
  EXPECT_FALSE(pointInPolygon({-17.7, -178}, fiji));
  EXPECT_FALSE(pointInPolygon({-17.7, 0}, fiji));
  EXPECT_FALSE(pointInPolygon({-17.7, 176}, fiji));

  const auto boxes = polygonBoxes(fiji);
  ASSERT_EQ(boxes.size(), 2U);
  EXPECT_EQ(boxes[0], (BoundingBox{177, -19, 180, -16}));
  EXPECT_EQ(boxes[1], (BoundingBox{-180, -19, -179, -16}));
  EXPECT_EQ(polygonWkt(fiji),
            "MULTIPOLYGON(((177 -19,181 -19,181 -16,177 -16,177 -19)),"
            "((-183 -19,-179 -19,-179 -16,-183 -16,-183 -19)))");
}

TEST(PointInPolygonTest, BoxAndWktOfAnOrdinaryPolygon) {
  const auto paris = parsePolygon("48.80,2.25;48.90,2.25;48.90,2.42;48.80,2.42");
  EXPECT_TRUE(pointInPolygon(kParis, paris));
  EXPECT_EQ(polygonBoxes(paris), (std::vector<BoundingBox>{{2.25, 48.80, 2.42, 48.90}}));
  EXPECT_EQ(polygonWkt(paris), "POLYGON((2.25 48.8,2.25 48.9,2.42 48.9,2.42 48.8,2.25 48.8))");
}

}  // namespace
}  // namespace logis::geo
