#pragma once

#include "geo/geocoder.hpp"
#include "http/router.hpp"

namespace logis {

// GET /api/v1/geocode?q=: addresses for the property form. `geocoder` is null when geocoding is off;
// then, as when the service fails, the answer is 503 and the person places the pin on the map.
void addGeocodeRoute(Router& router, geo::Geocoder* geocoder);

}  // namespace logis
