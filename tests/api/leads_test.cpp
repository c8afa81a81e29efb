#include "lead_test_support.hpp"

namespace logis::testing {
namespace {

class LeadsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    admin_ = loggedIn("admin@alpha.fr", "admin");
  }

  nlohmann::json create(const nlohmann::json& body, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).post("/api/v1/leads", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::vector<std::string> namesFor(const std::string& query, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).get("/api/v1/leads?per_page=100&" + query);
    EXPECT_EQ(result.status, 200) << query << ": " << result.body;
    std::vector<std::string> names;
    const auto body = result.json();
    for (const auto& item : body["items"]) names.push_back(item["contact"]["first_name"]);
    std::sort(names.begin(), names.end());
    return names;
  }

  // Everything a refused request could have changed.
  std::string snapshot() const {
    std::string state;
    for (const auto* table : {"leads", "lead_criteria", "contacts", "interactions", "notifications",
                              "lead_sources", "lead_assignment_rules"}) {
      state += std::string(table) + "=" + std::to_string(countRows(table)) + "\n";
    }
    for (const auto& row : app_->database().query("SELECT id, status, lost_reason, assigned_to, priority, "
                                                  "source, updated_at FROM leads ORDER BY id")) {
      state += row.text("status") + "|" + row.optionalText("lost_reason").value_or("-") + "|" +
               std::to_string(row.optionalInteger("assigned_to").value_or(0)) + "|" + row.text("priority") +
               "|" + row.text("source") + "|" + std::to_string(row.integer("updated_at")) + "\n";
    }
    for (const auto& row : app_->database().query("SELECT agents_see_own_leads_only, public_key, "
                                                  "assignment_mode, assignment_by FROM lead_settings")) {
      state += row.text("public_key") + row.text("assignment_mode") + row.text("assignment_by") +
               std::to_string(row.integer("agents_see_own_leads_only")) + "\n";
    }
    return state;
  }

  ApiClient manager_{0};
  ApiClient admin_{0};
};

TEST_F(LeadsTest, AQuickEntryCreatesTheContactAndTheLeadWithItsSearch) {
  const auto lead = create(phoneLead("Jeanne", "jeanne@example.fr"));
  EXPECT_EQ(lead["contact_reused"], false);
  EXPECT_EQ(lead["status"], "new");
  EXPECT_EQ(lead["priority"], "normal");
  EXPECT_EQ(lead["source"], "phone");
  EXPECT_EQ(lead["contact"]["first_name"], "Jeanne");
  EXPECT_EQ(lead["contact"]["email"], "jeanne@example.fr");
  ASSERT_EQ(lead["criteria"].size(), 1u);
  const auto& criterion = lead["criteria"][0];
  EXPECT_EQ(criterion["transaction"], "sale");
  EXPECT_EQ(criterion["property_types"], nlohmann::json({"apartment"}));
  EXPECT_EQ(criterion["budget_max_cents"], 40000000);
  EXPECT_EQ(criterion["cities"], nlohmann::json({"Lyon"}));
  EXPECT_EQ(criterion["features"], nlohmann::json({"balcony"}));
  EXPECT_EQ(criterion["dpe_max"], "D");
  EXPECT_TRUE(criterion["near"].is_null());
  const auto fetched = manager_.get(leadPath(lead));
  ASSERT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.json()["criteria"], lead["criteria"]);

  // The same person calls again about another flat: the contact is found by email, not duplicated.
  auto again = phoneLead("Jeanne", "JEANNE@example.fr");
  again["contact"]["phone"] = "06 12 34 56 78";
  const auto second = create(again);
  EXPECT_EQ(second["contact_reused"], true);
  EXPECT_EQ(second["contact_id"], lead["contact_id"]);
  EXPECT_EQ(countRows("contacts"), 1);
  const auto by_id = create({{"contact_id", lead["contact_id"]}, {"source", "walk_in"}});
  EXPECT_EQ(by_id["contact"]["email"], "jeanne@example.fr");
  EXPECT_EQ(by_id["criteria"], nlohmann::json::array());
}

TEST_F(LeadsTest, ALeadNamesItsPropertyAndItsAssignee) {
  const auto agent = makeUser("agent@alpha.fr", "agent");
  const auto property =
      manager_.post("/api/v1/properties", {{"transaction", "sale"}, {"type", "house"}, {"title", "Maison"}})
          .json();
  auto body = phoneLead("Paul", "paul@example.fr");
  body["property_id"] = property["id"];
  body["assigned_to"] = agent.id;
  body["priority"] = "high";
  body["next_action_at"] = "2026-01-16T09:30:00+01:00";
  const auto lead = create(body);
  EXPECT_EQ(lead["property_reference"], property["reference"]);
  EXPECT_EQ(lead["property_title"], "Maison");
  EXPECT_EQ(lead["assigned_to"], agent.id);
  EXPECT_EQ(lead["assigned_name"], "Test agent");
  EXPECT_EQ(lead["priority"], "high");
  EXPECT_EQ(lead["next_action_at"], "2026-01-16T08:30:00Z");
  const auto notes =
      app_->database().query("SELECT user_id, kind, object_type, object_id, text FROM notifications");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].integer("user_id"), agent.id);
  EXPECT_EQ(notes[0].text("kind"), "lead_assigned");
  EXPECT_EQ(notes[0].text("object_type"), "lead");
  EXPECT_EQ(notes[0].integer("object_id"), lead["id"].get<std::int64_t>());
  EXPECT_EQ(notes[0].text("text"), "Lead assigné : Paul Martin (source : phone)");
}

TEST_F(LeadsTest, AStatusChangeIsWrittenToTheTimelineAndALostLeadSaysWhy) {
  const auto lead = create(phoneLead("Lucie", "lucie@example.fr"));
  const auto before = snapshot();
  const auto no_reason = manager_.patch(leadPath(lead), {{"status", "lost"}});
  ASSERT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.json()["error"]["fields"]["lost_reason"], "Indiquez pourquoi le lead est perdu.");
  EXPECT_EQ(snapshot(), before);

  clock_->advanceSeconds(60);
  const auto started = manager_.patch(leadPath(lead), {{"status", "in_progress"}});
  ASSERT_EQ(started.status, 200) << started.body;
  const auto lost =
      manager_.patch(leadPath(lead), {{"status", "lost"}, {"lost_reason", "A acheté ailleurs"}});
  ASSERT_EQ(lost.status, 200) << lost.body;
  EXPECT_EQ(lost.json()["status"], "lost");
  EXPECT_EQ(lost.json()["lost_reason"], "A acheté ailleurs");
  const auto timeline = manager_.get(leadPath(lead) + "/interactions").json();
  ASSERT_EQ(timeline["total"], 2);
  const auto& last = timeline["items"][0];
  EXPECT_EQ(last["type"], "status_change");
  EXPECT_EQ(last["summary"], "Statut : En cours → Perdu (A acheté ailleurs)");
  EXPECT_EQ(last["meta"],
            nlohmann::json({{"from", "in_progress"}, {"to", "lost"}, {"lost_reason", "A acheté ailleurs"}}));
  EXPECT_EQ(last["user_name"], "Test manager");
  EXPECT_EQ(timeline["items"][1]["meta"]["to"], "in_progress");

  const auto reopened = manager_.patch(leadPath(lead), {{"status", "in_progress"}});
  EXPECT_TRUE(reopened.json()["lost_reason"].is_null());
  const auto same = manager_.patch(leadPath(lead), {{"priority", "low"}});
  EXPECT_EQ(same.json()["priority"], "low");
  EXPECT_EQ(manager_.get(leadPath(lead) + "/interactions").json()["total"], 3);
}

TEST_F(LeadsTest, CriteriaKeepTheirIdsWhenTheListIsReplaced) {
  const auto lead = create(phoneLead("Marc", "marc@example.fr"));
  const auto first_id = lead["criteria"][0]["id"];
  const auto replaced = manager_.patch(
      leadPath(lead), {{"criteria",
                        {{{"id", first_id}, {"transaction", "sale"}, {"budget_max_cents", 45000000}},
                         {{"transaction", "rent"},
                          {"near", {{"lat", 45.76}, {"lon", 4.83}, {"radius_km", 5}}},
                          {"polygon", {{45.7, 4.8}, {45.8, 4.8}, {45.8, 4.9}}},
                          {"postal_codes", {"69003", "69"}},
                          {"living_area_min_m2", 55.5},
                          {"rooms_min", 3},
                          {"bedrooms_min", 2}}}}});
  ASSERT_EQ(replaced.status, 200) << replaced.body;
  const auto criteria = replaced.json()["criteria"];
  ASSERT_EQ(criteria.size(), 2u);
  EXPECT_EQ(criteria[0]["id"], first_id);
  EXPECT_EQ(criteria[0]["budget_max_cents"], 45000000);
  EXPECT_EQ(criteria[0]["cities"], nlohmann::json::array());  // a replaced item holds only what was given
  const auto second_id = criteria[1]["id"];
  EXPECT_NE(second_id, first_id);
  EXPECT_EQ(criteria[1]["near"], nlohmann::json({{"lat", 45.76}, {"lon", 4.83}, {"radius_km", 5.0}}));
  EXPECT_EQ(criteria[1]["polygon"], nlohmann::json({{45.7, 4.8}, {45.8, 4.8}, {45.8, 4.9}}));
  EXPECT_EQ(criteria[1]["postal_codes"], nlohmann::json({"69003", "69"}));
  EXPECT_EQ(criteria[1]["rooms_min"], 3);

  const auto kept =
      manager_.patch(leadPath(lead), {{"criteria", {{{"id", second_id}, {"transaction", "rent"}}}}});
  ASSERT_EQ(kept.status, 200);
  ASSERT_EQ(kept.json()["criteria"].size(), 1u);
  EXPECT_EQ(kept.json()["criteria"][0]["id"], second_id);
  EXPECT_EQ(countRows("lead_criteria"), 1);

  const auto before = snapshot();
  const auto foreign = manager_.patch(leadPath(lead), {{"criteria", {{{"id", first_id}}}}});
  EXPECT_EQ(foreign.status, 422);
  EXPECT_TRUE(foreign.json()["error"]["fields"].contains("criteria[0].id"));
  const auto bad = manager_.patch(
      leadPath(lead),
      {{"criteria",
        {{{"budget_min_cents", 500}, {"budget_max_cents", 100}, {"dpe_max", "H"}, {"features", {"jacuzzi"}}},
         {{"near", {{"lat", 95}, {"lon", 4}, {"radius_km", 5}}}, {"property_types", {"castle"}}},
         {{"polygon", {{1, 2}, {3, 4}}}, {"postal_codes", {"abc"}}, {"cities", {"Lyon, Paris"}}}}}});
  ASSERT_EQ(bad.status, 422);
  const auto fields = bad.json()["error"]["fields"];
  for (const auto* name : {"criteria[0].budget_max_cents", "criteria[0].dpe_max", "criteria[0].features",
                           "criteria[1].near.lat", "criteria[1].property_types", "criteria[2].polygon",
                           "criteria[2].postal_codes", "criteria[2].cities"}) {
    EXPECT_TRUE(fields.contains(name)) << name << " in " << fields.dump();
  }
  EXPECT_EQ(fields["criteria[0].budget_max_cents"],
            "Le budget maximal doit être supérieur ou égal au budget minimal.");
  EXPECT_EQ(snapshot(), before);
}

TEST_F(LeadsTest, TheListFiltersAndCountsTheKanbanColumns) {
  const auto agent = makeUser("agent@alpha.fr", "agent");
  auto mine = loggedIn("agent2@alpha.fr", "agent");
  create(phoneLead("Alice", "alice@example.fr"));
  auto bob = phoneLead("Bob", "bob@example.fr");
  bob["source"] = "seloger";
  bob["assigned_to"] = agent.id;
  bob["next_action_at"] = "2026-01-15T09:00:00Z";  // an hour before the test clock
  const auto bob_lead = create(bob);
  auto chloe = phoneLead("Chloé", "chloe@example.fr");
  chloe["contact"]["phone"] = "06 11 22 33 44";
  chloe["status"] = "lost";
  chloe["lost_reason"] = "Injoignable";
  create(chloe);
  create(phoneLead("Denis", "denis@example.fr"), &mine);  // an agent's lead is theirs
  // Chloé and Denis arrived two days later (sessions would expire if the clock moved that far).
  app_->database().execute("UPDATE leads SET created_at = created_at + ? WHERE id > ?",
                           {std::int64_t{2 * 86400 * 1000}, bob_lead["id"].get<std::int64_t>()});

  EXPECT_EQ(namesFor(""), (std::vector<std::string>{"Alice", "Bob", "Chloé", "Denis"}));
  EXPECT_EQ(namesFor("status=new"), (std::vector<std::string>{"Alice", "Bob", "Denis"}));
  EXPECT_EQ(namesFor("status=lost,in_progress"), (std::vector<std::string>{"Chloé"}));
  EXPECT_EQ(namesFor("source=seloger"), (std::vector<std::string>{"Bob"}));
  EXPECT_EQ(namesFor("assigned_to=" + std::to_string(agent.id)), (std::vector<std::string>{"Bob"}));
  EXPECT_EQ(namesFor("assigned_to=mine", &mine), (std::vector<std::string>{"Denis"}));
  EXPECT_EQ(namesFor("overdue=true"), (std::vector<std::string>{"Bob"}));
  EXPECT_EQ(namesFor("created_from=2026-01-16"), (std::vector<std::string>{"Chloé", "Denis"}));
  EXPECT_EQ(namesFor("created_to=2026-01-15"), (std::vector<std::string>{"Alice", "Bob"}));
  EXPECT_EQ(namesFor("q=ali"), (std::vector<std::string>{"Alice"}));
  EXPECT_EQ(namesFor("q=bob%40example"), (std::vector<std::string>{"Bob"}));
  EXPECT_EQ(namesFor("q=0611"), (std::vector<std::string>{"Chloé"}));
  EXPECT_EQ(namesFor("q=martin%20den"), (std::vector<std::string>{"Denis"}));
  EXPECT_EQ(namesFor("q=100%25"), (std::vector<std::string>{}));

  const auto page = manager_.get("/api/v1/leads?status=new&per_page=2").json();
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["total_exact"], true);
  EXPECT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["items"][0]["contact"]["first_name"], "Denis");  // newest first
  EXPECT_EQ(page["counts"], nlohmann::json({{"new", 3}, {"in_progress", 0}, {"converted", 0}, {"lost", 1}}));
  const auto by_source = manager_.get("/api/v1/leads?source=seloger&status=lost").json();
  EXPECT_EQ(by_source["total"], 0);
  EXPECT_EQ(by_source["counts"]["new"], 1);
  EXPECT_EQ(manager_.get(leadPath(bob_lead)).json()["contact"]["first_name"], "Bob");

  for (const auto* query : {"status=won", "overdue=yes", "created_from=2026-13-01", "assigned_to=somebody",
                            "page=0", "per_page=500"}) {
    const auto result = manager_.get(std::string("/api/v1/leads?") + query);
    EXPECT_EQ(result.status, 400) << query;
    EXPECT_EQ(result.json()["error"]["code"], "invalid_query") << query;
  }
}

// Past a thousand contacts the words name, the search keeps its subquery instead of binding their ids
// (lead_repository.cpp): both ways find the same leads and counts.
TEST_F(LeadsTest, ASearchFindsTheLeadsOfANameSharedByThousandsOfContacts) {
  create(phoneLead("Alice", "alice@example.fr"));
  auto bob = phoneLead("Bob", "bob@example.fr");
  bob["status"] = "lost";
  bob["lost_reason"] = "Injoignable";
  create(bob);
  const auto& db = app_->database();
  const auto agency =
      db.query("SELECT agency_id FROM users WHERE email = 'gestion@alpha.fr'").at(0).integer("agency_id");
  db.transaction([&] {
    for (int i = 0; i < 1000; ++i) {
      db.execute(
          "INSERT INTO contacts (agency_id, first_name, last_name, created_at, updated_at) "
          "VALUES (?, 'Homonyme', 'Martin', 1, 1)",
          {agency});
    }
  });

  for (const auto* words : {"martin", "mar", "martin%20bo"}) {
    const auto page = manager_.get(std::string("/api/v1/leads?q=") + words).json();
    std::vector<std::string> names;
    for (const auto& item : page["items"]) names.push_back(item["contact"]["first_name"]);
    const std::vector<std::string> expected = std::string(words) == "martin%20bo"
                                                  ? std::vector<std::string>{"Bob"}
                                                  : std::vector<std::string>{"Bob", "Alice"};
    EXPECT_EQ(names, expected) << words;
    EXPECT_EQ(page["total"], expected.size()) << words;
    EXPECT_EQ(page["counts"]["lost"], 1) << words;
  }
  // Contacts without leads, and no contact at all.
  for (const auto* words : {"homonyme", "zola"}) {
    const auto none = manager_.get(std::string("/api/v1/leads?q=") + words).json();
    EXPECT_EQ(none["total"], 0) << words;
    EXPECT_EQ(none["counts"],
              nlohmann::json({{"new", 0}, {"in_progress", 0}, {"converted", 0}, {"lost", 0}}));
  }
}

// Past kExactTotalLimit the counts stop at 1,001 and the total, their sum, is a lower bound, except on
// the last page.
TEST_F(LeadsTest, PastAThousandLeadsTheTotalIsALowerBoundExceptOnTheLastPage) {
  create(phoneLead("Alice", "alice@example.fr"));
  const auto& db = app_->database();
  const auto alice = db.query("SELECT agency_id, contact_id FROM leads").at(0);
  db.transaction([&] {
    for (int i = 0; i < 1000; ++i) {
      db.execute(
          "INSERT INTO leads (agency_id, contact_id, source, status, created_at, updated_at, "
          "status_changed_at) "
          "VALUES (?, ?, 'website', 'new', 1, 1, 1)",
          {alice.integer("agency_id"), alice.integer("contact_id")});
    }
  });

  const auto first = manager_.get("/api/v1/leads?per_page=20").json();
  EXPECT_EQ(first["total"], 1000);
  EXPECT_EQ(first["total_exact"], false);
  EXPECT_EQ(first["counts"]["new"], 1001);
  EXPECT_EQ(first["counts_exact"], false);
  const auto last = manager_.get("/api/v1/leads?per_page=100&page=11").json();
  EXPECT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["total"], 1001);
  EXPECT_EQ(last["total_exact"], true);
  const auto lost = manager_.get("/api/v1/leads?status=lost").json();
  EXPECT_EQ(lost["total"], 0);
  EXPECT_EQ(lost["total_exact"], true);
  EXPECT_EQ(lost["counts"]["new"], 1001);
}

TEST_F(LeadsTest, AgentsSeeEveryLeadUnlessTheAgencyKeepsThemToTheirOwn) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto other = makeUser("other@alpha.fr", "agent");
  const auto own = create(phoneLead("Own", "own@example.fr"), &agent);
  auto theirs_body = phoneLead("Theirs", "theirs@example.fr");
  theirs_body["assigned_to"] = other.id;
  const auto theirs = create(theirs_body);

  EXPECT_EQ(namesFor("", &agent), (std::vector<std::string>{"Own", "Theirs"}));
  EXPECT_EQ(agent.get(leadPath(theirs)).status, 200);
  EXPECT_EQ(agent.patch(leadPath(theirs), {{"priority", "high"}}).status, 200);

  ASSERT_EQ(admin_.patch("/api/v1/lead-settings", {{"agents_see_own_leads_only", true}}).status, 200);
  EXPECT_EQ(namesFor("", &agent), (std::vector<std::string>{"Own"}));
  EXPECT_EQ(namesFor("assigned_to=" + std::to_string(other.id), &agent), (std::vector<std::string>{}));
  const auto counts = agent.get("/api/v1/leads").json()["counts"];
  EXPECT_EQ(counts["new"], 1);
  for (const auto& result :
       {agent.get(leadPath(theirs)), agent.patch(leadPath(theirs), {{"priority", "low"}}),
        agent.get(leadPath(theirs) + "/interactions"),
        agent.post(leadPath(theirs) + "/interactions", {{"type", "note"}, {"summary", "x"}})}) {
    EXPECT_EQ(result.status, 404) << result.body;
  }
  // Through the contact's timeline neither: only the entries of their own leads.
  const auto shared =
      create({{"contact_id", own["contact_id"]}, {"source", "phone"}, {"assigned_to", other.id}});
  ASSERT_EQ(manager_.post(leadPath(shared) + "/interactions", {{"type", "note"}, {"summary", "Note privée"}})
                .status,
            201);
  ASSERT_EQ(agent.post(leadPath(own) + "/interactions", {{"type", "note"}, {"summary", "Ma note"}}).status,
            201);
  const auto timeline_path =
      "/api/v1/contacts/" + std::to_string(own["contact_id"].get<std::int64_t>()) + "/interactions";
  EXPECT_EQ(agent.get(timeline_path).json()["total"], 1);
  EXPECT_EQ(agent.get(timeline_path).json()["items"][0]["summary"], "Ma note");
  EXPECT_EQ(manager_.get(timeline_path).json()["total"], 2);
  EXPECT_EQ(agent.get(leadPath(own)).status, 200);
  EXPECT_EQ(agent.patch(leadPath(own), {{"status", "in_progress"}}).status, 200);
  EXPECT_EQ(namesFor("", &manager_), (std::vector<std::string>{"Own", "Own", "Theirs"}));  // managers see all
  EXPECT_EQ(manager_.get(leadPath(theirs)).json()["priority"], "high");
}

TEST_F(LeadsTest, OnlyManagersGiveALeadToSomeoneElse) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto other = makeUser("other@alpha.fr", "agent");
  const auto lead = create(phoneLead("Zoé", "zoe@example.fr"), &agent);
  const auto before = snapshot();
  const auto refused = agent.patch(leadPath(lead), {{"assigned_to", other.id}});
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.json()["error"]["message"], "Vous ne pouvez pas attribuer un lead à quelqu'un d'autre.");
  auto body = phoneLead("Yves", "yves@example.fr");
  body["assigned_to"] = other.id;
  EXPECT_EQ(agent.post("/api/v1/leads", body).status, 403);
  EXPECT_EQ(snapshot(), before);

  const auto given = manager_.patch(leadPath(lead), {{"assigned_to", other.id}});
  ASSERT_EQ(given.status, 200);
  EXPECT_EQ(given.json()["assigned_name"], "Test agent");
  const auto notes = app_->database().query("SELECT user_id FROM notifications WHERE object_id = ?",
                                            {lead["id"].get<std::int64_t>()});
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].integer("user_id"), other.id);
  const auto client = makeUser("client@alpha.fr", "client");
  const auto to_client = manager_.patch(leadPath(lead), {{"assigned_to", client.id}});
  EXPECT_EQ(to_client.status, 422);
  EXPECT_TRUE(to_client.json()["error"]["fields"].contains("assigned_to"));
}

TEST_F(LeadsTest, RoundRobinTakesTurnsAmongTheAgentsOrThePoolOfTheSource) {
  const auto first = makeUser("a1@alpha.fr", "agent");
  const auto second = makeUser("a2@alpha.fr", "agent");
  const auto third = makeUser("a3@alpha.fr", "agent");
  ASSERT_EQ(admin_.patch("/api/v1/lead-settings", {{"assignment_mode", "round_robin"}}).status, 200);
  std::vector<std::int64_t> assignees;
  for (int i = 0; i < 4; ++i) {
    assignees.push_back(
        create(phoneLead("P" + std::to_string(i), "p" + std::to_string(i) + "@example.fr"))["assigned_to"]);
  }
  EXPECT_EQ(assignees, (std::vector<std::int64_t>{first.id, second.id, third.id, first.id}));
  EXPECT_EQ(countRows("notifications"), 4);

  const auto rules = admin_.patch(
      "/api/v1/lead-settings", {{"assignment_by", "source"},
                                {"rules", {{{"match", "seloger"}, {"agent_ids", {second.id, third.id}}}}}});
  ASSERT_EQ(rules.status, 200) << rules.body;
  EXPECT_EQ(rules.json()["rules"],
            nlohmann::json({{{"match", "seloger"}, {"agent_ids", {second.id, third.id}}}}));
  auto seloger = phoneLead("S", "s@example.fr");
  seloger["source"] = "seloger";
  std::vector<std::int64_t> pool;
  for (int i = 0; i < 3; ++i) {
    seloger["contact"]["email"] = "s" + std::to_string(i) + "@example.fr";
    pool.push_back(create(seloger)["assigned_to"]);
  }
  EXPECT_EQ(pool, (std::vector<std::int64_t>{second.id, third.id, second.id}));
  // A source without a rule goes round all the agents, where that pool left off.
  EXPECT_EQ(create(phoneLead("Q", "q@example.fr"))["assigned_to"], second.id);

  ASSERT_EQ(admin_.patch("/api/v1/users/" + std::to_string(second.id), {{"active", false}}).status, 200);
  seloger["contact"]["email"] = "s9@example.fr";
  EXPECT_EQ(create(seloger)["assigned_to"], third.id);
  seloger["contact"]["email"] = "s10@example.fr";
  EXPECT_EQ(create(seloger)["assigned_to"], third.id);
}

TEST_F(LeadsTest, SourcesHaveDefaultsAndALeadNeedsAnActiveOne) {
  const auto sources = manager_.get("/api/v1/lead-sources").json();
  std::vector<std::string> codes;
  for (const auto& source : sources["items"]) codes.push_back(source["code"]);
  EXPECT_EQ(codes, (std::vector<std::string>{"website", "seloger", "leboncoin", "bienici", "phone", "walk_in",
                                             "referral", "email", "other"}));
  EXPECT_EQ(sources["items"][3]["label"], "Bien'ici");
  EXPECT_EQ(manager_.post("/api/v1/lead-sources", {{"code", "salon"}, {"label", "Salon"}}).status, 403);

  const auto fair =
      admin_.post("/api/v1/lead-sources", {{"code", "salon_2026"}, {"label", "<b>Salon</b> 2026"}});
  ASSERT_EQ(fair.status, 201) << fair.body;
  EXPECT_EQ(fair.json()["label"], "<b>Salon</b> 2026");
  EXPECT_EQ(fair.json()["position"], 10);
  EXPECT_EQ(admin_.post("/api/v1/lead-sources", {{"code", "salon_2026"}, {"label", "Encore"}}).status, 409);
  const auto invalid = admin_.post("/api/v1/lead-sources", {{"code", "Salon 2026"}, {"label", ""}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_TRUE(invalid.json()["error"]["fields"].contains("code"));
  EXPECT_TRUE(invalid.json()["error"]["fields"].contains("label"));

  auto body = phoneLead("Eve", "eve@example.fr");
  body["source"] = "salon_2026";
  create(body);
  const auto path = "/api/v1/lead-sources/" + std::to_string(fair.json()["id"].get<std::int64_t>());
  const auto off = admin_.patch(path, {{"active", false}, {"label", "Salon (fini)"}});
  ASSERT_EQ(off.status, 200);
  EXPECT_EQ(off.json()["active"], false);
  EXPECT_EQ(admin_.patch(path, {{"code", "autre"}}).status, 422);
  body["contact"]["email"] = "eve2@example.fr";
  const auto refused = manager_.post("/api/v1/leads", body);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.json()["error"]["fields"]["source"],
            "Source inconnue ou désactivée : choisissez une source de l'agence.");
  EXPECT_EQ(manager_.post("/api/v1/leads", {{"contact", {{"email", "x@example.fr"}}}})
                .json()["error"]["fields"]["source"],
            "Ce champ est obligatoire.");
}

TEST_F(LeadsTest, SettingsGiveTheFormToPasteAndANewKeyOnRequest) {
  EXPECT_EQ(manager_.get("/api/v1/lead-settings").status, 403);
  const auto settings = admin_.get("/api/v1/lead-settings").json();
  EXPECT_EQ(settings["agents_see_own_leads_only"], false);
  EXPECT_EQ(settings["assignment_mode"], "manual");
  EXPECT_EQ(settings["assignment_by"], "none");
  const auto key = settings["public_key"].get<std::string>();
  EXPECT_GE(key.size(), 32u);
  const auto snippet = settings["form_snippet"].get<std::string>();
  EXPECT_NE(snippet.find("action=\"http://127.0.0.1/api/v1/public/leads\""), std::string::npos);
  EXPECT_NE(snippet.find("value=\"" + key + "\""), std::string::npos);
  EXPECT_NE(snippet.find("name=\"consent_email\" type=\"checkbox\""), std::string::npos);
  EXPECT_NE(snippet.find("name=\"website\" tabindex=\"-1\""), std::string::npos);

  const auto renewed = admin_.post("/api/v1/lead-settings/public-key", nlohmann::json::object());
  ASSERT_EQ(renewed.status, 200);
  EXPECT_NE(renewed.json()["public_key"], key);

  const auto origins =
      admin_.patch("/api/v1/lead-settings", {{"allowed_origins", {"https://www.Agence-Alpha.fr/"}}});
  ASSERT_EQ(origins.status, 200);
  EXPECT_EQ(origins.json()["allowed_origins"], nlohmann::json({"https://www.agence-alpha.fr"}));

  const auto before = snapshot();
  const auto bad = admin_.patch("/api/v1/lead-settings", {{"agents_see_own_leads_only", "oui"},
                                                          {"assignment_mode", "lottery"},
                                                          {"assignment_by", "zodiac"},
                                                          {"allowed_origins", {"javascript:alert(1)"}}});
  ASSERT_EQ(bad.status, 422);
  for (const auto* name :
       {"agents_see_own_leads_only", "assignment_mode", "assignment_by", "allowed_origins"}) {
    EXPECT_TRUE(bad.json()["error"]["fields"].contains(name)) << name;
  }
  const auto stranger =
      admin_.patch("/api/v1/lead-settings",
                   {{"assignment_by", "city"}, {"rules", {{{"match", "Lyon"}, {"agent_ids", {999999}}}}}});
  EXPECT_EQ(stranger.status, 422);
  EXPECT_TRUE(stranger.json()["error"]["fields"].contains("rules[0].agent_ids"));
  EXPECT_EQ(snapshot(), before);
}

TEST_F(LeadsTest, BadBodiesAreRefusedClearlyAndChangeNothing) {
  const auto lead = create(phoneLead("Ines", "ines@example.fr"));
  const auto before = snapshot();
  for (const auto& [method, path] :
       std::vector<std::pair<std::string, std::string>>{{"POST", "/api/v1/leads"},
                                                        {"PATCH", leadPath(lead)},
                                                        {"POST", leadPath(lead) + "/interactions"},
                                                        {"POST", "/api/v1/lead-sources"},
                                                        {"PATCH", "/api/v1/lead-sources/1"},
                                                        {"PATCH", "/api/v1/lead-settings"}}) {
    SCOPED_TRACE(method + " " + path);
    const auto send = [&](const std::string& body, const std::string& type = "application/json") {
      return admin_.send(method, path, body, type);
    };
    EXPECT_EQ(send(R"({"source": )").json()["error"]["code"], "malformed_json");
    EXPECT_EQ(send("[1]").json()["error"]["code"], "json_object_expected");
    EXPECT_EQ(send("{\"label\": \"\xff\"}").status, 400);
    EXPECT_EQ(send("{}", "text/plain").status, 415);
    EXPECT_EQ(send(std::string(70 * 1024, ' ') + "{}").status, 413);
  }
  const auto fields = admin_.post("/api/v1/leads", {{"contact_id", "douze"},
                                                    {"source", 4},
                                                    {"status", "won"},
                                                    {"priority", "urgent"},
                                                    {"next_action_at", "demain"},
                                                    {"property_id", 999999},
                                                    {"assigned_to", 999999},
                                                    {"message", std::string(6000, 'x')},
                                                    {"criteria", "3 pièces"}});
  ASSERT_EQ(fields.status, 422);
  const auto problems = fields.json()["error"]["fields"];
  for (const auto* name : {"contact_id", "source", "status", "priority", "next_action_at", "property_id",
                           "assigned_to", "message", "criteria"}) {
    EXPECT_TRUE(problems.contains(name)) << name << " in " << problems.dump();
  }
  EXPECT_EQ(problems["next_action_at"], "Date et heure invalides (exemple : 2026-01-20T09:30:00Z).");
  const auto bad_contact =
      admin_.post("/api/v1/leads", {{"contact", {{"email", "pas-une-adresse"}}}, {"source", "phone"}});
  EXPECT_EQ(bad_contact.status, 422);
  EXPECT_TRUE(bad_contact.json()["error"]["fields"].contains("contact.email")) << bad_contact.body;
  EXPECT_EQ(admin_.post("/api/v1/leads", {{"source", "phone"}}).json()["error"]["fields"]["contact_id"],
            "Indiquez le contact : « contact_id » ou un objet « contact ».");
  EXPECT_EQ(admin_.patch(leadPath(lead), {{"contact_id", 3}}).status, 422);
  EXPECT_EQ(admin_.patch(leadPath(lead), {{"status", nullptr}}).status, 422);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(admin_.get("/api/v1/leads/abc").status, 404);
  EXPECT_EQ(admin_.get("/api/v1/leads/999999").status, 404);
}

TEST_F(LeadsTest, AnotherAgencysLeadsAreNotFound) {
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  const auto theirs = create(phoneLead("Beta", "beta@example.fr"), &beta);
  create(phoneLead("Alpha", "alpha@example.fr"));
  const auto before = snapshot();
  for (const auto& result :
       {manager_.get(leadPath(theirs)), manager_.patch(leadPath(theirs), {{"priority", "low"}}),
        manager_.get(leadPath(theirs) + "/interactions"),
        manager_.post(leadPath(theirs) + "/interactions", {{"type", "note"}, {"summary", "x"}}),
        manager_.get("/api/v1/contacts/" + std::to_string(theirs["contact_id"].get<std::int64_t>()) +
                     "/interactions")}) {
    EXPECT_EQ(result.status, 404) << result.body;
  }
  const auto theirs_contact =
      manager_.post("/api/v1/leads", {{"contact_id", theirs["contact_id"]}, {"source", "phone"}});
  EXPECT_EQ(theirs_contact.status, 422);
  EXPECT_EQ(theirs_contact.json()["error"]["fields"]["contact_id"], "Ce contact n'existe pas dans l'agence.");
  const auto beta_source = beta.get("/api/v1/lead-sources").json()["items"][0]["id"].get<std::int64_t>();
  EXPECT_EQ(admin_.patch("/api/v1/lead-sources/" + std::to_string(beta_source), {{"label", "Pirate"}}).status,
            404);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(namesFor(""), (std::vector<std::string>{"Alpha"}));
  EXPECT_EQ(namesFor("", &beta), (std::vector<std::string>{"Beta"}));
  // The same email in another agency is another person: no reuse across agencies.
  EXPECT_EQ(create(phoneLead("Beta", "beta@example.fr"))["contact_reused"], false);
}

TEST_F(LeadsTest, ScriptTagsAreStoredVerbatim) {
  auto body = phoneLead("<script>alert(1)</script>", "xss@example.fr");
  body["message"] = "<img src=x onerror=alert(1)>";
  const auto lead = create(body);
  const auto fetched = manager_.get(leadPath(lead)).json();
  EXPECT_EQ(fetched["contact"]["first_name"], "<script>alert(1)</script>");
  EXPECT_EQ(fetched["message"], "<img src=x onerror=alert(1)>");
}

}  // namespace
}  // namespace logis::testing
