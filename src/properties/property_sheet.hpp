#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/database.hpp"
#include "properties/photo_repository.hpp"
#include "properties/property_repository.hpp"
#include "storage/media_storage.hpp"

namespace logis {

// A property sheet as a file: "fiche-V-2026-00042.pdf".
struct PropertySheetFile {
  std::string filename;
  std::string pdf;
};

// The fiche du bien: one property on an A4 page in French, to hand or send to a client: its cover photo,
// reference, price and fees, address (the street only when the property shows its exact address),
// surfaces, rooms, energy classes and description, under the agency's letterhead.
class PropertySheet {
 public:
  PropertySheet(const Database& database, const MediaStorage& media)
      : db_(database), media_(media), properties_(database), photos_(database) {}

  // nullopt when the agency has no such property.
  std::optional<PropertySheetFile> render(std::int64_t agency_id, std::int64_t property_id) const;

 private:
  // The cover photo's medium variant (1024 px, JPEG), if the property has photos.
  std::optional<std::string> coverPhoto(std::int64_t agency_id, std::int64_t property_id) const;

  const Database& db_;
  const MediaStorage& media_;
  PropertyRepository properties_;
  PhotoRepository photos_;
};

}  // namespace logis
