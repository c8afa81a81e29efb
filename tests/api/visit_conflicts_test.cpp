#include <future>
#include <set>
#include <thread>

#include "core/paris_time.hpp"
#include "visit_test_support.hpp"

namespace logis::testing {
namespace {

class VisitConflictsTest : public VisitServerTest {
 protected:
  nlohmann::json refusedWithConflict(const nlohmann::json& body, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).post("/api/v1/visits", body);
    EXPECT_EQ(result.status, 409) << result.body;
    const auto error = result.json()["error"];
    EXPECT_EQ(error["code"], "visit_conflict") << result.body;
    return error;
  }

  void addWorkingHours(std::int64_t user_id, int weekday, int starts_minute, int ends_minute) {
    app_->database().insert(
        "INSERT INTO agent_working_hours (agency_id, user_id, weekday, starts_minute, ends_minute) VALUES "
        "(?, ?, ?, ?, ?)",
        {agent_.agency_id, user_id, std::int64_t{weekday}, std::int64_t{starts_minute},
         std::int64_t{ends_minute}});
  }
};

TEST_F(VisitConflictsTest, TheSameAgentCannotBeInTwoPlacesAtOnce) {
  const auto first = book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto other_property = createProperty(manager_, "Maison de ville");
  const auto error = refusedWithConflict(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:30:00+01:00",
                                                   {{"property_id", idOf(other_property)}}));
  EXPECT_EQ(error["message"],
            "Test agent a déjà un rendez-vous de 14 h 00 à 15 h 00 (Visite – Appartement T3, Lyon).");
  ASSERT_EQ(error["conflicts"].size(), 1u);
  EXPECT_EQ(error["conflicts"][0]["type"], "agent_busy");
  EXPECT_EQ(error["conflicts"][0]["visit_id"], first["id"]);
  EXPECT_EQ(error["conflicts"][0]["agent_id"], agent_.id);
  EXPECT_EQ(error["conflicts"][0]["starts_at"], "2026-03-03T13:00:00Z");
  EXPECT_EQ(countRows("visits"), 1);

  // Back to back is fine.
  book(visitBody("2026-03-03T15:00:00+01:00", "2026-03-03T16:00:00+01:00",
                 {{"property_id", idOf(other_property)}}));
}

TEST_F(VisitConflictsTest, ACoAgentIsBusyToo) {
  const auto shared = book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00",
                                     {{"agent_id", other_agent_.id}, {"agent_ids", {agent_.id}}}));
  EXPECT_EQ(shared["agent_ids"], nlohmann::json::array({other_agent_.id, agent_.id}));
  EXPECT_EQ(shared["agents"][0]["id"], other_agent_.id);
  EXPECT_EQ(shared["agents"][1], nlohmann::json({{"id", agent_.id}, {"name", "Test agent"}}));
  const auto other_property = createProperty(manager_, "Maison de ville");
  const auto error = refusedWithConflict(visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:30:00+01:00",
                                                   {{"property_id", idOf(other_property)}}));
  EXPECT_EQ(error["conflicts"][0]["type"], "agent_busy");
  EXPECT_EQ(error["conflicts"][0]["agent_id"], agent_.id);
}

TEST_F(VisitConflictsTest, ThePropertyIsVisitedByOneAgentAtATime) {
  const auto first = book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto error = refusedWithConflict(
      visitBody("2026-03-03T14:45:00+01:00", "2026-03-03T15:30:00+01:00", {{"agent_id", other_agent_.id}}));
  ASSERT_EQ(error["conflicts"].size(), 1u);
  EXPECT_EQ(error["conflicts"][0]["type"], "property_busy");
  EXPECT_EQ(error["conflicts"][0]["visit_id"], first["id"]);
  EXPECT_EQ(
      error["message"],
      "Le bien Appartement T3 a déjà un rendez-vous de 14 h 00 à 15 h 00 (Visite – Appartement T3, Lyon).");
}

TEST_F(VisitConflictsTest, ACancelledVisitNeverConflicts) {
  const auto first = book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  ASSERT_EQ(manager_.del(visitPath(first)).status, 200);
  book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
}

TEST_F(VisitConflictsTest, AManagerMayOverrideAnAgentMayNot) {
  book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto forced = book(
      visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:30:00+01:00", {{"override_conflicts", true}}));
  EXPECT_EQ(forced["conflict_override"], true);
  const auto agent_try = agent_api_.post(
      "/api/v1/visits",
      visitBody("2026-03-03T14:30:00+01:00", "2026-03-03T15:30:00+01:00", {{"override_conflicts", true}}));
  EXPECT_EQ(agent_try.status, 403) << agent_try.body;
  // Without a conflict, the flag changes nothing.
  const auto free = book(
      visitBody("2026-03-05T14:30:00+01:00", "2026-03-05T15:30:00+01:00", {{"override_conflicts", true}}));
  EXPECT_EQ(free["conflict_override"], false);
}

TEST_F(VisitConflictsTest, AnUnavailableAgentCannotBeBooked) {
  app_->database().insert(
      "INSERT INTO agent_unavailabilities (agency_id, user_id, starts_at, ends_at, reason, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {agent_.agency_id, agent_.id, parseIsoInstant("2026-03-02T23:00:00Z").value(),
       parseIsoInstant("2026-03-04T23:00:00Z").value(), std::string("Formation"), std::int64_t{0}});
  const auto error = refusedWithConflict(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  EXPECT_EQ(error["conflicts"][0]["type"], "unavailable");
  EXPECT_EQ(error["conflicts"][0]["label"], "Formation");
  EXPECT_EQ(
      error["message"],
      "Test agent est indisponible du mardi 3 mars 2026 à 0 h 00 au jeudi 5 mars 2026 à 0 h 00 (Formation).");
}

TEST_F(VisitConflictsTest, WorkingHoursHoldOnBothSidesOfTheOctoberChange) {
  addWorkingHours(agent_.id, 6, 9 * 60, 12 * 60);
  addWorkingHours(agent_.id, 7, 9 * 60, 12 * 60);
  const auto saturday = book(visitBody("2026-10-24T10:00:00+02:00", "2026-10-24T11:00:00+02:00"));
  EXPECT_EQ(saturday["starts_at"], "2026-10-24T08:00:00Z");
  const auto sunday = book(visitBody("2026-10-25T10:00:00+01:00", "2026-10-25T11:00:00+01:00"));
  EXPECT_EQ(sunday["starts_at"], "2026-10-25T09:00:00Z");
  // 08:30 on Sunday (07:30Z) is before the agent starts.
  const auto error = refusedWithConflict(visitBody("2026-10-25T07:30:00Z", "2026-10-25T08:15:00Z"));
  EXPECT_EQ(error["conflicts"][0]["type"], "outside_working_hours");
  EXPECT_EQ(error["message"], "Test agent ne travaille pas à ces heures (de 8 h 30 à 9 h 15).");
}

TEST_F(VisitConflictsTest, VisitsAtTenInParisAcrossTheMarchChange) {
  const auto saturday = book(visitBody("2026-03-28T10:00:00+01:00", "2026-03-28T10:45:00+01:00"));
  const auto sunday = book(visitBody("2026-03-29T10:00:00+02:00", "2026-03-29T10:45:00+02:00"));
  EXPECT_EQ(saturday["starts_at"], "2026-03-28T09:00:00Z");
  EXPECT_EQ(sunday["starts_at"], "2026-03-29T08:00:00Z");
  const auto day = manager_.get("/api/v1/visits?from=2026-03-29&to=2026-03-29").json();
  ASSERT_EQ(day["total"], 1);
  EXPECT_EQ(day["items"][0]["id"], sunday["id"]);
  // 01:30 to 03:30 on the night the clocks go forward lasts an hour.
  const auto night = book(visitBody("2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00"));
  EXPECT_EQ(night["starts_at"], "2026-03-29T00:30:00Z");
  EXPECT_EQ(night["ends_at"], "2026-03-29T01:30:00Z");
  const auto timeline =
      manager_.get("/api/v1/contacts/" + std::to_string(idOf(buyer_)) + "/interactions?type=visit").json();
  std::set<std::string> summaries;
  for (const auto& item : timeline["items"]) summaries.insert(item["summary"]);
  EXPECT_TRUE(summaries.contains("Visite planifiée le samedi 28 mars 2026 à 10 h 00 – Appartement T3, Lyon"));
  EXPECT_TRUE(
      summaries.contains("Visite planifiée le dimanche 29 mars 2026 à 10 h 00 – Appartement T3, Lyon"));
}

TEST_F(VisitConflictsTest, ConcurrentBookingsOfTheSameSlotLetExactlyOneThrough) {
  constexpr int kRequests = 8;
  std::vector<std::future<int>> statuses;
  for (int i = 0; i < kRequests; ++i) {
    statuses.push_back(std::async(std::launch::async, [this] {
      auto api = manager_;
      return api.post("/api/v1/visits", visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"))
          .status;
    }));
  }
  int created = 0;
  int refused = 0;
  for (auto& status : statuses) {
    const auto value = status.get();
    created += value == 201;
    refused += value == 409;
  }
  EXPECT_EQ(created, 1);
  EXPECT_EQ(refused, kRequests - 1);
  EXPECT_EQ(countRows("visits"), 1);
}

TEST_F(VisitConflictsTest, AMoveIsCheckedAndAnOverriddenVisitKeepsItsFlagUntilMoved) {
  const auto first = book(visitBody("2026-03-03T14:00:00+01:00", "2026-03-03T15:00:00+01:00"));
  const auto other_property = createProperty(manager_, "Maison de ville");
  const auto second = book(visitBody("2026-03-03T16:00:00+01:00", "2026-03-03T17:00:00+01:00",
                                     {{"property_id", idOf(other_property)}}));
  const auto onto_first = manager_.patch(visitPath(second), {{"starts_at", "2026-03-03T14:30:00+01:00"},
                                                             {"ends_at", "2026-03-03T15:30:00+01:00"}});
  EXPECT_EQ(onto_first.status, 409) << onto_first.body;
  const auto forced = manager_.patch(visitPath(second), {{"starts_at", "2026-03-03T14:30:00+01:00"},
                                                         {"ends_at", "2026-03-03T15:30:00+01:00"},
                                                         {"override_conflicts", true}});
  ASSERT_EQ(forced.status, 200) << forced.body;
  EXPECT_EQ(forced.json()["conflict_override"], true);
  const auto notes = manager_.patch(visitPath(second), {{"notes", "Code porte 1234"}});
  ASSERT_EQ(notes.status, 200) << notes.body;
  EXPECT_EQ(notes.json()["conflict_override"], true);
  EXPECT_EQ(notes.json()["sequence"], 1);
  const auto away = manager_.patch(visitPath(second), {{"starts_at", "2026-03-03T17:00:00+01:00"},
                                                       {"ends_at", "2026-03-03T18:00:00+01:00"}});
  ASSERT_EQ(away.status, 200) << away.body;
  EXPECT_EQ(away.json()["conflict_override"], false);
  EXPECT_EQ(first["sequence"], 0);
}

}  // namespace
}  // namespace logis::testing
