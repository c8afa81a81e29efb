#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/database.hpp"
#include "properties/property_repository.hpp"

namespace logis {

// A property sheet as a file: "fiche-V-2026-00042.pdf".
struct PropertySheetFile {
  std::string filename;
  std::string pdf;
};

// The fiche du bien: one property on an A4 page in French, to hand or send to a client: reference, price
// and fees, address (the street only when the property shows its exact address), surfaces, rooms, energy
// classes and description, under the agency's name.
class PropertySheet {
 public:
  explicit PropertySheet(const Database& database) : db_(database), properties_(database) {}

  // nullopt when the agency has no such property.
  std::optional<PropertySheetFile> render(std::int64_t agency_id, std::int64_t property_id) const;

 private:
  const Database& db_;
  PropertyRepository properties_;
};

}  // namespace logis
