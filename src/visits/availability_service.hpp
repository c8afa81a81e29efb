#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "http/json_input.hpp"
#include "visits/availability_repository.hpp"
#include "visits/visit_directory.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {

// An agent's working hours, unavailabilities, appointments and free time over a
// range, in the agency's zone. Everyone reads any agent of the agency; agents
// change only their own (manage_availability).
class AvailabilityService {
public:
  AvailabilityService(const Database &database, const Clock &clock);

  // from/to absent: the coming seven days from today's midnight.
  nlohmann::json availability(const Principal &caller, std::int64_t agent_id,
                              std::optional<EpochMs> from,
                              std::optional<EpochMs> to) const;
  // {"working_hours": [{"weekday", "starts", "ends"}]}: replaces them all;
  // answers the availability without its range parts.
  nlohmann::json replaceWorkingHours(const Principal &caller,
                                     std::int64_t agent_id,
                                     const nlohmann::json &input) const;
  nlohmann::json addUnavailability(const Principal &caller,
                                   std::int64_t agent_id,
                                   JsonInput &input) const;
  void removeUnavailability(const Principal &caller, std::int64_t agent_id,
                            std::int64_t id) const;

  const VisitDirectory &directory() const { return directory_; }

private:
  // 404 unless an active staff member of the caller's agency; 403 when
  // `changing` and not allowed.
  void checkAgent(const Principal &caller, std::int64_t agent_id,
                  bool changing) const;
  nlohmann::json hoursBody(std::int64_t agency_id, std::int64_t agent_id) const;

  const Database &db_;
  const Clock &clock_;
  AvailabilityRepository availability_;
  VisitRepository visits_;
  VisitDirectory directory_;
};

} // namespace logis::visits
