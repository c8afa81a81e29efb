#include "geo/sqlite_geo_functions.hpp"

#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "core/api_error.hpp"
#include "core/i18n.hpp"
#include "geo/geo.hpp"

namespace logis::geo {
namespace {

constexpr int kPolygonArgument = 2;

bool anyNull(int count, sqlite3_value** values) {
  for (int i = 0; i < count; ++i) {
    if (sqlite3_value_type(values[i]) == SQLITE_NULL) return true;
  }
  return false;
}

void distance(sqlite3_context* context, int count, sqlite3_value** values) {
  if (anyNull(count, values)) return sqlite3_result_null(context);
  const LatLon from{sqlite3_value_double(values[0]), sqlite3_value_double(values[1])};
  const LatLon to{sqlite3_value_double(values[2]), sqlite3_value_double(values[3])};
  sqlite3_result_double(context, haversineMeters(from, to));
}

std::unique_ptr<Polygon> parsedPolygon(sqlite3_value* text) {
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(text));
  return std::make_unique<Polygon>(parsePolygon(bytes == nullptr ? "" : bytes));
}

void inPolygon(sqlite3_context* context, int count, sqlite3_value** values) {
  if (anyNull(count, values)) return sqlite3_result_null(context);
  try {
    // SQLite keeps the parsed polygon beside a constant argument for the rest of the statement.
    auto* cached = static_cast<Polygon*>(sqlite3_get_auxdata(context, kPolygonArgument));
    std::unique_ptr<Polygon> parsed = cached ? nullptr : parsedPolygon(values[kPolygonArgument]);
    const Polygon& polygon = cached ? *cached : *parsed;
    const LatLon point{sqlite3_value_double(values[0]), sqlite3_value_double(values[1])};
    sqlite3_result_int(context, pointInPolygon(point, polygon) ? 1 : 0);
    // Last: SQLite may free the polygon within this call.
    if (parsed) {
      sqlite3_set_auxdata(context, kPolygonArgument, parsed.release(),
                          [](void* polygon) { delete static_cast<Polygon*>(polygon); });
    }
  } catch (const ApiError& error) {
    const auto message = "geo_in_polygon: " + translate(Locale::en, error.message);
    sqlite3_result_error(context, message.c_str(), -1);
  } catch (const std::bad_alloc&) {
    sqlite3_result_error_nomem(context);
  }
}

void define(sqlite3* db, const char* name, int arguments,
            void (*function)(sqlite3_context*, int, sqlite3_value**)) {
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  const int status =
      sqlite3_create_function_v2(db, name, arguments, flags, nullptr, function, nullptr, nullptr, nullptr);
  if (status != SQLITE_OK) {
    throw std::runtime_error(std::string("cannot define SQLite function ") + name + ": " +
                             sqlite3_errstr(status));
  }
}

}  // namespace

void registerSqliteGeoFunctions(sqlite3* db) {
  define(db, "geo_distance_m", 4, distance);
  define(db, "geo_in_polygon", 3, inPolygon);
}

}  // namespace logis::geo
