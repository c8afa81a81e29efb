#include "visit_test_support.hpp"

namespace logis::testing {
namespace {

class AvailabilityTest : public VisitServerTest {
protected:
  std::string agentPath(std::int64_t id, const std::string &rest) const {
    return "/api/v1/agents/" + std::to_string(id) + rest;
  }

  HttpResult putHours(ApiClient &as, std::int64_t id,
                      const nlohmann::json &hours) {
    return as.send("PUT", agentPath(id, "/working-hours"),
                   nlohmann::json{{"working_hours", hours}}.dump(),
                   "application/json");
  }
};

TEST_F(AvailabilityTest, FreeTimeIsTheWorkingHoursMinusVisitsAndAbsences) {
  const auto hours =
      putHours(manager_, agent_.id,
               {{{"weekday", 2}, {"starts", "09:00"}, {"ends", "12:30"}},
                {{"weekday", 2}, {"starts", "14:00"}, {"ends", "18:00"}}});
  ASSERT_EQ(hours.status, 200) << hours.body;
  EXPECT_EQ(hours.json()["working_hours"][1]["starts"], "14:00");
  book(visitBody("2026-03-03T10:00:00+01:00", "2026-03-03T11:00:00+01:00"));
  const auto absence =
      manager_.post(agentPath(agent_.id, "/unavailabilities"),
                    {{"starts_at", "2026-03-03T16:00:00+01:00"},
                     {"ends_at", "2026-03-03T18:00:00+01:00"},
                     {"reason", "Dentiste"}});
  ASSERT_EQ(absence.status, 201) << absence.body;

  const auto result = manager_.get(
      agentPath(agent_.id, "/availability?from=2026-03-03&to=2026-03-03"));
  ASSERT_EQ(result.status, 200) << result.body;
  const auto body = result.json();
  EXPECT_EQ(body["time_zone"], "Europe/Paris");
  ASSERT_EQ(body["busy"].size(), 1u);
  EXPECT_EQ(body["busy"][0]["label"], "Visite – Appartement T3, Lyon");
  ASSERT_EQ(body["unavailabilities"].size(), 1u);
  EXPECT_EQ(body["unavailabilities"][0]["reason"], "Dentiste");
  const auto free = body["free"];
  ASSERT_EQ(free.size(), 3u) << body.dump();
  EXPECT_EQ(free[0], (nlohmann::json{{"starts_at", "2026-03-03T08:00:00Z"},
                                     {"ends_at", "2026-03-03T09:00:00Z"}}));
  EXPECT_EQ(free[1], (nlohmann::json{{"starts_at", "2026-03-03T10:00:00Z"},
                                     {"ends_at", "2026-03-03T11:30:00Z"}}));
  EXPECT_EQ(free[2], (nlohmann::json{{"starts_at", "2026-03-03T13:00:00Z"},
                                     {"ends_at", "2026-03-03T15:00:00Z"}}));

  // Booking into the absence or outside the hours is a conflict.
  const auto during =
      manager_.post("/api/v1/visits", visitBody("2026-03-03T16:30:00+01:00",
                                                "2026-03-03T17:00:00+01:00"));
  EXPECT_EQ(during.status, 409) << during.body;
  const auto lunch =
      manager_.post("/api/v1/visits", visitBody("2026-03-03T12:45:00+01:00",
                                                "2026-03-03T13:30:00+01:00"));
  EXPECT_EQ(lunch.status, 409) << lunch.body;
  EXPECT_EQ(lunch.json()["error"]["conflicts"][0]["type"],
            "outside_working_hours");

  const auto removed = manager_.del(agentPath(
      agent_.id, "/unavailabilities/" +
                     std::to_string(absence.json()["id"].get<std::int64_t>())));
  EXPECT_EQ(removed.status, 204);
  EXPECT_EQ(manager_
                .post("/api/v1/visits", visitBody("2026-03-03T16:30:00+01:00",
                                                  "2026-03-03T17:00:00+01:00"))
                .status,
            201);
}

TEST_F(AvailabilityTest, WithoutHoursAnAgentIsFreeFromEightToEightButSunday) {
  // Saturday 28 and Sunday 29 March 2026: the clocks go forward in the night.
  const auto body =
      manager_
          .get(agentPath(agent_.id,
                         "/availability?from=2026-03-28&to=2026-03-30"))
          .json();
  ASSERT_EQ(body["free"].size(), 2u) << body.dump();
  EXPECT_EQ(body["free"][0],
            (nlohmann::json{{"starts_at", "2026-03-28T07:00:00Z"},
                            {"ends_at", "2026-03-28T19:00:00Z"}}));
  EXPECT_EQ(body["free"][1],
            (nlohmann::json{{"starts_at", "2026-03-30T06:00:00Z"},
                            {"ends_at", "2026-03-30T18:00:00Z"}}));
  EXPECT_TRUE(body["working_hours"].empty());
}

TEST_F(AvailabilityTest, AnAgentChangesTheirOwnAvailabilityOnly) {
  EXPECT_EQ(putHours(agent_api_, agent_.id,
                     {{{"weekday", 1}, {"starts", "09:00"}, {"ends", "18:00"}}})
                .status,
            200);
  EXPECT_EQ(putHours(agent_api_, other_agent_.id,
                     {{{"weekday", 1}, {"starts", "09:00"}, {"ends", "18:00"}}})
                .status,
            403);
  EXPECT_EQ(agent_api_
                .post(agentPath(other_agent_.id, "/unavailabilities"),
                      {{"starts_at", "2026-03-03T16:00:00+01:00"},
                       {"ends_at", "2026-03-03T18:00:00+01:00"}})
                .status,
            403);
  EXPECT_EQ(agent_api_.get(agentPath(other_agent_.id, "/availability")).status,
            200);
}

TEST_F(AvailabilityTest, BadHoursAndAbsencesAreRefusedByField) {
  const auto bad =
      putHours(manager_, agent_.id,
               {{{"weekday", 8}, {"starts", "09:00"}, {"ends", "12:00"}},
                {{"weekday", 1}, {"starts", "9h"}, {"ends", "12:00"}},
                {{"weekday", 1}, {"starts", "14:00"}, {"ends", "13:00"}},
                {{"weekday", 2}, {"starts", "09:00"}, {"ends", "12:00"}},
                {{"weekday", 2}, {"starts", "11:00"}, {"ends", "13:00"}}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto fields = bad.json()["error"]["fields"];
  EXPECT_TRUE(fields.contains("working_hours[0].weekday"));
  EXPECT_TRUE(fields.contains("working_hours[1].starts"));
  EXPECT_TRUE(fields.contains("working_hours[2].ends"));
  EXPECT_TRUE(fields.contains("working_hours[4]"));
  EXPECT_EQ(countRows("agent_working_hours"), 0);
  const auto absence = manager_.post(
      agentPath(agent_.id, "/unavailabilities"),
      {{"starts_at", "demain"}, {"ends_at", "2026-03-03T18:00:00+01:00"}});
  ASSERT_EQ(absence.status, 422);
  EXPECT_TRUE(absence.json()["error"]["fields"].contains("starts_at"));
  EXPECT_EQ(manager_
                .get(agentPath(agent_.id,
                               "/availability?from=2026-03-03&to=2026-06-03"))
                .status,
            400);
  EXPECT_EQ(manager_.get(agentPath(999, "/availability")).status, 404);
  EXPECT_EQ(manager_.del(agentPath(agent_.id, "/unavailabilities/999")).status,
            404);
}

TEST_F(AvailabilityTest, AnotherAgencysAgentIsUnknown) {
  auto beta = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(beta.get(agentPath(agent_.id, "/availability")).status, 404);
  EXPECT_EQ(putHours(beta, agent_.id, nlohmann::json::array()).status, 404);
}

} // namespace
} // namespace logis::testing
