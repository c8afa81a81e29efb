#pragma once

#include "http/router.hpp"
#include "properties/property_service.hpp"

namespace logis {

// /api/v1/properties (list with filters, create), /{id} (get, patch, archive), /{id}/history.
void addPropertyRoutes(Router& router, const PropertyService& properties);

}  // namespace logis
