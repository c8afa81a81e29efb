#include "geo/sqlite_geo_functions.hpp"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "geo/geo.hpp"

namespace logis::geo {
namespace {

using Parameter = std::variant<double, std::string>;

class SqliteGeoFunctionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    registerSqliteGeoFunctions(db_);
  }
  void TearDown() override { sqlite3_close(db_); }

  void execute(const std::string& sql) {
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
  }

  // The first column of every row, NULL as nullopt; an error of SQLite's as its message.
  std::vector<std::optional<double>> column(const std::string& sql,
                                            const std::vector<Parameter>& params = {}) {
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db_);
    for (int i = 0; i < static_cast<int>(params.size()); ++i) {
      if (const auto* number = std::get_if<double>(&params[i])) {
        sqlite3_bind_double(statement, i + 1, *number);
      } else {
        sqlite3_bind_text(statement, i + 1, std::get<std::string>(params[i]).c_str(), -1, SQLITE_TRANSIENT);
      }
    }
    std::vector<std::optional<double>> values;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
      if (sqlite3_column_type(statement, 0) == SQLITE_NULL) {
        values.emplace_back();
      } else {
        values.emplace_back(sqlite3_column_double(statement, 0));
      }
    }
    last_error_ = status == SQLITE_DONE ? "" : sqlite3_errmsg(db_);
    sqlite3_finalize(statement);
    return values;
  }

  sqlite3* db_ = nullptr;
  std::string last_error_;
};

const std::string kFiji = "-19,177;-19,-179;-16,-179;-16,177";

TEST_F(SqliteGeoFunctionsTest, DistanceIsTheHaversineOfTheEngine) {
  const auto paris_lyon = column("SELECT geo_distance_m(48.8566, 2.3522, ?, ?)", {45.7640, 4.8357});
  ASSERT_EQ(paris_lyon.size(), 1U);
  EXPECT_EQ(paris_lyon[0], haversineMeters({48.8566, 2.3522}, {45.7640, 4.8357}));
  EXPECT_EQ(column("SELECT geo_distance_m(0, 179.9, 0, -179.9)")[0],
            haversineMeters({0, 179.9}, {0, -179.9}));
  EXPECT_EQ(column("SELECT geo_distance_m(NULL, 2.35, 45.76, 4.83)")[0], std::nullopt);
}

TEST_F(SqliteGeoFunctionsTest, InPolygonTestsEveryRow) {
  execute(
      "CREATE TABLE places (lat REAL, lon REAL);"
      "INSERT INTO places VALUES (-17.7, 178.4), (-17.7, -179.5), (-19, 178), (-17.7, -178), (-17.7, 0), "
      "(NULL, 178.4);");
  EXPECT_EQ(column("SELECT geo_in_polygon(lat, lon, ?) FROM places", {kFiji}),
            (std::vector<std::optional<double>>{1, 1, 1, 0, 0, std::nullopt}));
  EXPECT_EQ(column("SELECT COUNT(*) FROM places WHERE geo_in_polygon(lat, lon, ?)", {kFiji + ";-19,177"})[0],
            3);
}

TEST_F(SqliteGeoFunctionsTest, ABadPolygonFailsTheStatement) {
  execute("CREATE TABLE places (lat REAL, lon REAL); INSERT INTO places VALUES (0, 0);");
  column("SELECT geo_in_polygon(lat, lon, ?) FROM places", {std::string("0,0;1,1;1,0;0,1")});
  EXPECT_EQ(last_error_, "geo_in_polygon: \"polygon\": the sides of the polygon must not cross.");
  column("SELECT geo_in_polygon(lat, lon, NULL) FROM places");
  EXPECT_EQ(last_error_, "");
  column("SELECT geo_in_polygon(lat, lon, 42) FROM places");
  EXPECT_NE(last_error_.find("geo_in_polygon"), std::string::npos);
}

TEST_F(SqliteGeoFunctionsTest, FunctionsAreDeterministic) {
  // SQLite accepts only deterministic functions in an index expression.
  execute("CREATE TABLE places (lat REAL, lon REAL)");
  execute("CREATE INDEX places_from_paris ON places (geo_distance_m(lat, lon, 48.8566, 2.3522))");
  execute("CREATE INDEX places_in_square ON places (geo_in_polygon(lat, lon, '0,0;0,1;1,1;1,0'))");
}

// The prefilter shape recommended to the properties repository: an R*Tree of points, one SELECT per
// bounding box, then the exact test on the doubles of the table.
TEST_F(SqliteGeoFunctionsTest, RtreePrefilterThenExactTest) {
  execute(
      "CREATE TABLE properties (id INTEGER PRIMARY KEY, agency_id INTEGER, lat REAL, lon REAL);"
      "CREATE VIRTUAL TABLE property_locations USING rtree(id, min_lat, max_lat, min_lon, max_lon);"
      "INSERT INTO properties VALUES (1, 1, -17.7, 178.4), (2, 1, -17.72, -179.99), (3, 1, -17.7, -178.0),"
      "  (4, 2, -17.7, 178.41), (5, 1, 48.8566, 2.3522), (6, 1, NULL, NULL);"
      "INSERT INTO property_locations SELECT id, lat, lat, lon, lon FROM properties WHERE lat IS NOT NULL;");
  const std::string in_boxes =
      "p.id IN (SELECT id FROM property_locations WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND "
      "max_lon >= ? UNION ALL SELECT id FROM property_locations WHERE min_lat <= ? AND max_lat >= ? AND "
      "min_lon <= ? AND max_lon >= ?)";
  const auto box_parameters = [](const std::vector<BoundingBox>& boxes) {
    std::vector<Parameter> params;
    for (const auto& box : boxes) params.insert(params.end(), {box.north, box.south, box.east, box.west});
    return params;
  };

  const Circle circle{{-17.7, 179.5}, 150};
  auto params = box_parameters(circle.boxes());
  ASSERT_EQ(params.size(), 8U);
  params.insert(params.end(), {-17.7, 179.5, circle.radiusMeters()});
  EXPECT_EQ(column("SELECT p.id FROM properties p WHERE p.agency_id = 1 AND " + in_boxes +
                       " AND geo_distance_m(p.lat, p.lon, ?, ?) <= ? ORDER BY p.id",
                   params),
            (std::vector<std::optional<double>>{1, 2}));

  const auto fiji = parsePolygon(kFiji);
  params = box_parameters(polygonBoxes(fiji));
  params.push_back(kFiji);
  EXPECT_EQ(column("SELECT p.id FROM properties p WHERE p.agency_id = 1 AND " + in_boxes +
                       " AND geo_in_polygon(p.lat, p.lon, ?) ORDER BY p.id",
                   params),
            (std::vector<std::optional<double>>{1, 2}));
}

TEST(SqliteGeoFunctionsPocoTest, RegistersOnAPocoSession) {
  Poco::Data::SQLite::Connector::registerConnector();
  Poco::Data::Session session("SQLite", ":memory:");
  registerSqliteGeoFunctions(Poco::Data::SQLite::Utility::dbHandle(session));
  double meters = 0;
  session << "SELECT geo_distance_m(48.8566, 2.3522, 45.7640, 4.8357)", Poco::Data::Keywords::into(meters),
      Poco::Data::Keywords::now;
  EXPECT_NEAR(meters, 391'498, 1);
}

}  // namespace
}  // namespace logis::geo
