#pragma once

struct sqlite3;

namespace logis::geo {

// Defines two deterministic SQL functions on one SQLite connection (call it for every new connection;
// with POCO: Poco::Data::SQLite::Utility::dbHandle(session)):
//   geo_distance_m(lat1, lon1, lat2, lon2)  metres, as haversineMeters (and MariaDB's ST_Distance_Sphere)
//   geo_in_polygon(lat, lon, polygon_text)  1 or 0, as pointInPolygon; polygon_text as the `polygon`
//                                           query parameter ("lat,lon;lat,lon;..."), parsed once a statement
// Both answer NULL when a coordinate is NULL. Throws std::runtime_error when SQLite refuses them.
void registerSqliteGeoFunctions(sqlite3* db);

}  // namespace logis::geo
