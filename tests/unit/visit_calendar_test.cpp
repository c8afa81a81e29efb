#include "visits/visit_calendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <string>

namespace logis::visits {
namespace {

constexpr EpochMs kMinute = 60 * 1000;

struct Free {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Parsed = std::unique_ptr<icalcomponent, Free>;

Parsed parse(const std::string& text) {
  return Parsed(icalparser_parse_string(text.c_str()));
}

EpochMs instantOf(icaltimetype time) {
  return static_cast<EpochMs>(icaltime_as_timet_with_zone(time, time.zone)) * 1000;
}

CalendarEvent visitAt(EpochMs starts_at, const std::string& uid = "visite-1@logis") {
  CalendarEvent event;
  event.uid = uid;
  event.sequence = 2;
  event.starts_at = starts_at;
  event.ends_at = starts_at + 45 * kMinute;
  event.summary = "Visite – Appartement T3, Lyon";
  event.location = "12 rue Victor Hugo, 69002 Lyon";
  event.description = "Visiteurs : Claire Martin";
  event.organizer = CalendarPerson{"Marie Dupont", "marie.dupont@alpha-immo.fr"};
  event.attendees = {{"Claire Martin", "claire.martin@example.fr"}};
  return event;
}

const TimeZone& paris() {
  return TimeZone::paris();
}

// 10:00 in Paris on each side of a DST change: the instants parsed back from the document.
void expectTenOClockAcross(EpochMs before_utc, EpochMs after_utc, const std::string& day_before,
                           const std::string& day_after) {
  const auto text = calendarDocument("REQUEST", paris(),
                                     {visitAt(before_utc, "avant@logis"), visitAt(after_utc, "apres@logis")},
                                     before_utc - 7 * 24 * 60 * kMinute);
  EXPECT_NE(text.find("DTSTART;TZID=Europe/Paris:" + day_before + "T100000"), std::string::npos) << text;
  EXPECT_NE(text.find("DTSTART;TZID=Europe/Paris:" + day_after + "T100000"), std::string::npos) << text;
  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  std::vector<EpochMs> starts;
  std::vector<EpochMs> ends;
  for (auto* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
    const auto start = icalcomponent_get_dtstart(event);
    ASSERT_NE(start.zone, nullptr);
    starts.push_back(instantOf(start));
    ends.push_back(instantOf(icalcomponent_get_dtend(event)));
  }
  ASSERT_EQ(starts.size(), 2u);
  EXPECT_EQ(starts[0], before_utc);
  EXPECT_EQ(starts[1], after_utc);
  EXPECT_EQ(ends[1], after_utc + 45 * kMinute);
}

TEST(VisitCalendarTest, TenOClockInParisIsNineThenEightUtcAcrossTheMarchChange) {
  // 28 March 2026 10:00 CET = 09:00Z; 29 March 2026 10:00 CEST = 08:00Z.
  expectTenOClockAcross(1774688400000, 1774771200000, "20260328", "20260329");
}

TEST(VisitCalendarTest, TenOClockInParisIsEightThenNineUtcAcrossTheOctoberChange) {
  // 24 October 2026 10:00 CEST = 08:00Z; 25 October 2026 10:00 CET = 09:00Z.
  expectTenOClockAcross(1792828800000, 1792918800000, "20261024", "20261025");
}

TEST(VisitCalendarTest, AnInvitationCarriesWhatCalendarProgramsNeed) {
  const auto text = calendarDocument("REQUEST", paris(), {visitAt(1774771200000)}, 1774000000000);
  const auto calendar = parse(text);
  ASSERT_TRUE(calendar);
  EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_REQUEST);
  EXPECT_STREQ(icalproperty_get_prodid(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY)),
               "-//Logis//Logis CRM//FR");
  EXPECT_STREQ(icalproperty_get_version(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY)),
               "2.0");
  auto* zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(zone, nullptr);
  EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)), "Europe/Paris");
  auto* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
  ASSERT_NE(event, nullptr);
  EXPECT_STREQ(icalcomponent_get_uid(event), "visite-1@logis");
  EXPECT_EQ(icalproperty_get_sequence(icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)), 2);
  EXPECT_STREQ(icalcomponent_get_summary(event), "Visite – Appartement T3, Lyon");
  EXPECT_STREQ(icalcomponent_get_location(event), "12 rue Victor Hugo, 69002 Lyon");
  EXPECT_EQ(icalcomponent_get_status(event), ICAL_STATUS_CONFIRMED);
  EXPECT_EQ(instantOf(icalcomponent_get_dtstamp(event)), 1774000000000);
  auto* organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
  ASSERT_NE(organizer, nullptr);
  EXPECT_STREQ(icalproperty_get_organizer(organizer), "mailto:marie.dupont@alpha-immo.fr");
  auto* attendee = icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY);
  ASSERT_NE(attendee, nullptr);
  EXPECT_STREQ(icalproperty_get_attendee(attendee), "mailto:claire.martin@example.fr");
  EXPECT_STREQ(icalparameter_get_cn(icalproperty_get_first_parameter(attendee, ICAL_CN_PARAMETER)),
               "Claire Martin");
}

TEST(VisitCalendarTest, ACancellationAndAFeed) {
  auto cancelled = visitAt(1774771200000);
  cancelled.cancelled = true;
  cancelled.sequence = 3;
  const auto cancel = parse(calendarDocument("CANCEL", paris(), {cancelled}, 1774000000000));
  ASSERT_TRUE(cancel);
  EXPECT_EQ(icalcomponent_get_method(cancel.get()), ICAL_METHOD_CANCEL);
  auto* event = icalcomponent_get_first_component(cancel.get(), ICAL_VEVENT_COMPONENT);
  EXPECT_EQ(icalcomponent_get_status(event), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(icalproperty_get_sequence(icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)), 3);

  const auto text = calendarDocument("PUBLISH", paris(), {visitAt(1774771200000), cancelled}, 1774000000000,
                                     "Logis – Marie Dupont");
  const auto feed = parse(text);
  ASSERT_TRUE(feed);
  EXPECT_EQ(icalcomponent_get_method(feed.get()), ICAL_METHOD_PUBLISH);
  EXPECT_EQ(icalcomponent_count_components(feed.get(), ICAL_VEVENT_COMPONENT), 2);
  EXPECT_NE(text.find("X-WR-CALNAME:Logis – Marie Dupont"), std::string::npos) << text;
  EXPECT_EQ(text.find("ATTENDEE"), std::string::npos) << text;  // a feed invites nobody
  EXPECT_EQ(text.find("\n1911"), std::string::npos);

  EXPECT_THROW(calendarDocument("REPLY", paris(), {}, 0), std::invalid_argument);
}

TEST(VisitCalendarTest, AnotherZoneIsWrittenInItsOwnWallClock) {
  const auto zone = TimeZone::named("America/Guadeloupe");  // UTC-4, no DST
  ASSERT_TRUE(zone);
  const auto text = calendarDocument("REQUEST", *zone, {visitAt(1774771200000)}, 1774000000000);
  EXPECT_NE(text.find("DTSTART;TZID=America/Guadeloupe:20260329T040000"), std::string::npos) << text;
  const auto calendar = parse(text);
  EXPECT_EQ(instantOf(icalcomponent_get_dtstart(
                icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT))),
            1774771200000);
}

}  // namespace
}  // namespace logis::visits
