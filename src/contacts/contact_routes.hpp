#pragma once

#include "contacts/contact_service.hpp"
#include "contacts/property_owner_service.hpp"
#include "http/router.hpp"

namespace logis {

// /api/v1/contacts (list, create), /{id} (get, patch), /{id}/duplicates, /{id}/merge, /{id}/export,
// /{id}/erase, /{id}/consents.
void addContactRoutes(Router& router, const ContactService& contacts);
// /api/v1/properties/{id}/owners (get, put).
void addPropertyOwnerRoutes(Router& router, const PropertyOwnerService& owners);

}  // namespace logis
