#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "db/database.hpp"

namespace logis::docs {

// What the head of an agency's documents prints (bon de visite, seller report, property sheet), and its
// time zone.
struct AgencyFacts {
  std::string name;
  std::optional<std::string> address;
  std::optional<std::string> phone;
  std::string time_zone;
};

AgencyFacts agencyFacts(const Database& database, std::int64_t agency_id);
// The agency's name, then its address and phone, one a line.
std::string letterhead(const AgencyFacts& agency);

}  // namespace logis::docs
