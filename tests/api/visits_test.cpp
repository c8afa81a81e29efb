#include "visit_test_support.hpp"

namespace logis::testing {
namespace {

class VisitsTest : public VisitServerTest {};

TEST_F(VisitsTest, ABookedVisitIsAnsweredInUtcWithItsPeopleAndPlace) {
  const auto visit = book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:15:00+01:00"));
  EXPECT_EQ(visit["kind"], "visit");
  EXPECT_EQ(visit["starts_at"], "2026-03-03T13:30:00Z");
  EXPECT_EQ(visit["ends_at"], "2026-03-03T14:15:00Z");
  EXPECT_EQ(visit["status"], "planned");
  EXPECT_EQ(visit["sequence"], 0);
  EXPECT_EQ(visit["time_zone"], "Europe/Paris");
  EXPECT_EQ(visit["place"], "12 rue Victor Hugo, 69002 Lyon");
  EXPECT_EQ(visit["agent_id"], agent_.id);
  EXPECT_EQ(visit["agent_ids"], nlohmann::json::array({agent_.id}));
  EXPECT_EQ(visit["agent"]["name"], "Test agent");
  EXPECT_EQ(visit["contacts"][0]["name"], "Claire Martin");
  EXPECT_EQ(visit["property"]["title"], "Appartement T3");
  EXPECT_EQ(visit["property"]["city"], "Lyon");
  EXPECT_EQ(visit["conflict_override"], false);
  EXPECT_TRUE(visit["report"].is_null());
  EXPECT_TRUE(visit["voucher"].is_null());

  const auto read = manager_.get(visitPath(visit));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json(), visit);
  EXPECT_EQ(countRows("visit_agents"), 1);
  EXPECT_EQ(countRows("visit_contacts"), 1);
}

TEST_F(VisitsTest, TheVisitIsOnTheBuyersTimeline) {
  book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:15:00+01:00"));
  const auto timeline =
      manager_.get("/api/v1/contacts/" + std::to_string(idOf(buyer_)) + "/interactions?type=visit");
  ASSERT_EQ(timeline.status, 200) << timeline.body;
  const auto items = timeline.json()["items"];
  ASSERT_EQ(items.size(), 1u) << timeline.body;
  EXPECT_EQ(items[0]["summary"], "Visite planifiée le mardi 3 mars 2026 à 14 h 30 – Appartement T3, Lyon");
}

TEST_F(VisitsTest, ACalendarRangeListsTheVisitsOverlappingItInOrder) {
  const auto late = book(visitBody("2026-03-04T16:00:00+01:00", "2026-03-04T17:00:00+01:00"));
  const auto early = book(visitBody("2026-03-03T09:00:00+01:00", "2026-03-03T10:00:00+01:00"));
  book(visitBody("2026-03-10T09:00:00+01:00", "2026-03-10T10:00:00+01:00"));

  const auto week = manager_.get("/api/v1/visits?from=2026-03-02&to=2026-03-08&per_page=500");
  ASSERT_EQ(week.status, 200) << week.body;
  const auto body = week.json();
  EXPECT_EQ(body["total"], 2);
  EXPECT_EQ(body["per_page"], 500);
  ASSERT_EQ(body["items"].size(), 2u);
  EXPECT_EQ(body["items"][0]["id"], early["id"]);
  EXPECT_EQ(body["items"][1]["id"], late["id"]);

  // "to" a day means up to its end; the visit overlapping "from" counts.
  const auto day = manager_.get("/api/v1/visits?from=2026-03-03T09:30:00%2B01:00&to=2026-03-03");
  EXPECT_EQ(day.json()["total"], 1) << day.body;
  const auto by_contact = manager_.get("/api/v1/visits?contact_id=" + std::to_string(idOf(buyer_)));
  EXPECT_EQ(by_contact.json()["total"], 3);
  const auto by_agent = manager_.get("/api/v1/visits?agent_id=" + std::to_string(other_agent_.id));
  EXPECT_EQ(by_agent.json()["total"], 0);
  EXPECT_EQ(manager_.get("/api/v1/visits?from=2026-02-30").status, 400);
  EXPECT_EQ(manager_.get("/api/v1/visits?status=maybe").status, 400);
  EXPECT_EQ(manager_.get("/api/v1/visits?per_page=501").status, 400);
}

TEST_F(VisitsTest, BadInputIsRefusedFieldByFieldAndStoresNothing) {
  const auto refused = [&](const nlohmann::json& body, const std::string& field) {
    const auto result = manager_.post("/api/v1/visits", body);
    EXPECT_EQ(result.status, 422) << body.dump() << ": " << result.body;
    EXPECT_TRUE(result.json()["error"]["fields"].contains(field)) << body.dump() << ": " << result.body;
  };
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T14:00:00+01:00"), "ends_at");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T15:00:00+01:00"), "ends_at");
  refused(visitBody("2026-03-03T08:00:00+01:00", "2026-03-03T20:01:00+01:00"), "ends_at");
  refused(visitBody("2026-03-03 15:00", "2026-03-03T16:00:00+01:00"), "starts_at");
  refused(visitBody("2026-03-03T15:00:00", "2026-03-03T16:00:00+01:00"), "starts_at");
  refused(visitBody("2026-02-30T15:00:00+01:00", "2026-03-03T16:00:00+01:00"), "starts_at");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"kind", "party"}}), "kind");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"status", "maybe"}}),
          "status");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"property_id", 999}}),
          "property_id");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"contact_ids", {999}}}),
          "contact_ids");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"contact_ids", "7"}}),
          "contact_ids");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00",
                    {{"contact_ids", nlohmann::json::array()}}),
          "contact_ids");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"agent_id", 999}}),
          "agent_id");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"agent_ids", {999}}}),
          "agent_ids");
  refused(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00", {{"lead_id", 999}}), "lead_id");
  refused({{"contact_ids", {idOf(buyer_)}},
           {"starts_at", "2026-03-03T15:00:00+01:00"},
           {"ends_at", "2026-03-03T16:00:00+01:00"}},
          "property_id");
  // A visit in the past is recorded only as done.
  refused(visitBody("2026-01-14T15:00:00+01:00", "2026-01-14T16:00:00+01:00"), "status");
  const auto missing = manager_.post("/api/v1/visits", {{"property_id", idOf(property_)}});
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json()["error"]["fields"]["starts_at"], "Ce champ est obligatoire.");
  EXPECT_EQ(countRows("visits"), 0);
  EXPECT_EQ(countRows("interactions"), 0);

  const auto past =
      book(visitBody("2026-01-14T15:00:00+01:00", "2026-01-14T16:00:00+01:00", {{"status", "done"}}));
  EXPECT_EQ(past["status"], "done");
}

TEST_F(VisitsTest, AnotherAgencysObjectsAreUnknown) {
  auto beta = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  const auto beta_property = createProperty(beta, "Maison Beta");
  const auto beta_contact = createContact(beta, "Jean", "Beta");
  const auto beta_agent = makeUser("agent@beta.fr", "agent", "Agence Beta");
  const auto visit = book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:15:00+01:00"));

  EXPECT_EQ(beta.get(visitPath(visit)).status, 404);
  EXPECT_EQ(beta.get("/api/v1/visits").json()["total"], 0);
  const auto start = "2026-03-05T14:30:00+01:00";
  const auto end = "2026-03-05T15:00:00+01:00";
  EXPECT_EQ(
      manager_.post("/api/v1/visits", visitBody(start, end, {{"property_id", idOf(beta_property)}})).status,
      422);
  EXPECT_EQ(
      manager_.post("/api/v1/visits", visitBody(start, end, {{"contact_ids", {idOf(beta_contact)}}})).status,
      422);
  EXPECT_EQ(manager_.post("/api/v1/visits", visitBody(start, end, {{"agent_id", beta_agent.id}})).status,
            422);
  EXPECT_EQ(countRows("visits"), 1);
}

TEST_F(VisitsTest, AnAgentPlansTheirOwnVisitsOnly) {
  const auto own = agent_api_.post(
      "/api/v1/visits",
      visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:00:00+01:00", {{"agent_id", nullptr}}));
  ASSERT_EQ(own.status, 201) << own.body;
  EXPECT_EQ(own.json()["agent_id"], agent_.id);
  const auto someone_else = agent_api_.post(
      "/api/v1/visits",
      visitBody("2026-03-04T14:30:00+01:00", "2026-03-04T15:00:00+01:00", {{"agent_id", other_agent_.id}}));
  EXPECT_EQ(someone_else.status, 403) << someone_else.body;
  EXPECT_EQ(countRows("visits"), 1);
}

TEST_F(VisitsTest, ALeadBringsItsContact) {
  const auto lead = manager_.post("/api/v1/leads", {{"contact_id", idOf(buyer_)}, {"source", "phone"}});
  ASSERT_EQ(lead.status, 201) << lead.body;
  auto body =
      visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:00:00+01:00", {{"lead_id", lead.json()["id"]}});
  body.erase("contact_ids");
  const auto visit = book(body);
  EXPECT_EQ(visit["contact_ids"], nlohmann::json::array({idOf(buyer_)}));
  EXPECT_EQ(visit["lead_id"], lead.json()["id"]);
}

TEST_F(VisitsTest, TheSequenceGrowsWithWhatTheInviteesSee) {
  const auto visit = book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto notes = manager_.patch(visitPath(visit), {{"notes", "Code porte 1234"}});
  ASSERT_EQ(notes.status, 200) << notes.body;
  EXPECT_EQ(notes.json()["notes"], "Code porte 1234");
  EXPECT_EQ(notes.json()["sequence"], 0);
  const auto moved = manager_.patch(visitPath(visit), {{"starts_at", "2026-03-04T10:00:00+01:00"},
                                                       {"ends_at", "2026-03-04T10:30:00+01:00"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["sequence"], 1);
  EXPECT_EQ(moved.json()["starts_at"], "2026-03-04T09:00:00Z");
  const auto confirmed = manager_.patch(visitPath(visit), {{"status", "confirmed"}});
  EXPECT_EQ(confirmed.json()["sequence"], 2);
  const auto place = manager_.patch(visitPath(visit), {{"place", "Devant l'agence"}});
  EXPECT_EQ(place.json()["sequence"], 3);
  const auto bad = manager_.patch(visitPath(visit), {{"ends_at", "2026-03-04T09:00:00+01:00"}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(manager_.get(visitPath(visit)).json()["sequence"], 3);

  const auto cancelled = manager_.del(visitPath(visit));
  ASSERT_EQ(cancelled.status, 200) << cancelled.body;
  EXPECT_EQ(cancelled.json()["status"], "cancelled");
  EXPECT_EQ(cancelled.json()["sequence"], 4);
  const auto again = manager_.del(visitPath(visit));
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(again.json(), cancelled.json());

  const auto timeline =
      manager_.get("/api/v1/contacts/" + std::to_string(idOf(buyer_)) + "/interactions?type=visit").json();
  std::vector<std::string> summaries;
  for (const auto& item : timeline["items"]) summaries.push_back(item["summary"]);
  EXPECT_EQ(summaries, (std::vector<std::string>{
                           "Visite annulée le mercredi 4 mars 2026 à 10 h 00 – Appartement T3, Lyon",
                           "Visite déplacée au mercredi 4 mars 2026 à 10 h 00 – Appartement T3, Lyon",
                           "Visite planifiée le mardi 3 mars 2026 à 14 h 30 – Appartement T3, Lyon"}));
  EXPECT_EQ(timeline["items"][0]["meta"]["visit_id"], visit["id"]);
  EXPECT_EQ(timeline["items"][0]["meta"]["status"], "cancelled");
}

TEST_F(VisitsTest, AContactAddedLaterFindsTheVisitPlannedOnTheirTimeline) {
  const auto visit = book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto partner = createContact(manager_, "Paul", "Martin");
  const auto changed = manager_.patch(visitPath(visit), {{"contact_ids", {idOf(buyer_), idOf(partner)}},
                                                         {"starts_at", "2026-03-04T10:00:00+01:00"},
                                                         {"ends_at", "2026-03-04T10:30:00+01:00"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto summaries = [&](const nlohmann::json& contact) {
    const auto timeline =
        manager_.get("/api/v1/contacts/" + std::to_string(idOf(contact)) + "/interactions?type=visit").json();
    std::vector<std::string> found;
    for (const auto& item : timeline["items"]) found.push_back(item["summary"]);
    return found;
  };
  EXPECT_EQ(summaries(partner),
            (std::vector<std::string>{"Visite planifiée le mercredi 4 mars 2026 à 10 h 00 – Appartement T3, Lyon"}));
  EXPECT_EQ(summaries(buyer_), (std::vector<std::string>{
                                   "Visite déplacée au mercredi 4 mars 2026 à 10 h 00 – Appartement T3, Lyon",
                                   "Visite planifiée le mardi 3 mars 2026 à 14 h 30 – Appartement T3, Lyon"}));
}

TEST_F(VisitsTest, AnAgentChangesOnlyTheVisitsInTheirCharge) {
  const auto theirs = book(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto someone_elses = book(
      visitBody("2026-03-04T14:30:00+01:00", "2026-03-04T15:00:00+01:00", {{"agent_id", other_agent_.id}}));
  EXPECT_EQ(agent_api_.patch(visitPath(theirs), {{"notes", "ok"}}).status, 200);
  EXPECT_EQ(agent_api_.get(visitPath(someone_elses)).status, 200);
  EXPECT_EQ(agent_api_.patch(visitPath(someone_elses), {{"notes", "non"}}).status, 403);
  EXPECT_EQ(agent_api_.del(visitPath(someone_elses)).status, 403);
  EXPECT_EQ(agent_api_.patch(visitPath(theirs), {{"agent_id", other_agent_.id}}).status, 403);
  EXPECT_EQ(manager_.get(visitPath(someone_elses)).json()["status"], "planned");

  auto beta = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(beta.patch(visitPath(theirs), {{"notes", "x"}}).status, 404);
  EXPECT_EQ(beta.del(visitPath(theirs)).status, 404);
}

}  // namespace
}  // namespace logis::testing
