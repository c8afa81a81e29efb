#include <libical/ical.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "fake_twilio.hpp"
#include "jobs/job_runner.hpp"
#include "mail/mime_parser.hpp"
#include "mail_rig.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

constexpr std::int64_t kMinute = 60;  // seconds, for ManualClock::advanceSeconds

// A visit's notifications on real servers of the test's own: invitations through the SMTP rig (the
// Maildir), reminders through the job queue moved forward with the clock (emails in the Maildir, SMS in
// tests/rigs/fake_twilio.py), the visit settings and the agents' calendar feed.
class VisitNotificationsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    rig_ = mail_rig_detail::startIn(dir_ / "rig");
    admin_ = loggedIn("admin@alpha.fr", "admin");
    agent_ = loggedIn("agent@alpha.fr", "agent");
    const auto account = admin_.post("/api/v1/mail-accounts", {{"kind", "smtp"},
                                                               {"port", rig_.smtp_port},
                                                               {"host", "127.0.0.1"},
                                                               {"security", "none"},
                                                               {"from_name", "Agence Alpha"},
                                                               {"from_email", "contact@alpha-immo.fr"}});
    ASSERT_EQ(account.status, 201) << account.body;
    const auto sms = admin_.send("PUT", "/api/v1/sms-settings",
                                 nlohmann::json{{"provider", "twilio"},
                                                {"api_base_url", twilio_.url()},
                                                {"account_sid", FakeTwilio::kAccountSid},
                                                {"auth_token", FakeTwilio::kAuthToken},
                                                {"sender_name", "AgenceAlpha"}}
                                     .dump(),
                                 "application/json");
    ASSERT_EQ(sms.status, 200) << sms.body;
    const auto property = agent_.post("/api/v1/properties", {{"transaction", "sale"},
                                                             {"type", "apartment"},
                                                             {"status", "available"},
                                                             {"title", "Appartement T3"},
                                                             {"price_cents", 28000000},
                                                             {"street", "12 rue Victor Hugo"},
                                                             {"city", "Lyon"},
                                                             {"postal_code", "69002"},
                                                             {"dpe_status", "done"},
                                                             {"dpe_class", "C"}});
    ASSERT_EQ(property.status, 201) << property.body;
    property_id_ = property.json()["id"].get<std::int64_t>();
    const auto contact = agent_.post("/api/v1/contacts", {{"first_name", "Claire"},
                                                          {"last_name", "Martin"},
                                                          {"email", "claire.martin@example.fr"},
                                                          {"phone", "06 12 34 56 78"}});
    ASSERT_EQ(contact.status, 201) << contact.body;
    contact_id_ = contact.json()["id"].get<std::int64_t>();
    agent_id_ = agent_.get("/api/v1/auth/me").json()["user"]["id"].get<std::int64_t>();
  }

  void TearDown() override {
    mail_rig_detail::command("stop", rig_.dir);
    ServerTest::TearDown();
  }

  int runDueJobs() { return jobs::JobRunner(app_->database(), *clock_, app_->jobRegistry(), "worker-1").runDue(); }

  // Runs the due jobs, then those they queued (the emails and SMS themselves).
  void work() {
    while (runDueJobs() > 0) {
    }
  }

  std::int64_t count(const std::string& table_where) const {
    return app_->database().queryOne("SELECT COUNT(*) AS n FROM " + table_where)->integer("n");
  }

  nlohmann::json book(const std::string& starts_at, const std::string& ends_at) {
    const auto result = agent_.post("/api/v1/visits", {{"property_id", property_id_},
                                                       {"contact_ids", {contact_id_}},
                                                       {"starts_at", starts_at},
                                                       {"ends_at", ends_at}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::string path(const nlohmann::json& visit) const {
    return "/api/v1/visits/" + std::to_string(visit["id"].get<std::int64_t>());
  }

  nlohmann::json reminders(const nlohmann::json& visit) {
    const auto result = agent_.get(path(visit) + "/reminders");
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json()["items"];
  }

  // The .ics attached to the one message the Maildir holds with `needle`.
  std::string invitation(const std::string& needle, std::string* content_type = nullptr) {
    const auto messages = rig_.waitForMessages(needle);
    EXPECT_EQ(messages.size(), 1u) << needle;
    if (messages.empty()) return "";
    if (content_type) {  // the part's header as sent (the parser keeps the media type only)
      const auto at = messages[0].find("Content-Type: text/calendar");
      if (at != std::string::npos)
        *content_type = messages[0].substr(at, std::min(messages[0].find("\n\n", at), messages[0].find("\r\n\r\n", at)) - at);
    }
    const auto parsed = MimeParser().parse(messages[0]);
    for (const auto& attachment : parsed.attachments)
      if (attachment.content_type.starts_with("text/calendar")) return attachment.bytes;
    ADD_FAILURE() << "no text/calendar part in\n" << messages[0];
    return "";
  }

  // The messages delivered to `address` whose (decoded) subject starts with `subject`.
  std::vector<ParsedMessage> received(const std::string& address, const std::string& subject) {
    std::vector<ParsedMessage> found;
    for (int i = 0; i < 100 && found.empty(); ++i) {
      for (const auto& raw : rig_.messagesContaining("X-RcptTo: " + address)) {
        auto parsed = MimeParser().parse(raw);
        if (parsed.subject.starts_with(subject)) found.push_back(std::move(parsed));
      }
      if (found.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return found;
  }

  MailRig rig_;
  FakeTwilio twilio_;
  ApiClient admin_{0};
  ApiClient agent_{0};
  std::int64_t property_id_ = 0;
  std::int64_t contact_id_ = 0;
  std::int64_t agent_id_ = 0;
};

struct CalendarFacts {
  std::string method;
  std::string uid;
  int sequence = -1;
  EpochMs starts_at = 0;
  std::string status;
};

CalendarFacts readCalendar(const std::string& text) {
  CalendarFacts facts;
  auto* calendar = icalparser_parse_string(text.c_str());
  if (!calendar) return facts;
  facts.method = icalproperty_method_to_string(icalcomponent_get_method(calendar));
  auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
  if (event) {
    facts.uid = icalcomponent_get_uid(event);
    facts.sequence = icalproperty_get_sequence(icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY));
    const auto start = icalcomponent_get_dtstart(event);
    facts.starts_at = static_cast<EpochMs>(icaltime_as_timet_with_zone(start, start.zone)) * 1000;
    facts.status = icalproperty_status_to_string(icalcomponent_get_status(event));
  }
  icalcomponent_free(calendar);
  return facts;
}

TEST_F(VisitNotificationsTest, InvitationsFollowTheVisitWithOneUidAndAGrowingSequence) {
  // 29 March 2026, the day Paris moves to summer time: 10:00 there is 08:00Z.
  const auto visit = book("2026-03-29T10:00:00+02:00", "2026-03-29T10:45:00+02:00");
  const auto uid = app_->database().queryOne("SELECT ical_uid FROM visits WHERE id = ?", {visit["id"].get<std::int64_t>()})->text("ical_uid");
  work();
  std::string content_type;
  const auto booked = readCalendar(invitation("X-RcptTo: claire.martin@example.fr", &content_type));
  EXPECT_NE(content_type.find("method=REQUEST"), std::string::npos) << content_type;
  EXPECT_EQ(booked.method, "REQUEST");
  EXPECT_EQ(booked.uid, uid);
  EXPECT_EQ(booked.sequence, 0);
  EXPECT_EQ(booked.starts_at, 1774771200000);  // 2026-03-29T08:00:00Z
  EXPECT_EQ(booked.status, "CONFIRMED");
  const auto to_agent = readCalendar(invitation("X-RcptTo: agent@alpha.fr"));
  EXPECT_EQ(to_agent.uid, uid);
  EXPECT_EQ(received("claire.martin@example.fr", "Confirmation de votre visite du dimanche 29 mars 2026 à 10 h 00")
                .size(),
            1u);

  // Moved to the next day: the same event, sequence 1, at 10:00 Paris again.
  for (const auto& file : {"new", "cur"})
    for (const auto& entry : std::filesystem::directory_iterator(rig_.maildir / file)) std::filesystem::remove(entry);
  const auto moved = agent_.patch(path(visit), {{"starts_at", "2026-03-30T10:00:00+02:00"},
                                                {"ends_at", "2026-03-30T10:45:00+02:00"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  work();
  const auto update = readCalendar(invitation("X-RcptTo: claire.martin@example.fr"));
  EXPECT_EQ(update.uid, uid);
  EXPECT_EQ(update.method, "REQUEST");
  EXPECT_EQ(update.sequence, moved.json()["sequence"].get<int>());
  EXPECT_GT(update.sequence, 0);
  EXPECT_EQ(update.starts_at, 1774771200000 + 24 * 3600 * 1000);

  for (const auto& file : {"new", "cur"})
    for (const auto& entry : std::filesystem::directory_iterator(rig_.maildir / file)) std::filesystem::remove(entry);
  ASSERT_EQ(agent_.del(path(visit)).status, 200);
  work();
  std::string type;
  const auto cancelled = readCalendar(invitation("X-RcptTo: claire.martin@example.fr", &type));
  EXPECT_NE(type.find("method=CANCEL"), std::string::npos) << type;
  EXPECT_EQ(cancelled.method, "CANCEL");
  EXPECT_EQ(cancelled.uid, uid);
  EXPECT_EQ(cancelled.status, "CANCELLED");
  EXPECT_GE(cancelled.sequence, update.sequence);
  // The invitations are on the contact's timeline like any email sent to them.
  EXPECT_EQ(count("email_messages WHERE contact_id = " + std::to_string(contact_id_)), 3);
  EXPECT_EQ(count("email_attachments a JOIN email_messages m ON m.id = a.email_id WHERE m.contact_id = " +
                  std::to_string(contact_id_) + " AND a.content_type LIKE 'text/calendar%'"),
            3);
}

TEST_F(VisitNotificationsTest, EachReminderIsSentOnceAtItsTimeByEmailAndSms) {
  // Booked on 15 January 10:00Z for 20 January 14:00 Paris (13:00Z): 24 h and 2 h before, email and SMS,
  // to the contact and to the agent.
  const auto visit = book("2026-01-20T14:00:00+01:00", "2026-01-20T15:00:00+01:00");
  work();  // the invitations
  auto items = reminders(visit);
  ASSERT_EQ(items.size(), 8u) << items.dump();
  std::set<std::string> due;
  for (const auto& item : items) {
    EXPECT_EQ(item["state"], "scheduled");
    due.insert(item["due_at"].get<std::string>());
  }
  EXPECT_EQ(due, (std::set<std::string>{"2026-01-19T13:00:00Z", "2026-01-20T11:00:00Z"}));

  const auto twilio_before = twilio_.messages().size();
  clock_->advanceSeconds((4 * 24 * 60 + 2 * 60) * kMinute);  // 19 January 12:00Z: nothing due yet
  EXPECT_EQ(runDueJobs(), 0);
  clock_->advanceSeconds(61 * kMinute);  // 13:01Z: the 24-hour ones
  work();
  work();  // a second worker pass sends nothing twice
  items = reminders(visit);
  std::map<std::string, int> states;
  for (const auto& item : items)
    if (item["offset_minutes"] == 1440) states[item["channel"].get<std::string>() + ":" + item["recipient_kind"].get<std::string>() + ":" + item["state"].get<std::string>()]++;
  EXPECT_EQ(states["email:contact:sent"], 1) << items.dump();
  EXPECT_EQ(states["sms:contact:sent"], 1) << items.dump();
  EXPECT_EQ(states["email:user:sent"], 1) << items.dump();
  EXPECT_EQ(states["sms:user:skipped"], 1) << items.dump();  // the agent has no mobile number
  EXPECT_EQ(received("claire.martin@example.fr", "Rappel : visite le mardi 20 janvier 2026 à 14 h 00").size(), 1u);
  EXPECT_EQ(received("agent@alpha.fr", "Rappel : Visite – Appartement T3, Lyon le mardi 20 janvier 2026").size(), 1u);
  const auto texts = twilio_.messages();
  ASSERT_EQ(texts.size(), twilio_before + 1) << texts.dump();
  EXPECT_EQ(texts.back()["to"], "+33612345678");
  EXPECT_NE(texts.back()["body"].get<std::string>().find("mardi 20 janvier 2026 à 14 h 00"), std::string::npos)
      << texts.back().dump();

  // Moved to 16:00 (15:00Z) once the 24-hour reminders have left: the 2-hour ones of 11:00Z are cancelled;
  // new ones are due at the new times (24 h before is still ahead: 19 January 15:00Z).
  const auto moved = agent_.patch(path(visit), {{"starts_at", "2026-01-20T16:00:00+01:00"},
                                                {"ends_at", "2026-01-20T17:00:00+01:00"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  items = reminders(visit);
  std::map<std::string, int> scheduled;
  for (const auto& item : items)
    if (item["state"] == "scheduled") scheduled[item["due_at"].get<std::string>()]++;
  EXPECT_EQ(scheduled, (std::map<std::string, int>{{"2026-01-19T15:00:00Z", 4}, {"2026-01-20T14:00:00Z", 4}}))
      << items.dump();
  EXPECT_EQ(count("visit_reminders WHERE state = 'cancelled'"), 4);

  clock_->advanceSeconds(119 * kMinute);  // 19 January 15:00Z
  work();
  EXPECT_EQ(twilio_.messages().size(), twilio_before + 2);
  EXPECT_EQ(received("claire.martin@example.fr", "Rappel : visite le mardi 20 janvier 2026 à 16 h 00").size(), 1u);
  clock_->advanceSeconds(20 * 60 * kMinute);  // 20 January 11:00Z, the old 2-hour time: nothing
  work();
  EXPECT_EQ(twilio_.messages().size(), twilio_before + 2);
  clock_->advanceSeconds(3 * 60 * kMinute);  // 14:00Z
  work();
  EXPECT_EQ(twilio_.messages().size(), twilio_before + 3);
  for (int i = 0; i < 100 && rig_.messagesContaining("X-RcptTo: claire.martin@example.fr").size() < 5; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(received("claire.martin@example.fr", "Rappel : visite").size(), 3u);  // 24 h, then 24 h and 2 h anew
  EXPECT_EQ(count("visit_reminders WHERE state = 'scheduled'"), 0);
}

TEST_F(VisitNotificationsTest, ACancelledVisitSendsNoReminder) {
  const auto visit = book("2026-01-20T14:00:00+01:00", "2026-01-20T15:00:00+01:00");
  work();
  ASSERT_EQ(agent_.del(path(visit)).status, 200);
  for (const auto& item : reminders(visit)) EXPECT_EQ(item["state"], "cancelled");
  const auto texts = twilio_.messages().size();
  clock_->advanceSeconds(6 * 24 * 3600);
  work();
  EXPECT_EQ(twilio_.messages().size(), texts);
  EXPECT_EQ(count("visit_reminders WHERE state = 'sent'"), 0);
  EXPECT_EQ(count("jobs WHERE kind = 'visit.remind' AND status = 'done'"), 0);
}

TEST_F(VisitNotificationsTest, SettingsAreValidatedAndDecideTheReminders) {
  const auto initial = admin_.get("/api/v1/visit-settings");
  ASSERT_EQ(initial.status, 200) << initial.body;
  EXPECT_EQ(initial.json(), (nlohmann::json{{"reminder_offsets_minutes", {1440, 120}},
                                            {"remind_by_email", true},
                                            {"remind_by_sms", true},
                                            {"remind_contacts", true},
                                            {"remind_agents", true},
                                            {"time_zone", "Europe/Paris"}}));
  EXPECT_EQ(agent_.get("/api/v1/visit-settings").status, 403);

  for (const auto& bad : {nlohmann::json{{"reminder_offsets_minutes", {4}}},
                          nlohmann::json{{"reminder_offsets_minutes", {20161}}},
                          nlohmann::json{{"reminder_offsets_minutes", {10, 20, 30, 40, 50, 60}}},
                          nlohmann::json{{"reminder_offsets_minutes", "1440"}},
                          nlohmann::json{{"remind_by_sms", "non"}},
                          nlohmann::json{{"time_zone", "Mars/Olympus_Mons"}}}) {
    const auto result = admin_.send("PUT", "/api/v1/visit-settings", bad.dump(), "application/json");
    EXPECT_EQ(result.status, 422) << bad.dump();
    EXPECT_TRUE(result.json()["error"]["fields"].contains(bad.begin().key())) << result.body;
  }
  EXPECT_EQ(admin_.get("/api/v1/visit-settings").json(), initial.json());  // nothing stored

  const auto changed = admin_.send("PUT", "/api/v1/visit-settings",
                                   nlohmann::json{{"reminder_offsets_minutes", {60, 2880, 60}},
                                                  {"remind_by_sms", false},
                                                  {"remind_agents", false},
                                                  {"time_zone", "America/Guadeloupe"}}
                                       .dump(),
                                   "application/json");
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["reminder_offsets_minutes"], (nlohmann::json{2880, 60}));
  EXPECT_EQ(changed.json()["time_zone"], "America/Guadeloupe");
  EXPECT_EQ(admin_.get("/api/v1/visit-settings").json(), changed.json());

  const auto visit = book("2026-01-20T14:00:00-04:00", "2026-01-20T15:00:00-04:00");
  const auto items = reminders(visit);
  ASSERT_EQ(items.size(), 2u) << items.dump();  // email to the contact, 48 h and 1 h before
  for (const auto& item : items) {
    EXPECT_EQ(item["channel"], "email");
    EXPECT_EQ(item["recipient_kind"], "contact");
  }
  EXPECT_EQ(items[0]["due_at"], "2026-01-18T18:00:00Z");
  EXPECT_EQ(items[1]["due_at"], "2026-01-20T17:00:00Z");
}

TEST_F(VisitNotificationsTest, TheCalendarFeedIsPrivateAndRegenerating) {
  EXPECT_EQ(agent_.get("/api/v1/calendar-feed").json()["active"], false);
  const auto visit = book("2026-01-20T14:00:00+01:00", "2026-01-20T15:00:00+01:00");
  const auto cancelled = book("2026-01-21T14:00:00+01:00", "2026-01-21T15:00:00+01:00");
  ASSERT_EQ(agent_.del(path(cancelled)).status, 200);
  const auto first = agent_.post("/api/v1/calendar-feed", nlohmann::json::object());
  ASSERT_EQ(first.status, 201) << first.body;
  const auto url = first.json()["url"].get<std::string>();
  ASSERT_TRUE(url.ends_with(".ics")) << url;
  const auto feed_path = url.substr(url.find("/api/v1/public/calendar/"));
  EXPECT_EQ(agent_.get("/api/v1/calendar-feed").json()["active"], true);

  const auto feed = client().get(feed_path);  // no session: the secret is the credential
  ASSERT_EQ(feed.status, 200) << feed.body;
  EXPECT_TRUE(feed.header("Content-Type").starts_with("text/calendar")) << feed.header("Content-Type");
  EXPECT_EQ(feed.header("Cache-Control"), "no-store");
  auto* calendar = icalparser_parse_string(feed.body.c_str());
  ASSERT_NE(calendar, nullptr);
  EXPECT_EQ(icalcomponent_get_method(calendar), ICAL_METHOD_PUBLISH);
  std::map<std::string, std::string> statuses;
  for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
    statuses[icalcomponent_get_uid(event)] = icalproperty_status_to_string(icalcomponent_get_status(event));
  icalcomponent_free(calendar);
  const auto uid_of = [&](const nlohmann::json& v) {
    return app_->database().queryOne("SELECT ical_uid FROM visits WHERE id = ?", {v["id"].get<std::int64_t>()})->text("ical_uid");
  };
  EXPECT_EQ(statuses, (std::map<std::string, std::string>{{uid_of(visit), "CONFIRMED"}, {uid_of(cancelled), "CANCELLED"}}));

  // Another agent's feed does not hold this agent's visits.
  auto other = loggedIn("autre@alpha.fr", "agent");
  const auto other_url = other.post("/api/v1/calendar-feed", nlohmann::json::object()).json()["url"].get<std::string>();
  const auto other_feed = client().get(other_url.substr(other_url.find("/api/v1/public/calendar/")));
  ASSERT_EQ(other_feed.status, 200);
  EXPECT_EQ(other_feed.body.find("BEGIN:VEVENT"), std::string::npos) << other_feed.body;

  const auto second = agent_.post("/api/v1/calendar-feed", nlohmann::json::object());
  ASSERT_EQ(second.status, 201);
  const auto second_url = second.json()["url"].get<std::string>();
  EXPECT_NE(second_url, url);
  EXPECT_EQ(client().get(feed_path).status, 404);  // the old URL is dead
  const auto second_path = second_url.substr(second_url.find("/api/v1/public/calendar/"));
  EXPECT_EQ(client().get(second_path).status, 200);
  EXPECT_EQ(client().get("/api/v1/public/calendar/inconnu.ics").status, 404);
  EXPECT_EQ(client().get(second_path.substr(0, second_path.size() - 4)).status, 404);  // without .ics

  EXPECT_EQ(agent_.del("/api/v1/calendar-feed").status, 204);
  EXPECT_EQ(client().get(second_path).status, 404);
  EXPECT_EQ(agent_.get("/api/v1/calendar-feed").json()["active"], false);
}

TEST_F(VisitNotificationsTest, RemindersOfAnotherAgencysVisitAre404) {
  const auto visit = book("2026-01-20T14:00:00+01:00", "2026-01-20T15:00:00+01:00");
  auto beta = loggedIn("agent@beta.fr", "agent", "Agence Beta");
  EXPECT_EQ(beta.get(path(visit) + "/reminders").status, 404);
  EXPECT_EQ(agent_.get("/api/v1/visits/999999/reminders").status, 404);
}

}  // namespace
}  // namespace logis::testing
