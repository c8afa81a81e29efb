#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/time_zone.hpp"

namespace logis::visits {

struct CalendarPerson {
  std::string name;
  std::string email;
};

// One appointment as a calendar program sees it (VEVENT).
struct CalendarEvent {
  std::string uid;   // visits.ical_uid: stable for the visit's life
  int sequence = 0;  // visits.sequence
  EpochMs starts_at = 0;
  EpochMs ends_at = 0;
  bool cancelled = false;  // STATUS:CANCELLED (else CONFIRMED)
  std::string summary;     // "Visite – Appartement T3, Lyon"
  std::string location;
  std::string description;
  std::optional<CalendarPerson> organizer;  // the agent in charge
  std::vector<CalendarPerson> attendees;    // the visitors with an email, the co-agents
  EpochMs last_modified = 0;
};

// iCalendar documents (RFC 5545) made with libical: PRODID "-//Logis//Logis CRM//FR", VERSION 2.0, the
// METHOD given (REQUEST or CANCEL for an invitation, PUBLISH for a feed), one VTIMEZONE of the agency's
// zone (libical's, from the system zoneinfo) and each event's DTSTART/DTEND as wall-clock times in that
// zone with its TZID, so a calendar keeps 10:00 at 10:00 across the DST changes.
std::string calendarDocument(std::string_view method, const TimeZone& zone,
                             const std::vector<CalendarEvent>& events, EpochMs now,
                             std::string_view calendar_name = {});

}  // namespace logis::visits
