#pragma once

#include <cstdint>

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// Moves the owners the properties issue stored as text (properties.owner_name, owner_phone, owner_email)
// into contacts linked in property_owners: phones in E.164, emails lowercased, an existing contact with the
// same email or phone reused. Run by `logis migrate` after the SQL migrations. Each property is done in one
// transaction that also clears its three columns, so running it again finds nothing left to do.
class OwnerImport {
 public:
  OwnerImport(const Database& database, const Clock& clock) : db_(database), contacts_(database, clock) {}

  // Returns how many properties had owner fields.
  std::int64_t run() const;

 private:
  const Database& db_;
  ContactService contacts_;
};

}  // namespace logis
