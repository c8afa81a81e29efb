#include "geo/geo.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <numbers>

#include "core/api_error.hpp"

namespace logis::geo {
namespace {

constexpr std::size_t kMinPolygonPoints = 3;
constexpr std::size_t kMaxPolygonPoints = 200;
constexpr double kMaxRadiusKm = 500;
// How far from an edge (in degrees, about 0.1 mm) a point still counts as on it.
constexpr double kOnEdgeTolerance = 1e-9;

double radians(double degrees) {
  return degrees * std::numbers::pi / 180;
}

double degrees(double radians) {
  return radians * 180 / std::numbers::pi;
}

// A longitude in [-180, 180] again after a shift of at most one turn.
double wrapped(double lon) {
  if (lon < -180) return lon + 360;
  if (lon > 180) return lon - 360;
  return lon;
}

// The longitude within 180° of `reference`: the same meridian, but on the reference's side of the
// antimeridian.
double unwrapped(double lon, double reference) {
  return reference + std::remainder(lon - reference, 360.0);
}

// A vertex in the plane where the polygon is tested: x = unwrapped longitude, y = latitude.
struct PlanePoint {
  double x;
  double y;
};

std::vector<PlanePoint> inPlane(const Polygon& polygon) {
  std::vector<PlanePoint> points;
  points.reserve(polygon.size());
  for (const auto& vertex : polygon)
    points.push_back({unwrapped(vertex.lon, polygon.front().lon), vertex.lat});
  return points;
}

double cross(PlanePoint origin, PlanePoint a, PlanePoint b) {
  return (a.x - origin.x) * (b.y - origin.y) - (a.y - origin.y) * (b.x - origin.x);
}

double dot(PlanePoint origin, PlanePoint a, PlanePoint b) {
  return (a.x - origin.x) * (b.x - origin.x) + (a.y - origin.y) * (b.y - origin.y);
}

int sign(double value) {
  return (value > 0) - (value < 0);
}

// For a point known to be on the line through a and b: whether it lies between them.
bool withinSpan(PlanePoint a, PlanePoint b, PlanePoint point, double tolerance = 0) {
  return point.x >= std::min(a.x, b.x) - tolerance && point.x <= std::max(a.x, b.x) + tolerance &&
         point.y >= std::min(a.y, b.y) - tolerance && point.y <= std::max(a.y, b.y) + tolerance;
}

bool segmentsIntersect(PlanePoint a, PlanePoint b, PlanePoint c, PlanePoint d) {
  const int abc = sign(cross(a, b, c));
  const int abd = sign(cross(a, b, d));
  const int cda = sign(cross(c, d, a));
  const int cdb = sign(cross(c, d, b));
  if (abc * abd < 0 && cda * cdb < 0) return true;
  // An end on the other segment: a T, a shared point or a collinear overlap.
  return (abc == 0 && withinSpan(a, b, c)) || (abd == 0 && withinSpan(a, b, d)) ||
         (cda == 0 && withinSpan(c, d, a)) || (cdb == 0 && withinSpan(c, d, b));
}

// Two consecutive edges a->shared->c meet only at `shared` unless c turns straight back along the first.
bool foldsBack(PlanePoint a, PlanePoint shared, PlanePoint c) {
  return cross(shared, a, c) == 0 && dot(shared, a, c) > 0;
}

// Edges i < j (edge k runs from vertex k to the next): neighbours share a vertex and may meet only
// there; other edges may not meet at all.
bool edgesCollide(const std::vector<PlanePoint>& points, std::size_t i, std::size_t j) {
  const std::size_t n = points.size();
  if (j == i + 1) return foldsBack(points[i], points[j], points[(j + 1) % n]);
  if (i == 0 && j == n - 1) return foldsBack(points[j], points[0], points[1]);
  return segmentsIntersect(points[i], points[i + 1], points[j], points[(j + 1) % n]);
}

bool isSelfIntersecting(const Polygon& polygon) {
  const auto points = inPlane(polygon);
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size(); ++j) {
      if (edgesCollide(points, i, j)) return true;
    }
  }
  return false;
}

bool onEdge(PlanePoint a, PlanePoint b, PlanePoint point) {
  const double length = std::hypot(b.x - a.x, b.y - a.y);
  return std::abs(cross(a, b, point)) <= kOnEdgeTolerance * length &&
         withinSpan(a, b, point, kOnEdgeTolerance);
}

[[noreturn]] void refuse(const std::string& parameter, std::string key,
                         std::map<std::string, std::string> params = {}) {
  Text message{std::move(key), std::move(params)};
  throw ApiError(400, "invalid_geo", message, {{parameter, message}});
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::optional<double> parseNumber(std::string_view text) {
  text = trimmed(text);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// Exactly `count` numbers separated by commas, or nullopt.
std::optional<std::vector<double>> parseNumbers(std::string_view text, std::size_t count) {
  const auto parts = split(text, ',');
  if (parts.size() != count) return std::nullopt;
  std::vector<double> numbers;
  for (const auto part : parts) {
    const auto number = parseNumber(part);
    if (!number) return std::nullopt;
    numbers.push_back(*number);
  }
  return numbers;
}

bool validLatitude(double lat) {
  return lat >= -90 && lat <= 90;
}

bool validLongitude(double lon) {
  return lon >= -180 && lon <= 180;
}

LatLon parseLatLon(std::string_view text, const std::string& parameter, const std::string& format_key) {
  const auto numbers = parseNumbers(text, 2);
  if (!numbers) refuse(parameter, format_key);
  const LatLon point{(*numbers)[0], (*numbers)[1]};
  if (!validLatitude(point.lat) || !validLongitude(point.lon)) {
    refuse(parameter, "geo.out_of_range", {{"name", parameter}});
  }
  return point;
}

// The distinct vertices: a closing copy of the first vertex and repeated consecutive vertices carry no
// edge, and would look like self-intersections.
Polygon withoutRepeats(const Polygon& points) {
  Polygon vertices;
  for (const auto& point : points) {
    if (vertices.empty() || !(vertices.back() == point)) vertices.push_back(point);
  }
  while (vertices.size() > 1 && vertices.back() == vertices.front()) vertices.pop_back();
  return vertices;
}

struct Extent {
  double west;
  double south;
  double east;
  double north;
};

Extent extentOf(const std::vector<PlanePoint>& points) {
  Extent extent{points.front().x, points.front().y, points.front().x, points.front().y};
  for (const auto& point : points) {
    extent.west = std::min(extent.west, point.x);
    extent.east = std::max(extent.east, point.x);
    extent.south = std::min(extent.south, point.y);
    extent.north = std::max(extent.north, point.y);
  }
  return extent;
}

// The shortest text that reads back as the same double.
std::string shortest(double value) {
  std::array<char, 32> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
  return std::string(buffer.data(), end);
}

std::string wktRing(const std::vector<PlanePoint>& points, double shift) {
  std::string ring = "((";
  for (std::size_t i = 0; i <= points.size(); ++i) {
    const auto& point = points[i % points.size()];
    ring += (i ? "," : "") + shortest(point.x + shift) + ' ' + shortest(point.y);
  }
  return ring + "))";
}

}  // namespace

double haversineMeters(LatLon a, LatLon b) {
  // The same steps as MariaDB's ST_Distance_Sphere, so both give the same number.
  const double lat1 = radians(a.lat);
  const double lat2 = radians(b.lat);
  const double sin_dlat = std::sin((lat2 - lat1) / 2);
  const double sin_dlon = std::sin((radians(b.lon) - radians(a.lon)) / 2);
  const double h = sin_dlat * sin_dlat + std::cos(lat1) * std::cos(lat2) * sin_dlon * sin_dlon;
  return 2 * kEarthRadiusMeters * std::asin(std::sqrt(std::min(1.0, h)));
}

bool BoundingBox::contains(LatLon point) const {
  return point.lat >= south && point.lat <= north && point.lon >= west && point.lon <= east;
}

std::vector<BoundingBox> boxesAround(LatLon center, double radius_meters) {
  const double angle = radius_meters / kEarthRadiusMeters;
  const double south = center.lat - degrees(angle);
  const double north = center.lat + degrees(angle);
  const BoundingBox every_longitude{-180, std::max(south, -90.0), 180, std::min(north, 90.0)};
  if (south <= -90 || north >= 90) return {every_longitude};
  // The circle's widest point is not at the centre's latitude, but it spans this many degrees of
  // longitude (Matuschek, "Finding Points Within a Distance of a Latitude/Longitude").
  const double spread = std::sin(angle) / std::cos(radians(center.lat));
  if (spread >= 1) return {every_longitude};
  const double half_width = degrees(std::asin(spread));
  return boxesBetween(wrapped(center.lon - half_width), south, wrapped(center.lon + half_width), north);
}

std::vector<BoundingBox> boxesBetween(double west, double south, double east, double north) {
  if (west <= east) return {{west, south, east, north}};
  return {{west, south, 180, north}, {-180, south, east, north}};
}

bool anyContains(const std::vector<BoundingBox>& boxes, LatLon point) {
  return std::any_of(boxes.begin(), boxes.end(), [&](const auto& box) { return box.contains(point); });
}

bool pointInPolygon(LatLon point, const Polygon& polygon) {
  if (polygon.size() < kMinPolygonPoints) return false;
  const auto vertices = inPlane(polygon);
  const PlanePoint p{unwrapped(point.lon, polygon.front().lon), point.lat};
  bool inside = false;
  for (std::size_t i = 0, j = vertices.size() - 1; i < vertices.size(); j = i++) {
    const auto a = vertices[i];
    const auto b = vertices[j];
    if (onEdge(a, b, p)) return true;
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

std::vector<BoundingBox> polygonBoxes(const Polygon& polygon) {
  const auto extent = extentOf(inPlane(polygon));
  return boxesBetween(wrapped(extent.west), extent.south, wrapped(extent.east), extent.north);
}

std::string polygonWkt(const Polygon& polygon) {
  const auto vertices = inPlane(polygon);
  const auto extent = extentOf(vertices);
  const double shift = extent.west < -180 ? 360 : extent.east > 180 ? -360 : 0;
  if (shift == 0) return "POLYGON" + wktRing(vertices, 0);
  return "MULTIPOLYGON(" + wktRing(vertices, 0) + "," + wktRing(vertices, shift) + ")";
}

std::optional<Circle> parseNear(const std::optional<std::string>& near,
                                const std::optional<std::string>& radius_km) {
  if (!near && !radius_km) return std::nullopt;
  if (!near) refuse("radius_km", "geo.radius_without_near");
  if (!radius_km) refuse("near", "geo.near_without_radius");
  const auto center = parseLatLon(*near, "near", "geo.near_format");
  const auto radius = parseNumber(*radius_km);
  if (!radius || *radius <= 0 || *radius > kMaxRadiusKm) refuse("radius_km", "geo.radius_range");
  return Circle{center, *radius};
}

std::vector<BoundingBox> parseBbox(std::string_view text) {
  const auto numbers = parseNumbers(text, 4);
  if (!numbers) refuse("bbox", "geo.bbox_format");
  const auto [west, south, east, north] =
      std::array{(*numbers)[0], (*numbers)[1], (*numbers)[2], (*numbers)[3]};
  if (!validLongitude(west) || !validLongitude(east) || !validLatitude(south) || !validLatitude(north)) {
    refuse("bbox", "geo.out_of_range", {{"name", "bbox"}});
  }
  if (south > north) refuse("bbox", "geo.bbox_south_above_north");
  return boxesBetween(west, south, east, north);
}

Polygon parsePolygon(std::string_view text) {
  const auto parts = split(text, ';');
  // One more than the maximum: the closing copy of the first point.
  if (parts.size() > kMaxPolygonPoints + 1) {
    refuse("polygon", "geo.polygon_point_count", {{"count", std::to_string(parts.size())}});
  }
  Polygon points;
  for (const auto part : parts) points.push_back(parseLatLon(part, "polygon", "geo.polygon_format"));
  auto vertices = withoutRepeats(points);
  if (vertices.size() < kMinPolygonPoints || vertices.size() > kMaxPolygonPoints) {
    refuse("polygon", "geo.polygon_point_count", {{"count", std::to_string(vertices.size())}});
  }
  if (isSelfIntersecting(vertices)) refuse("polygon", "geo.polygon_self_intersecting");
  return vertices;
}

}  // namespace logis::geo
