#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
#include "visits/visit.hpp"
#include "visits/visit_calendar.hpp"
#include "visits/visit_directory.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {

// Someone told about a visit: one of its contacts or one of its agents (a user).
struct Invitee {
  std::string kind;  // contact | user
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> email;
  std::optional<std::string> phone;  // E.164
};

// What invitations, reminders and the feed say about a visit, read in the visit's agency only.
struct VisitNotice {
  Visit visit;
  TimeZone zone = TimeZone::paris();
  std::string agency_name;
  std::string summary;  // "Visite – Appartement T3, Lyon"
  std::string place;    // the visit's place, else the property's address
  std::string date;     // "mardi 3 mars 2026" in the agency's zone
  std::string time;     // "14 h 30"
  std::vector<Invitee> agents;    // agent_ids order, the agent in charge first
  std::vector<Invitee> contacts;  // live contacts only (neither merged nor erased)

  // The VEVENT: organizer the agent in charge, attendees every contact with an email and the co-agents.
  CalendarEvent event() const;
  // Every line an agent or a client reads in an email: when, where, who.
  std::string plainDescription() const;
};

class VisitNotices {
 public:
  explicit VisitNotices(const Database& database) : db_(database), directory_(database), visits_(database) {}

  // The visit as stored (agents and contacts included); nullopt when it is not the agency's.
  std::optional<Visit> load(std::int64_t agency_id, std::int64_t id) const;
  VisitNotice notice(const Visit& visit) const;
  TimeZone zone(std::int64_t agency_id) const;

 private:
  const Database& db_;
  VisitDirectory directory_;
  VisitRepository visits_;
};

// A French mobile (+336, +337) or a number abroad: what an SMS may go to.
bool isMobileNumber(const std::string& e164);

}  // namespace logis::visits
