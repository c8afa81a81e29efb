#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace logis::geo {

// The sphere MariaDB's ST_Distance_Sphere uses by default: with the same radius and formula, a distance
// computed here, in SQLite (geo_distance_m) and in MariaDB is the same number.
inline constexpr double kEarthRadiusMeters = 6370986.0;

struct LatLon {
  double lat = 0;
  double lon = 0;
  bool operator==(const LatLon&) const = default;
};

double haversineMeters(LatLon a, LatLon b);

// A latitude/longitude rectangle that never crosses the antimeridian: west <= east, south <= north.
// An area that crosses it is described by two boxes.
struct BoundingBox {
  double west = -180;
  double south = -90;
  double east = 180;
  double north = 90;
  bool contains(LatLon point) const;
  bool operator==(const BoundingBox&) const = default;
};

// The boxes that hold every point within `radius_meters` of `center`: one box; two when the circle
// crosses the antimeridian; one box over every longitude when it reaches a pole.
std::vector<BoundingBox> boxesAround(LatLon center, double radius_meters);
// The box(es) from west to east going eastwards: two when west > east (across the antimeridian).
std::vector<BoundingBox> boxesBetween(double west, double south, double east, double north);
bool anyContains(const std::vector<BoundingBox>& boxes, LatLon point);

struct Circle {
  LatLon center;
  double radius_km = 0;
  double radiusMeters() const { return radius_km * 1000; }
  std::vector<BoundingBox> boxes() const { return boxesAround(center, radiusMeters()); }
  bool contains(LatLon point) const { return haversineMeters(center, point) <= radiusMeters(); }
};

// The vertices of a simple polygon, in order, not repeating the first at the end.
using Polygon = std::vector<LatLon>;

// Ray casting in the (lon, lat) plane; a point on an edge or a vertex is inside. Longitudes are taken
// within 180° of the first vertex, so a polygon across the antimeridian (179.5 -> -179.5) works.
bool pointInPolygon(LatLon point, const Polygon& polygon);
std::vector<BoundingBox> polygonBoxes(const Polygon& polygon);
// The polygon as MariaDB WKT in (lon lat) order: a POLYGON, or a MULTIPOLYGON of it and its copy
// shifted by 360° when it crosses the antimeridian, so the stored points (lon in [-180, 180]) meet one.
std::string polygonWkt(const Polygon& polygon);

// The geographic filters of GET /api/v1/properties. Each throws ApiError 400 `invalid_geo` with a
// message that names the parameter.
// `near=lat,lon` and `radius_km` (0 < r <= 500) go together; nullopt when neither is given.
std::optional<Circle> parseNear(const std::optional<std::string>& near,
                                const std::optional<std::string>& radius_km);
// `bbox=west,south,east,north` (Leaflet's toBBoxString()); west > east crosses the antimeridian.
std::vector<BoundingBox> parseBbox(std::string_view text);
// `polygon=lat,lon;lat,lon;...`: 3 to 200 points, open or closed, not self-intersecting.
Polygon parsePolygon(std::string_view text);

}  // namespace logis::geo
