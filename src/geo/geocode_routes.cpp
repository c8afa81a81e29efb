#include "geo/geocode_routes.hpp"

#include "core/api_error.hpp"
#include "core/log.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

ApiError unavailable() {
  return ApiError(503, "geocoder_unavailable", {"geo.geocoder_unavailable"});
}

nlohmann::json toJson(const geo::GeocodeResult& result) {
  return {{"label", result.label}, {"street", result.street}, {"postal_code", result.postal_code},
          {"city", result.city},   {"lat", result.lat},       {"lon", result.lon},
          {"score", result.score}};
}

}  // namespace

void addGeocodeRoute(Router& router, geo::Geocoder* geocoder) {
  router.add("GET", "/api/v1/geocode", Access::to(Action::view_properties), [geocoder](Request& request) {
    const auto query = queryText(request, "q");
    if (!query) throw invalidQuery("q", "12 rue de la Paix Paris");
    if (geocoder == nullptr) throw unavailable();
    try {
      auto items = nlohmann::json::array();
      for (const auto& result : geocoder->search(*query, 5)) items.push_back(toJson(result));
      return Response::json(200, {{"items", items}});
    } catch (const geo::GeocoderUnavailable& error) {
      log::warn("geocoder.unavailable", {{"request_id", request.request_id}, {"reason", error.what()}});
      throw unavailable();
    }
  });
}

}  // namespace logis
