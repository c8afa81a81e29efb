#pragma once

#include "core/config.hpp"
#include "http/router.hpp"
#include "properties/photo_service.hpp"
#include "properties/property_service.hpp"
#include "properties/property_sheet.hpp"

namespace logis {

// /api/v1/properties (list with filters, create), /{id} (get, patch, archive), /{id}/history.
void addPropertyRoutes(Router& router, const PropertyService& properties);
// /api/v1/properties/{id}/sheet.pdf: the fiche du bien.
void addPropertySheetRoute(Router& router, const PropertySheet& sheets);
// /api/v1/properties/{id}/photos (list, upload one file), /{photo_id} (order, cover, caption, delete),
// /{photo_id}/{variant} (the image).
void addPhotoRoutes(Router& router, const PhotoService& photos, std::size_t max_upload_bytes);
// /api/v1/map-settings: the tile server the map loads (LOGIS_MAP_TILE_URL) and its attribution.
void addMapSettingsRoute(Router& router, const Config& config);

}  // namespace logis
