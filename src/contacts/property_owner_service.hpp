#pragma once

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "contacts/contact_service.hpp"
#include "db/database.hpp"
#include "properties/property_service.hpp"

namespace logis {

// The owners of a property: contacts of the agency. Changing them follows the property's edit rule (an
// agent only on the properties they are the agent of).
class PropertyOwnerService {
 public:
  PropertyOwnerService(const Database& database, const PropertyService& properties,
                       const ContactService& contacts)
      : db_(database), properties_(properties), contacts_(contacts) {}

  // {"contact_ids": [...], "items": [contact, ...]}.
  nlohmann::json list(const Principal& caller, std::int64_t property_id) const;
  // {"contact_ids": [...]} replaces the owners (at most 10, each a live contact of the agency).
  nlohmann::json replace(const Principal& caller, std::int64_t property_id,
                         const nlohmann::json& input) const;

 private:
  std::vector<std::int64_t> ownerIds(std::int64_t agency_id, std::int64_t property_id) const;

  const Database& db_;
  const PropertyService& properties_;
  const ContactService& contacts_;
};

}  // namespace logis
