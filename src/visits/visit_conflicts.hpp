#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "db/database.hpp"
#include "visits/availability_repository.hpp"
#include "visits/visit.hpp"
#include "visits/visit_directory.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {

// Why a visit cannot take place as planned: type agent_busy, property_busy, unavailable or
// outside_working_hours; the sentence says it to a person.
struct Conflict {
  std::string type;
  std::optional<std::int64_t> visit_id;
  std::optional<std::int64_t> agent_id;
  EpochMs starts_at = 0;
  EpochMs ends_at = 0;
  std::string label;
  Text message;
};

// Everything that stands in a visit's way: each of its agents' other appointments (not cancelled),
// unavailabilities and working hours (in the agency's zone), and the property's other visits.
class VisitConflicts {
 public:
  explicit VisitConflicts(const Database& database)
      : visits_(database), availability_(database), directory_(database) {}

  // None for a cancelled visit.
  std::vector<Conflict> of(const Visit& visit) const;
  // The "conflicts" array of a 409.
  static nlohmann::json toJson(const std::vector<Conflict>& conflicts);

 private:
  void agentConflicts(const Visit& visit, const TimeZone& zone, std::vector<Conflict>& found) const;
  void propertyConflicts(const Visit& visit, const TimeZone& zone, std::vector<Conflict>& found) const;

  VisitRepository visits_;
  AvailabilityRepository availability_;
  VisitDirectory directory_;
};

}  // namespace logis::visits
