#include "test_server.hpp"

namespace logis::testing {
namespace {

// The test clock starts at 2026-01-15T10:00:00Z: 11:00 in Paris (winter time, UTC+1).
class TasksTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    agent_ = loggedIn("agent@alpha.fr", "agent");
    agent_id_ = agent_.get("/api/v1/auth/me").json()["user"]["id"];
  }

  nlohmann::json task(const std::string& title, const std::string& due_at, ApiClient* as = nullptr,
                      nlohmann::json extra = nlohmann::json::object()) {
    extra["title"] = title;
    extra["due_at"] = due_at;
    const auto result = (as ? *as : agent_).post("/api/v1/tasks", extra);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::vector<std::string> titles(const std::string& query, ApiClient* as = nullptr) {
    const auto result = (as ? *as : agent_).get("/api/v1/tasks?" + query);
    EXPECT_EQ(result.status, 200) << query << ": " << result.body;
    std::vector<std::string> found;
    const auto body = result.json();
    for (const auto& item : body["items"]) found.push_back(item["title"]);
    return found;
  }

  std::int64_t agencyId() const {
    return app_->database().query("SELECT id FROM agencies WHERE name = 'Agence Alpha'").at(0).integer("id");
  }

  ApiClient agent_{0};
  std::int64_t agent_id_ = 0;
};

TEST_F(TasksTest, ScopesFollowTheParisDay) {
  task("Hier", "2026-01-14T12:00:00Z");
  task("Ce matin", "2026-01-15T08:00:00+01:00");
  task("Ce soir tard", "2026-01-15T22:30:00Z");  // 23:30 in Paris: still today
  task("Demain", "2026-01-15T23:30:00Z");        // 00:30 on the 16th in Paris
  EXPECT_EQ(titles(""), (std::vector<std::string>{"Hier", "Ce matin", "Ce soir tard", "Demain"}));
  EXPECT_EQ(titles("scope=overdue"), std::vector<std::string>{"Hier"});
  EXPECT_EQ(titles("scope=today"), (std::vector<std::string>{"Ce matin", "Ce soir tard"}));
  EXPECT_EQ(titles("scope=upcoming"), std::vector<std::string>{"Demain"});
  const auto first = agent_.get("/api/v1/tasks").json()["items"][1];
  EXPECT_EQ(first["due_at"], "2026-01-15T07:00:00Z");
  EXPECT_TRUE(first["overdue"].get<bool>());  // 08:00 Paris has passed
  EXPECT_EQ(first["assigned_to"], agent_id_);
  EXPECT_EQ(first["assigned_to_name"], "Test agent");
  EXPECT_EQ(agent_.get("/api/v1/tasks?scope=later").status, 400);
}

TEST_F(TasksTest, DoneAndRescheduled) {
  const auto created = task("Rappeler M. Garnier", "2026-01-15T16:00:00Z");
  const auto path = "/api/v1/tasks/" + std::to_string(created["id"].get<std::int64_t>());
  auto result = agent_.patch(path, {{"done", true}});
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_TRUE(result.json()["done"].get<bool>());
  EXPECT_EQ(result.json()["done_at"], "2026-01-15T10:00:00Z");
  EXPECT_TRUE(titles("").empty());
  EXPECT_EQ(titles("scope=done"), std::vector<std::string>{"Rappeler M. Garnier"});
  clock_->advanceSeconds(60);
  result = agent_.patch(path, {{"done", false}, {"due_at", "2026-01-20T09:00:00+01:00"}});
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_FALSE(result.json()["done"].get<bool>());
  EXPECT_EQ(result.json()["due_at"], "2026-01-20T08:00:00Z");
  EXPECT_EQ(titles("scope=upcoming"), std::vector<std::string>{"Rappeler M. Garnier"});
  result = agent_.patch(path, {{"due_at", "mardi"}, {"title", ""}, {"done", "oui"}});
  EXPECT_EQ(result.status, 422);
  const auto fields = result.json()["error"]["fields"];
  EXPECT_TRUE(fields["due_at"].get<std::string>().starts_with("Échéance invalide"));
  EXPECT_EQ(fields["title"], "Ce champ est obligatoire.");
  EXPECT_EQ(fields["done"], "Ce champ doit valoir vrai ou faux.");
  EXPECT_EQ(agent_.get("/api/v1/tasks").json()["items"][0]["due_at"], "2026-01-20T08:00:00Z");
}

TEST_F(TasksTest, AgentsHaveTheirOwnTasksManagersTheAgencys) {
  auto colleague = loggedIn("agent2@alpha.fr", "agent");
  auto manager = loggedIn("gestion@alpha.fr", "manager");
  const auto mine = task("La mienne", "2026-01-16T09:00:00Z");
  task("La sienne", "2026-01-16T10:00:00Z", &colleague);
  const auto path = "/api/v1/tasks/" + std::to_string(mine["id"].get<std::int64_t>());
  EXPECT_EQ(colleague.patch(path, {{"done", true}}).status, 404);
  EXPECT_EQ(titles("", &colleague), std::vector<std::string>{"La sienne"});
  EXPECT_EQ(colleague.get("/api/v1/tasks?assigned_to=all").status, 403);
  EXPECT_EQ(colleague.get("/api/v1/tasks?assigned_to=" + std::to_string(agent_id_)).status, 403);
  EXPECT_EQ(colleague
                .post("/api/v1/tasks",
                      {{"title", "Pour toi"}, {"due_at", "2026-01-16T09:00:00Z"}, {"assigned_to", agent_id_}})
                .status,
            403);

  EXPECT_EQ(titles("assigned_to=all", &manager), (std::vector<std::string>{"La mienne", "La sienne"}));
  EXPECT_EQ(titles("assigned_to=" + std::to_string(agent_id_), &manager),
            std::vector<std::string>{"La mienne"});
  const auto given = task("Confiée", "2026-01-17T09:00:00Z", &manager, {{"assigned_to", agent_id_}});
  EXPECT_EQ(given["assigned_to"], agent_id_);
  EXPECT_EQ(manager.patch(path, {{"done", true}}).status, 200);
  EXPECT_EQ(manager
                .post("/api/v1/tasks",
                      {{"title", "X"}, {"due_at", "2026-01-16T09:00:00Z"}, {"assigned_to", 999999}})
                .json()["error"]["fields"]["assigned_to"],
            "Cet utilisateur n'est pas un membre actif de l'agence.");
  auto customer = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(customer.get("/api/v1/tasks").status, 403);
}

TEST_F(TasksTest, ATaskOnALeadIsAboutItsContact) {
  const auto contact =
      agent_.post("/api/v1/contacts", {{"first_name", "Claire"}, {"last_name", "Dupont"}}).json();
  const auto now = clock_->now();
  const auto lead = app_->database().insert(
      "INSERT INTO leads (agency_id, contact_id, source, status, created_at, updated_at, status_changed_at) "
      "VALUES (?, ?, 'phone', 'new', ?, ?, ?)",
      {agencyId(), contact["id"].get<std::int64_t>(), now, now, now});
  const auto created = task("Envoyer la sélection", "2026-01-16T09:00:00Z", nullptr, {{"lead_id", lead}});
  EXPECT_EQ(created["contact_id"], contact["id"]);
  EXPECT_EQ(created["contact_name"], "Claire Dupont");
  EXPECT_EQ(titles("lead_id=" + std::to_string(lead)), std::vector<std::string>{"Envoyer la sélection"});
  EXPECT_TRUE(titles("lead_id=999999").empty());
  const auto result = agent_.post(
      "/api/v1/tasks",
      {{"title", "X"}, {"due_at", "2026-01-16T09:00:00Z"}, {"lead_id", 999999}, {"contact_id", 999999}});
  EXPECT_EQ(result.status, 422);
  EXPECT_TRUE(result.json()["error"]["fields"].contains("lead_id"));
  EXPECT_TRUE(result.json()["error"]["fields"].contains("contact_id"));
  EXPECT_EQ(countRows("tasks"), 1);
}

class NotificationsTest : public TasksTest {
 protected:
  std::int64_t notify(std::int64_t user_id, const std::string& text) {
    return app_->database().insert(
        "INSERT INTO notifications (agency_id, user_id, kind, object_type, object_id, text, created_at) "
        "VALUES (?, ?, 'lead_assigned', 'lead', 7, ?, ?)",
        {agencyId(), user_id, text, clock_->now()});
  }
};

TEST_F(NotificationsTest, MineUnreadFirstThenRead) {
  const auto other = makeUser("agent2@alpha.fr", "agent");
  const auto first = notify(agent_id_, "Nouveau lead : Claire Dupont");
  notify(agent_id_, "Nouveau lead : Paul Martin");
  const auto theirs = notify(other.id, "Nouveau lead : Anne Durand");

  auto list = agent_.get("/api/v1/notifications").json();
  EXPECT_EQ(list["total"], 2);
  EXPECT_EQ(list["unread"], 2);
  EXPECT_EQ(list["items"][0]["text"], "Nouveau lead : Paul Martin");
  EXPECT_EQ(list["items"][0]["kind"], "lead_assigned");
  EXPECT_EQ(list["items"][0]["object_id"], 7);

  EXPECT_EQ(agent_.post("/api/v1/notifications/" + std::to_string(theirs) + "/read", nlohmann::json::object())
                .status,
            404);
  clock_->advanceSeconds(5);
  const auto read =
      agent_.post("/api/v1/notifications/" + std::to_string(first) + "/read", nlohmann::json::object());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(read.json()["read"].get<bool>());
  list = agent_.get("/api/v1/notifications").json();
  EXPECT_EQ(list["unread"], 1);
  EXPECT_EQ(list["items"][1]["id"], first);  // read ones after the unread

  EXPECT_EQ(agent_.post("/api/v1/notifications/read-all", nlohmann::json::object()).json()["updated"], 1);
  EXPECT_EQ(agent_.get("/api/v1/notifications").json()["unread"], 0);
  EXPECT_EQ(app_->database()
                .query("SELECT read_at FROM notifications WHERE id = ?", {theirs})
                .at(0)
                .isNull("read_at"),
            true);
}

class DashboardTest : public TasksTest {
 protected:
  void lead(std::int64_t contact_id, const std::string& source, const std::string& status,
            std::optional<std::int64_t> assigned_to, std::optional<EpochMs> next_action_at,
            EpochMs created_at) {
    app_->database().execute(
        "INSERT INTO leads (agency_id, contact_id, source, status, assigned_to, next_action_at, created_at, "
        "updated_at, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {agencyId(), contact_id, source, status, assigned_to ? SqlValue{*assigned_to} : SqlValue{nullptr},
         next_action_at ? SqlValue{*next_action_at} : SqlValue{nullptr}, created_at, created_at, created_at});
  }
};

TEST_F(DashboardTest, TheDayTheWeekAndConversionBySource) {
  const auto contact = agent_.post("/api/v1/contacts", {{"first_name", "Claire"}, {"last_name", "Dupont"}})
                           .json()["id"]
                           .get<std::int64_t>();
  const auto other_agent = makeUser("agent2@alpha.fr", "agent").id;
  const auto now = clock_->now();
  constexpr EpochMs kDay = 24 * 3600 * 1000;
  lead(contact, "website", "new", agent_id_, now - kDay, now - 2 * kDay);  // overdue follow-up
  lead(contact, "website", "converted", agent_id_, now + 3600 * 1000,
       now - 3 * kDay);  // closed: no follow-up
  lead(contact, "phone", "in_progress", agent_id_, now + 5 * kDay, now - 20 * kDay);
  lead(contact, "phone", "converted", other_agent, std::nullopt, now - 30 * kDay);
  lead(contact, "website", "lost", other_agent, now, now - 200 * kDay);  // outside 90 days
  app_->database().execute(
      "INSERT INTO lead_sources (agency_id, code, label, position) VALUES (?, 'website', 'Site web de "
      "l''agence', 1)",
      {agencyId()});
  task("En retard", "2026-01-14T12:00:00Z");
  task("Aujourd'hui", "2026-01-15T15:00:00Z");
  task("Plus tard", "2026-01-19T15:00:00Z");

  const auto result = agent_.get("/api/v1/dashboard");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto dashboard = result.json();
  EXPECT_EQ(dashboard["tasks"]["overdue"].size(), 1);
  EXPECT_EQ(dashboard["tasks"]["today"][0]["title"], "Aujourd'hui");
  ASSERT_EQ(dashboard["follow_ups"].size(), 1);
  EXPECT_EQ(dashboard["follow_ups"][0]["contact_name"], "Claire Dupont");
  EXPECT_TRUE(dashboard["follow_ups"][0]["overdue"].get<bool>());
  EXPECT_EQ(dashboard["new_leads"]["count"], 2);
  EXPECT_EQ(dashboard["new_leads"]["items"].size(), 2);
  const auto sources = dashboard["conversion_by_source"]["items"];
  ASSERT_EQ(sources.size(), 2);
  EXPECT_EQ(sources[0]["source"], "phone");
  EXPECT_EQ(sources[0]["leads"], 2);
  EXPECT_EQ(sources[0]["converted"], 1);
  EXPECT_DOUBLE_EQ(sources[0]["rate"].get<double>(), 0.5);
  EXPECT_EQ(sources[1]["label"], "Site web de l'agence");
  EXPECT_EQ(sources[1]["leads"], 2);

  const auto year = agent_.get("/api/v1/dashboard?days=365").json()["conversion_by_source"]["items"];
  EXPECT_EQ(year[0]["source"], "website");
  EXPECT_EQ(year[0]["leads"], 3);
  EXPECT_EQ(agent_.get("/api/v1/dashboard?days=0").status, 400);

  // An agency that restricts agents to their own leads: only theirs count.
  app_->database().execute(
      "INSERT INTO lead_settings (agency_id, agents_see_own_leads_only, public_key) VALUES (?, 1, "
      "'pk-alpha')",
      {agencyId()});
  const auto own = agent_.get("/api/v1/dashboard").json();
  EXPECT_EQ(own["conversion_by_source"]["items"][0]["source"], "website");
  EXPECT_EQ(own["conversion_by_source"]["items"][1]["leads"], 1);
}

}  // namespace
}  // namespace logis::testing
