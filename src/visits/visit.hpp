#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace logis::visits {

// A visit or another appointment (a row of visits with its agents and contacts).
struct Visit {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::string kind = "visit";  // visit, estimation, signing, inventory, other
  std::optional<std::int64_t> property_id;
  std::optional<std::int64_t> lead_id;
  std::int64_t agent_id = 0;               // the agent in charge
  std::vector<std::int64_t> agent_ids;     // every agent at it, agent_id first
  std::vector<std::int64_t> contact_ids;
  EpochMs starts_at = 0;
  EpochMs ends_at = 0;
  std::string status = "planned";  // planned, confirmed, done, cancelled, no_show
  std::optional<std::string> place;
  std::optional<std::string> notes;
  std::string ical_uid;
  int sequence = 0;  // iCalendar SEQUENCE: grows with each change the invitees see
  std::optional<std::int64_t> conflict_override_by;  // the manager who booked it over a conflict
  std::optional<std::int64_t> created_by;
  EpochMs created_at = 0;
  EpochMs updated_at = 0;
};

// What happens to a visit, for those who tell people about it (invitations and reminders). The visit
// service calls these inside the transaction that stores the change, so a change and its notifications
// are stored together or not at all; an observer only queues work (jobs), it never talks to a server.
class VisitObserver {
 public:
  virtual ~VisitObserver() = default;
  virtual void booked(const Visit& visit) = 0;
  // `before` and `after` differ in time, place, people or status (not cancelled); after.sequence is higher.
  virtual void changed(const Visit& before, const Visit& after) = 0;
  virtual void cancelled(const Visit& visit) = 0;
};

}  // namespace logis::visits
