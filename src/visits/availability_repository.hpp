#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "visits/working_hours.hpp"

namespace logis::visits {

// A time an agent cannot be booked (leave, training, a personal appointment).
struct Unavailability {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  EpochMs starts_at = 0;
  EpochMs ends_at = 0;
  std::optional<std::string> reason;
};

// The SQL of agents' working hours and unavailabilities, always of one agency.
class AvailabilityRepository {
 public:
  explicit AvailabilityRepository(const Database& database) : db_(database) {}

  // Ordered by weekday and start; empty: the agent is not restricted.
  std::vector<WorkingRange> workingHours(std::int64_t agency_id, std::int64_t user_id) const;
  void replaceWorkingHours(std::int64_t agency_id, std::int64_t user_id,
                           const std::vector<WorkingRange>& ranges) const;

  // Those overlapping [from, to), by start.
  std::vector<Unavailability> unavailabilities(std::int64_t agency_id, std::int64_t user_id, EpochMs from,
                                               EpochMs to) const;
  std::int64_t insertUnavailability(std::int64_t agency_id, const Unavailability& unavailability,
                                    std::optional<std::int64_t> created_by, EpochMs now) const;
  // False when the agent has no such unavailability.
  bool deleteUnavailability(std::int64_t agency_id, std::int64_t user_id, std::int64_t id) const;

 private:
  const Database& db_;
};

}  // namespace logis::visits
