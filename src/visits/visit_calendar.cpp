#include "visits/visit_calendar.hpp"

#include <libical/ical.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace logis::visits {
namespace {

// libical's builtin time zones are a process-wide cache it fills lazily: one document at a time.
std::mutex& libicalMutex() {
  static std::mutex mutex;
  return mutex;
}

struct ComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

icaltimetype utcTime(EpochMs instant) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(instant / 1000), 0, icaltimezone_get_utc_timezone());
}

// The wall-clock time in the zone, as libical writes it with a TZID parameter.
icalproperty* zonedTime(icalproperty* property, const TimeZone& zone, EpochMs instant, const std::string& tzid) {
  const auto local = zone.local(instant);
  auto time = icaltime_null_time();
  time.year = local.year;
  time.month = static_cast<int>(local.month);
  time.day = static_cast<int>(local.day);
  time.hour = static_cast<int>(local.hour);
  time.minute = static_cast<int>(local.minute);
  time.second = 0;
  time.is_date = 0;
  icalproperty_set_value(property, icalvalue_new_datetime(time));
  icalproperty_set_parameter(property, icalparameter_new_tzid(tzid.c_str()));
  return property;
}

icalproperty* person(icalproperty* property, const CalendarPerson& who) {
  if (!who.name.empty()) icalproperty_add_parameter(property, icalparameter_new_cn(who.name.c_str()));
  return property;
}

// The zone's VTIMEZONE named by its IANA name, its history cut a year before the first event (a calendar
// needs the rules in force, not those of 1911).
Component timezoneComponent(const TimeZone& zone, EpochMs first_start) {
  const std::string name(zone.name());
  auto* builtin = icaltimezone_get_builtin_timezone(name.c_str());
  if (!builtin) throw std::runtime_error("libical does not know the time zone " + name);
  Component vtimezone(icalcomponent_new_clone(icaltimezone_get_component(builtin)));
  if (auto* tzid = icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY))
    icalproperty_set_tzid(tzid, name.c_str());
  constexpr EpochMs kYear = EpochMs{366} * 24 * 3600 * 1000;
  icaltimezone_truncate_vtimezone(vtimezone.get(), utcTime(first_start - kYear), icaltime_null_time(), 1);
  return vtimezone;
}

}  // namespace

std::string calendarDocument(std::string_view method, const TimeZone& zone,
                             const std::vector<CalendarEvent>& events, EpochMs now,
                             std::string_view calendar_name) {
  const std::lock_guard lock(libicalMutex());
  const std::string tzid(zone.name());
  const bool publish = method == "PUBLISH";
  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Logis//Logis CRM//FR"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  const auto kind = method == "REQUEST" ? ICAL_METHOD_REQUEST
                    : method == "CANCEL" ? ICAL_METHOD_CANCEL
                    : publish            ? ICAL_METHOD_PUBLISH
                                         : throw std::invalid_argument("unknown iCalendar method");
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(kind));
  if (!calendar_name.empty()) {
    const std::string name(calendar_name);
    auto* property = icalproperty_new_x(name.c_str());
    icalproperty_set_x_name(property, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), property);
    auto* zone_name = icalproperty_new_x(tzid.c_str());
    icalproperty_set_x_name(zone_name, "X-WR-TIMEZONE");
    icalcomponent_add_property(calendar.get(), zone_name);
  }
  EpochMs first_start = now;
  for (const auto& event : events) first_start = std::min(first_start, event.starts_at);
  icalcomponent_add_component(calendar.get(), timezoneComponent(zone, first_start).release());

  for (const auto& event : events) {
    auto* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.c_str()));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utcTime(now)));
    icalcomponent_add_property(vevent, zonedTime(icalproperty_new(ICAL_DTSTART_PROPERTY), zone, event.starts_at, tzid));
    icalcomponent_add_property(vevent, zonedTime(icalproperty_new(ICAL_DTEND_PROPERTY), zone, event.ends_at, tzid));
    icalcomponent_add_property(vevent, icalproperty_new_summary(event.summary.c_str()));
    if (!event.location.empty())
      icalcomponent_add_property(vevent, icalproperty_new_location(event.location.c_str()));
    if (!event.description.empty())
      icalcomponent_add_property(vevent, icalproperty_new_description(event.description.c_str()));
    icalcomponent_add_property(
        vevent, icalproperty_new_status(event.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    if (event.last_modified > 0)
      icalcomponent_add_property(vevent, icalproperty_new_lastmodified(utcTime(event.last_modified)));
    if (!publish && event.organizer) {
      icalcomponent_add_property(
          vevent, person(icalproperty_new_organizer(("mailto:" + event.organizer->email).c_str()), *event.organizer));
    }
    if (!publish) {
      for (const auto& attendee : event.attendees) {
        auto* property = person(icalproperty_new_attendee(("mailto:" + attendee.email).c_str()), attendee);
        icalproperty_add_parameter(property, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(property, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalproperty_add_parameter(property, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
        icalcomponent_add_property(vevent, property);
      }
    }
    icalcomponent_add_component(calendar.get(), vevent);
  }
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  std::string document(text);
  icalmemory_free_buffer(text);
  return document;
}

}  // namespace logis::visits
