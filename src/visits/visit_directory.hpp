#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/database.hpp"

namespace logis::visits {

// A property as a visit shows it, with the address a visit takes place at by default.
struct VisitProperty {
  std::int64_t id = 0;
  std::string reference;
  std::string title;
  std::optional<std::string> city;
  std::optional<std::string> address;  // "12 rue Victor Hugo, 69002 Lyon"
};

// The people, places and zone a visit refers to, each looked up in the agency only (another agency's
// id is unknown here).
class VisitDirectory {
 public:
  explicit VisitDirectory(const Database& database) : db_(database) {}

  std::optional<VisitProperty> property(std::int64_t agency_id, std::int64_t id) const;
  // The agency's properties among `ids`, by id.
  std::map<std::int64_t, VisitProperty> properties(std::int64_t agency_id, const std::vector<std::int64_t>& ids) const;
  // Live contacts (neither merged nor erased) among `ids`: id -> "Claire Martin".
  std::map<std::int64_t, std::string> contactNames(std::int64_t agency_id,
                                                   const std::vector<std::int64_t>& ids) const;
  // Users among `ids`: id -> name. `staff_only`: active and not clients (those a visit may be given to).
  std::map<std::int64_t, std::string> userNames(std::int64_t agency_id, const std::vector<std::int64_t>& ids,
                                                bool staff_only = false) const;
  // The contact of the agency's lead.
  std::optional<std::int64_t> leadContact(std::int64_t agency_id, std::int64_t lead_id) const;
  TimeZone zone(std::int64_t agency_id) const;

 private:
  const Database& db_;
};

}  // namespace logis::visits
