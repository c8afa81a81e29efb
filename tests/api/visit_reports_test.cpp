#include "visit_docs_support.hpp"

namespace logis::testing {
namespace {

// The test clock stands at 2026-01-15T10:00:00Z.
constexpr const char* kYesterday = "2026-01-14T14:00:00Z";
constexpr const char* kNextWeek = "2026-01-22T14:00:00Z";

nlohmann::json fullReport() {
  return {{"comment", "Très intéressés, la cuisine est à refaire."},
          {"interest_level", 4},
          {"objections", "Pas de garage"},
          {"price_opinion", "high"},
          {"follow_up", {{"title", "Rappeler Claire Martin"}, {"due_at", "2026-01-20T09:00:00+01:00"}}}};
}

class VisitReportsTest : public VisitDocsTest {
 protected:
  std::string reportPath(std::int64_t visit_id) const { return visitPath(visit_id) + "/report"; }
  HttpResult put(ApiClient& as, std::int64_t visit_id, const nlohmann::json& body) {
    return as.send("PUT", reportPath(visit_id), body.dump(), "application/json");
  }
};

TEST_F(VisitReportsTest, AReportSetsTheVisitDoneCreatesItsFollowUpAndGoesOnEachVisitorsTimeline) {
  const auto visit = bookVisit(kYesterday, {claire_, jean_pierre_});
  const auto sequence = visitSequence(visit);
  const auto result = put(agent_, visit, fullReport());
  ASSERT_EQ(result.status, 200) << result.body;
  const auto report = result.json();
  EXPECT_EQ(report["visit_id"], visit);
  EXPECT_EQ(report["comment"], "Très intéressés, la cuisine est à refaire.");
  EXPECT_EQ(report["interest_level"], 4);
  EXPECT_EQ(report["objections"], "Pas de garage");
  EXPECT_EQ(report["price_opinion"], "high");
  EXPECT_EQ(report["created_at"], "2026-01-15T10:00:00Z");
  ASSERT_TRUE(report["follow_up_task_id"].is_number()) << result.body;

  EXPECT_EQ(visitStatus(visit), "done");
  EXPECT_EQ(visitSequence(visit), sequence + 1);

  const auto task = app_->database()
                        .query("SELECT title, due_at, assigned_to, contact_id FROM tasks WHERE id = ?",
                               {report["follow_up_task_id"].get<std::int64_t>()})
                        .at(0);
  EXPECT_EQ(task.text("title"), "Rappeler Claire Martin");
  EXPECT_EQ(task.integer("due_at"), *parseIsoInstant("2026-01-20T08:00:00Z"));
  EXPECT_EQ(task.integer("assigned_to"), agent_id_);
  EXPECT_EQ(task.integer("contact_id"), claire_);

  for (const auto contact_id : {claire_, jean_pierre_}) {
    const auto entries = visitEntries(contact_id, "Compte-rendu de visite");
    ASSERT_EQ(entries.size(), 1u) << entries.dump();
    EXPECT_EQ(entries[0]["summary"], "Compte-rendu de visite");
    EXPECT_EQ(entries[0]["body"], "Très intéressés, la cuisine est à refaire.");
    EXPECT_EQ(entries[0]["property_id"], property_id_);
    EXPECT_EQ(entries[0]["meta"],
              nlohmann::json({{"visit_id", visit}, {"interest_level", 4}, {"price_opinion", "high"}}));
  }

  const auto fetched = manager_.get(reportPath(visit));
  ASSERT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.json(), report);
  const auto answer = agent_.get(visitPath(visit)).json();
  EXPECT_EQ(answer["report"], report);
  EXPECT_EQ(answer["status"], "done");
  EXPECT_TRUE(answer["voucher"].is_null());
  const auto listed = manager_.get("/api/v1/visits?property_id=" + std::to_string(property_id_)).json();
  ASSERT_EQ(listed["items"].size(), 1u);
  EXPECT_EQ(listed["items"][0]["report"]["comment"], "Très intéressés, la cuisine est à refaire.");
}

TEST_F(VisitReportsTest, RewritingAReportRewritesItsEntriesAndItsTask) {
  const auto visit = bookVisit(kYesterday, {claire_});
  ASSERT_EQ(put(agent_, visit, fullReport()).status, 200);
  clock_->advanceSeconds(1800);
  auto changed = fullReport();
  changed["comment"] = "Finalement, ils veulent revoir le jardin.";
  changed["interest_level"] = 5;
  changed["follow_up"] = {{"title", "Organiser une contre-visite"}, {"due_at", "2026-01-21T10:00:00Z"}};
  const auto result = put(agent_, visit, changed);
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.json()["created_at"], "2026-01-15T10:00:00Z");
  EXPECT_EQ(result.json()["updated_at"], "2026-01-15T10:30:00Z");

  const auto entries = visitEntries(claire_, "Compte-rendu de visite");
  ASSERT_EQ(entries.size(), 1u) << entries.dump();
  EXPECT_EQ(entries[0]["body"], "Finalement, ils veulent revoir le jardin.");
  EXPECT_EQ(entries[0]["meta"]["interest_level"], 5);
  EXPECT_EQ(countRows("tasks"), 1);
  const auto task = app_->database().query("SELECT title FROM tasks").at(0);
  EXPECT_EQ(task.text("title"), "Organiser une contre-visite");
  EXPECT_EQ(visitStatus(visit), "done");
}

TEST_F(VisitReportsTest, NoReportBeforeTheVisitStartsNorForACancelledVisit) {
  const auto future = bookVisit(kNextWeek, {claire_});
  const auto early = put(agent_, future, fullReport());
  EXPECT_EQ(early.status, 422);
  EXPECT_EQ(early.json()["error"]["code"], "visit_not_started");
  EXPECT_EQ(early.json()["error"]["message"],
            "La visite n'a pas encore commencé : le compte-rendu s'écrit après.");

  const auto cancelled = bookVisit(kYesterday, {claire_}, "cancelled");
  const auto late = put(manager_, cancelled, fullReport());
  EXPECT_EQ(late.status, 422);
  EXPECT_EQ(late.json()["error"]["code"], "visit_cancelled");

  EXPECT_EQ(countRows("visit_reports"), 0);
  EXPECT_EQ(countRows("tasks"), 0);
  EXPECT_EQ(visitStatus(future), "planned");
  EXPECT_EQ(manager_.get(reportPath(future)).status, 404);
}

TEST_F(VisitReportsTest, BadInputNamesTheFieldAndStoresNothing) {
  const auto visit = bookVisit(kYesterday, {claire_});
  const auto interactions = countRows("interactions");
  const std::vector<std::pair<nlohmann::json, std::string>> cases = {
      {{{"comment", nullptr}}, "comment"},
      {{{"comment", "   "}}, "comment"},
      {{{"comment", 12}}, "comment"},
      {{{"comment", std::string(5001, 'a')}}, "comment"},
      {{{"interest_level", 0}}, "interest_level"},
      {{{"interest_level", 6}}, "interest_level"},
      {{{"interest_level", "4"}}, "interest_level"},
      {{{"price_opinion", "cheap"}}, "price_opinion"},
      {{{"objections", std::string(2001, 'a')}}, "objections"},
      {{{"follow_up", "demain"}}, "follow_up"},
      {{{"follow_up", nlohmann::json::object()}}, "follow_up.title"},
      {{{"follow_up", {{"title", "Rappeler"}}}}, "follow_up.due_at"},
      {{{"follow_up", {{"title", "Rappeler"}, {"due_at", "2026-01-20"}}}}, "follow_up.due_at"},
      {{{"follow_up", {{"title", "Rappeler"}, {"due_at", "2026-01-20T09:00:00Z"}, {"assigned_to", 999999}}}},
       "follow_up.assigned_to"},
  };
  for (const auto& [overrides, field] : cases) {
    auto body = fullReport();
    body.erase("follow_up");
    body.update(overrides);
    const auto result = put(manager_, visit, body);
    EXPECT_EQ(result.status, 422) << overrides.dump() << " -> " << result.body;
    EXPECT_TRUE(result.json()["error"]["fields"].contains(field))
        << overrides.dump() << " -> " << result.body;
  }
  const auto missing = put(manager_, visit, nlohmann::json::object());
  EXPECT_EQ(missing.json()["error"]["fields"]["comment"], "Ce champ est obligatoire.");
  const auto range = put(manager_, visit, {{"comment", "ok"}, {"interest_level", 9}});
  EXPECT_EQ(range.json()["error"]["fields"]["interest_level"], "La valeur doit être comprise entre 1 et 5.");
  EXPECT_EQ(countRows("visit_reports"), 0);
  EXPECT_EQ(countRows("tasks"), 0);
  EXPECT_EQ(countRows("interactions"), interactions);
  EXPECT_EQ(visitStatus(visit), "planned");
}

TEST_F(VisitReportsTest, AgentsReportOnTheirOwnVisitsOnlyAndOtherAgenciesSeeNothing) {
  const auto visit = bookVisit(kYesterday, {claire_});
  auto other_agent = loggedIn("autre@alpha.fr", "agent");
  EXPECT_EQ(put(other_agent, visit, fullReport()).status, 403);
  EXPECT_EQ(countRows("visit_reports"), 0);
  ASSERT_EQ(put(agent_, visit, {{"comment", "RAS"}}).status, 200);
  EXPECT_EQ(other_agent.get(reportPath(visit)).status, 200);  // every agent reads the agency's visits

  auto stranger = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(stranger.get(reportPath(visit)).status, 404);
  EXPECT_EQ(put(stranger, visit, {{"comment", "Intrus"}}).status, 404);
  EXPECT_EQ(manager_.get("/api/v1/visits/999999/report").status, 404);
  EXPECT_EQ(manager_.get(reportPath(visit)).json()["comment"], "RAS");
}

TEST_F(VisitReportsTest, AReportWithoutFollowUpMakesNoTaskAndANoShowStaysANoShow) {
  const auto visit = bookVisit(kYesterday, {claire_}, "no_show");
  const auto result = put(manager_, visit, {{"comment", "Client absent, injoignable."}});
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_TRUE(result.json()["follow_up_task_id"].is_null());
  EXPECT_TRUE(result.json()["interest_level"].is_null());
  EXPECT_EQ(countRows("tasks"), 0);
  EXPECT_EQ(visitStatus(visit), "no_show");
}

}  // namespace
}  // namespace logis::testing
