#include <algorithm>

#include "core/strings.hpp"
#include "leads/criterion_places.hpp"
#include "matching/matching_service.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// Until the contacts and leads routes land, contacts, leads and criteria are written as rows.
class MatchingTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    agency_ = agencyOf("gestion@alpha.fr");
  }

  std::int64_t agencyOf(const std::string& email) const {
    return db().query("SELECT agency_id FROM users WHERE email = ?", {email}).at(0).integer("agency_id");
  }

  const Database& db() const { return app_->database(); }

  // A sale in Lyon, available, 280 000 €, 72 m², 3 rooms, 2 bedrooms, DPE C, with a balcony.
  std::int64_t property(const nlohmann::json& changes = {}, ApiClient* as = nullptr) {
    nlohmann::json body = {{"transaction", "sale"},
                           {"type", "apartment"},
                           {"status", "available"},
                           {"title", "T3 Lyon"},
                           {"price_cents", 28000000},
                           {"city", "Lyon"},
                           {"postal_code", "69003"},
                           {"lat", 45.7597},
                           {"lon", 4.8422},
                           {"living_area_m2", 72},
                           {"rooms", 3},
                           {"bedrooms", 2},
                           {"dpe_status", "done"},
                           {"dpe_class", "C"},
                           {"features", {"balcony"}}};
    for (const auto& [key, value] : changes.items()) body[key] = value;
    const auto result = (as ? *as : manager_).post("/api/v1/properties", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"];
  }

  std::int64_t contact(const std::string& first, const std::string& last, bool consent_email,
                       std::int64_t agency = 0) {
    return db().insert(
        "INSERT INTO contacts (agency_id, first_name, last_name, email, consent_email, created_at, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, 1, 1)",
        {agency ? agency : agency_, first, last, lowercase(first) + "@example.fr",
         std::int64_t{consent_email}});
  }

  std::int64_t lead(std::int64_t contact_id, const std::string& status = "new", std::int64_t agency = 0) {
    return db().insert(
        "INSERT INTO leads (agency_id, contact_id, source, status, created_at, updated_at, "
        "status_changed_at) "
        "VALUES (?, ?, 'website', ?, 1, 1, 1)",
        {agency ? agency : agency_, contact_id, status});
  }

  // Sale of an apartment in Lyon, up to 300 000 €, 65 m² and 3 rooms at least, unless `columns` say
  // otherwise.
  std::int64_t criterion(std::int64_t lead_id, std::map<std::string, SqlValue> columns = {},
                         std::int64_t agency = 0) {
    std::map<std::string, SqlValue> values = {{"transaction_type", std::string("sale")},
                                              {"property_types", std::string("apartment")},
                                              {"budget_max_cents", std::int64_t{30000000}},
                                              {"living_area_min_m2", 65.0},
                                              {"rooms_min", std::int64_t{3}},
                                              {"cities", std::string("Lyon")}};
    for (auto& [name, value] : columns) values[name] = value;
    std::string names = "agency_id, lead_id, created_at, updated_at";
    std::string marks = "?, ?, 1, 1";
    std::vector<SqlValue> params{agency ? agency : agency_, lead_id};
    for (const auto& [name, value] : values) {
      names += ", " + name;
      marks += ", ?";
      params.push_back(value);
    }
    const auto id = db().insert("INSERT INTO lead_criteria (" + names + ") VALUES (" + marks + ")", params);
    // As LeadRepository::replaceCriteria does after writing criteria.
    CriterionPlaces(db()).rewriteLead(agency ? agency : agency_, lead_id);
    return id;
  }

  nlohmann::json matches(std::int64_t lead_id) {
    const auto result = manager_.get("/api/v1/leads/" + std::to_string(lead_id) + "/matches");
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json();
  }

  static std::vector<std::int64_t> propertyIds(const nlohmann::json& page) {
    std::vector<std::int64_t> ids;
    for (const auto& item : page["items"]) ids.push_back(item["property"]["id"]);
    return ids;
  }

  static bool has(const nlohmann::json& list, const std::string& text) {
    return std::find(list.begin(), list.end(), text) != list.end();
  }

  std::int64_t propose(std::int64_t lead_id, std::int64_t property_id) {
    const auto result = manager_.post("/api/v1/leads/" + std::to_string(lead_id) + "/proposals",
                                      {{"property_id", property_id}, {"channel", "email"}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"];
  }

  ApiClient manager_{0};
  std::int64_t agency_ = 0;
};

TEST_F(MatchingTest, ALeadsMatchesAreRankedWithTheirReasonsAndNearMisses) {
  const auto lead_id = lead(contact("Julie", "Martin", true));
  criterion(lead_id);
  const auto fits = property();
  const auto dearer = property({{"price_cents", 31200000}, {"title", "4 % trop cher"}});
  const auto smaller = property({{"living_area_m2", 60}, {"title", "Un peu petit"}});
  const auto fewer_rooms = property({{"rooms", 2}, {"bedrooms", 1}, {"title", "Une pièce de moins"}});
  property({{"price_cents", 34000000}, {"title", "13 % trop cher"}});
  property({{"living_area_m2", 55}, {"title", "Trop petit"}});
  property({{"rooms", 1}, {"bedrooms", 1}, {"title", "Deux pièces de moins"}});
  property({{"city", "Paris"}, {"postal_code", "75011"}, {"title", "Ailleurs"}});
  property({{"status", "draft"}, {"title", "Brouillon"}});
  property({{"status", "sold"}, {"title", "Vendu"}});
  property({{"type", "house"}, {"title", "Maison"}});
  const auto archived = property({{"title", "Archivé"}});
  ASSERT_EQ(manager_.del("/api/v1/properties/" + std::to_string(archived)).status, 204);

  const auto page = matches(lead_id);
  EXPECT_EQ(page["total"], 4);
  EXPECT_EQ(page["total_exact"], true);
  ASSERT_EQ(page["items"].size(), 4u) << page.dump();
  const auto& best = page["items"][0];
  EXPECT_EQ(best["property"]["id"], fits);
  EXPECT_EQ(best["score"], 100);
  EXPECT_TRUE(has(best["reasons"], "Prix dans le budget (280 000 €)")) << best.dump();
  EXPECT_TRUE(has(best["reasons"], "Surface 72 m² ≥ 65 m²")) << best.dump();
  EXPECT_TRUE(has(best["reasons"], "Ville : Lyon")) << best.dump();
  EXPECT_TRUE(best["near_misses"].empty());
  std::map<std::int64_t, nlohmann::json> by_id;
  for (const auto& item : page["items"]) by_id[item["property"]["id"]] = item;
  EXPECT_TRUE(has(by_id[dearer]["near_misses"], "Prix 4 % au-dessus du budget (300 000 €)"))
      << by_id[dearer].dump();
  EXPECT_TRUE(has(by_id[smaller]["near_misses"], "Surface 60 m², 8 % sous les 65 m² demandés"))
      << by_id[smaller].dump();
  EXPECT_TRUE(has(by_id[fewer_rooms]["near_misses"], "Une pièce de moins que demandé (2 au lieu de 3)"))
      << by_id[fewer_rooms].dump();
  for (const auto id : {dearer, smaller, fewer_rooms}) {
    EXPECT_LT(by_id[id]["score"].get<int>(), 100);
    EXPECT_GT(by_id[id]["score"].get<int>(), 0);
  }
}

TEST_F(MatchingTest, AnyOfTheLeadsCriteriaAndPlacesMayFit) {
  const auto lead_id = lead(contact("Paul", "Durand", true));
  // Within 5 km of Lyon's Part-Dieu, or in Villeurbanne by postal code, or inside a square around Annecy.
  criterion(lead_id, {{"cities", nullptr},
                      {"near_lat", 45.7605},
                      {"near_lon", 4.8597},
                      {"radius_km", 5.0},
                      {"postal_codes", std::string("69100")},
                      {"polygon", std::string("45.85,6.05;45.85,6.2;45.95,6.2;45.95,6.05")}});
  criterion(lead_id, {{"transaction_type", std::string("rent")},
                      {"budget_max_cents", std::int64_t{120000}},
                      {"cities", std::string("Grenoble")}});
  const auto near = property({{"lat", 45.7597}, {"lon", 4.8422}, {"title", "Près"}});
  const auto far = property({{"lat", 45.9}, {"lon", 4.5}, {"postal_code", "69290"}, {"title", "Loin"}});
  const auto villeurbanne =
      property({{"lat", nullptr}, {"lon", nullptr}, {"city", "Villeurbanne"}, {"postal_code", "69100"}});
  const auto annecy = property({{"lat", 45.9}, {"lon", 6.12}, {"city", "Annecy"}, {"postal_code", "74000"}});
  const auto grenoble = property({{"transaction", "rent"},
                                  {"price_cents", nullptr},
                                  {"rent_cents", 95000},
                                  {"city", "Grenoble"},
                                  {"postal_code", "38000"},
                                  {"lat", 45.19},
                                  {"lon", 5.72}});
  const auto page = matches(lead_id);
  auto ids = propertyIds(page);
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::int64_t>{near, villeurbanne, annecy, grenoble})) << page.dump();
  EXPECT_FALSE(std::count(ids.begin(), ids.end(), far));
  for (const auto& item : page["items"]) {
    if (item["property"]["id"] == near) {
      EXPECT_TRUE(has(item["reasons"], "À 1,4 km du lieu recherché (rayon 5 km)")) << item.dump();
    }
    if (item["property"]["id"] == annecy) {
      EXPECT_TRUE(has(item["reasons"], "Dans la zone dessinée"));
    }
    if (item["property"]["id"] == villeurbanne) {
      EXPECT_TRUE(has(item["reasons"], "Code postal 69100"));
    }
  }
}

TEST_F(MatchingTest, AProposalIsOnTheTimelineAndARefusedPropertyIsNotProposedAgain) {
  const auto contact_id = contact("Julie", "Martin", true);
  const auto lead_id = lead(contact_id);
  criterion(lead_id);
  const auto first = property();
  const auto second = property({{"title", "Autre T3"}});
  const auto proposal_id = propose(lead_id, first);
  const auto timeline = db().query(
      "SELECT type, direction, contact_id, property_id, summary, meta FROM interactions WHERE lead_id = ?",
      {lead_id});
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(timeline[0].text("type"), "proposal");
  EXPECT_EQ(timeline[0].integer("contact_id"), contact_id);
  const auto meta = nlohmann::json::parse(timeline[0].text("meta"));
  EXPECT_EQ(meta["property_id"], first);
  EXPECT_EQ(meta["proposal_id"], proposal_id);
  const auto lastInbound = [&] {
    return db().query("SELECT last_inbound_at FROM contacts WHERE id = ?", {contact_id}).at(0).optionalInteger(
        "last_inbound_at");
  };
  EXPECT_EQ(lastInbound(), std::nullopt);  // a proposal goes out

  clock_->advanceSeconds(60);
  const auto answered =
      manager_.patch("/api/v1/proposals/" + std::to_string(proposal_id), {{"answer", "not_interested"}});
  ASSERT_EQ(answered.status, 200) << answered.body;
  EXPECT_EQ(answered.json()["answer"], "not_interested");
  EXPECT_EQ(countRows("interactions"), 2);
  // The client's answer came in: the contact's last inbound contact (InteractionLog, ContactService).
  EXPECT_EQ(lastInbound(), std::optional<std::int64_t>(clock_->now()));
  EXPECT_EQ(propertyIds(matches(lead_id)), std::vector<std::int64_t>{second});

  const auto again =
      manager_.post("/api/v1/leads/" + std::to_string(lead_id) + "/proposals", {{"property_id", first}});
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(again.json()["error"]["fields"]["property_id"],
            "Ce client a déjà refusé ce bien : il ne lui est pas reproposé.");
  EXPECT_EQ(countRows("proposals"), 1);

  const auto interested = propose(lead_id, second);
  manager_.patch("/api/v1/proposals/" + std::to_string(interested), {{"answer", "visit_requested"}});
  const auto list = manager_.get("/api/v1/leads/" + std::to_string(lead_id) + "/proposals").json();
  ASSERT_EQ(list["total"], 2);
  EXPECT_EQ(list["items"][0]["property"]["id"], second);
  EXPECT_EQ(list["items"][0]["answer"], "visit_requested");
  EXPECT_EQ(list["items"][1]["answer"], "not_interested");
  EXPECT_EQ(list["items"][1]["channel"], "email");
}

TEST_F(MatchingTest, APropertysMatchesAreTheOpenLeadsItFits) {
  const auto open = lead(contact("Julie", "Martin", true));
  criterion(open);
  const auto in_progress = lead(contact("Marc", "Petit", false), "in_progress");
  criterion(in_progress, {{"budget_max_cents", std::int64_t{27000000}}});  // 280 000 € is 3.7 % over
  criterion(lead(contact("Anne", "Morel", true), "lost"));
  criterion(lead(contact("Luc", "Roux", true)), {{"cities", std::string("Paris")}});
  // 280 000 € is exactly 10 % over 254 545,46 €, and just more over 254 545,45 €.
  const auto at_the_edge = lead(contact("Léa", "Faure", true), "in_progress");
  criterion(at_the_edge, {{"budget_max_cents", std::int64_t{25454546}}});
  criterion(lead(contact("Noé", "Faure", true)), {{"budget_max_cents", std::int64_t{25454545}}});
  const auto id = property();
  const auto result = manager_.get("/api/v1/properties/" + std::to_string(id) + "/matches");
  ASSERT_EQ(result.status, 200) << result.body;
  const auto page = result.json();
  ASSERT_EQ(page["total"], 3) << page.dump();
  EXPECT_EQ(page["items"][0]["lead"]["id"], open);
  EXPECT_EQ(page["items"][0]["score"], 100);
  EXPECT_EQ(page["items"][0]["lead"]["contact"]["last_name"], "Martin");
  EXPECT_EQ(page["items"][1]["lead"]["id"], in_progress);
  EXPECT_TRUE(has(page["items"][1]["near_misses"], "Prix 4 % au-dessus du budget (270 000 €)"));
  EXPECT_EQ(page["items"][2]["lead"]["id"], at_the_edge);
  EXPECT_TRUE(has(page["items"][2]["near_misses"], "Prix 10 % au-dessus du budget (254 545,46 €)"));
}

// Criteria written through the leads API: their places are indexed (lead_criterion_places, migration
// 0010), and a property's matches find a criterion by each kind of place, and none whose places are elsewhere.
TEST_F(MatchingTest, APropertyFindsTheCriteriaOfEachKindOfPlaceItIsIn) {
  const auto search = [&](const nlohmann::json& place) {
    const auto id = lead(contact("Client", "Recherche", true));
    nlohmann::json criterion = {{"transaction", "sale"}, {"budget_max_cents", 30000000}};
    for (const auto& [key, value] : place.items()) criterion[key] = value;
    const auto result =
        manager_.patch("/api/v1/leads/" + std::to_string(id), {{"criteria", nlohmann::json::array({criterion})}});
    EXPECT_EQ(result.status, 200) << result.body;
    return id;
  };
  const std::vector<std::int64_t> fitting = {
      search({{"cities", {"Villeurbanne", "LYON"}}}),
      search({{"postal_codes", {"690"}}}),
      search({{"near", {{"lat", 45.76}, {"lon", 4.83}, {"radius_km", 3}}}}),
      search({{"polygon", {{45.7, 4.8}, {45.8, 4.8}, {45.8, 4.9}, {45.7, 4.9}}}}),
      search(nlohmann::json::object())};
  const auto elsewhere = search({{"cities", {"Paris"}},
                                 {"postal_codes", {"75", "6901"}},
                                 {"near", {{"lat", 48.85}, {"lon", 2.35}, {"radius_km", 10}}},
                                 {"polygon", {{48.8, 2.3}, {48.9, 2.3}, {48.9, 2.4}}}});
  std::map<std::string, std::int64_t> kinds;
  for (const auto& row : db().query("SELECT kind, COUNT(*) AS n FROM lead_criterion_places WHERE agency_id = ? "
                                    "GROUP BY kind",
                                    {agency_})) {
    kinds[row.text("kind")] = row.integer("n");
  }
  EXPECT_EQ(kinds, (std::map<std::string, std::int64_t>{{"anywhere", 1}, {"area", 4}, {"city", 3}, {"postal", 3}}));

  const auto page = manager_.get("/api/v1/properties/" + std::to_string(property()) + "/matches").json();
  std::vector<std::int64_t> found;
  for (const auto& item : page["items"]) found.push_back(item["lead"]["id"]);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, fitting) << page.dump();
  EXPECT_EQ(std::count(found.begin(), found.end(), elsewhere), 0);

  // Replaced criteria replace their places; a property in none of them fits no lead.
  const auto moved = manager_.patch("/api/v1/leads/" + std::to_string(fitting[4]),
                                    {{"criteria", {{{"transaction", "sale"}, {"cities", {"Paris"}}}}}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(db().query("SELECT kind FROM lead_criterion_places WHERE lead_id = ?", {fitting[4]}).size(), 1u);
  const auto nowhere =
      property({{"city", "Brest"}, {"postal_code", "29200"}, {"lat", 48.39}, {"lon", -4.49}});
  const auto none = manager_.get("/api/v1/properties/" + std::to_string(nowhere) + "/matches").json();
  EXPECT_EQ(none["total"], 0) << none.dump();
}

TEST_F(MatchingTest, AnAgentKeptToTheirOwnLeadsSeesOnlyTheirMatchesAndAlerts) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto agent_id = db().query("SELECT id FROM users WHERE email = 'agent@alpha.fr'").at(0).integer("id");
  const auto other = makeUser("other@alpha.fr", "agent");
  const auto own = lead(contact("Own", "Lead", true));
  const auto theirs = lead(contact("Their", "Lead", true));
  db().execute("UPDATE leads SET assigned_to = ? WHERE id = ?", {agent_id, own});
  db().execute("UPDATE leads SET assigned_to = ? WHERE id = ?", {other.id, theirs});
  criterion(own);
  criterion(theirs);
  const auto id = property();  // available: an alert for each lead
  const auto leadsOf = [&](ApiClient& as) {
    std::vector<std::int64_t> ids;
    const auto result = as.get("/api/v1/properties/" + std::to_string(id) + "/matches");
    EXPECT_EQ(result.status, 200) << result.body;
    const auto page = result.json();
    for (const auto& item : page["items"]) ids.push_back(item["lead"]["id"]);
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const auto alertLeads = [&](ApiClient& as) {
    std::vector<std::int64_t> ids;
    const auto page = as.get("/api/v1/alerts").json();
    for (const auto& item : page["items"]) ids.push_back(item["lead_id"]);
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const std::vector<std::int64_t> both = {own, theirs};
  EXPECT_EQ(leadsOf(agent), both);
  EXPECT_EQ(alertLeads(agent), both);
  EXPECT_EQ(agent.get("/api/v1/leads/" + std::to_string(theirs) + "/matches").status, 200);

  auto admin = loggedIn("admin@alpha.fr", "admin");
  ASSERT_EQ(admin.patch("/api/v1/lead-settings", {{"agents_see_own_leads_only", true}}).status, 200);
  EXPECT_EQ(leadsOf(agent), std::vector<std::int64_t>{own});
  EXPECT_EQ(alertLeads(agent), std::vector<std::int64_t>{own});
  EXPECT_EQ(agent.get("/api/v1/alerts").json()["total"], 1);
  EXPECT_EQ(agent.get("/api/v1/leads/" + std::to_string(own) + "/matches").status, 200);
  EXPECT_EQ(agent.get("/api/v1/leads/" + std::to_string(theirs) + "/matches").status, 404);
  EXPECT_EQ(agent.post("/api/v1/leads/" + std::to_string(theirs) + "/proposals",
                       {{"property_id", id}, {"channel", "email"}})
                .status,
            404);
  // The manager still sees every lead.
  EXPECT_EQ(leadsOf(manager_), both);
  EXPECT_EQ(alertLeads(manager_), both);
}

TEST_F(MatchingTest, AnAlertIsQueuedWhenAPropertyBecomesAvailableOrItsPriceDrops) {
  const auto consenting = lead(contact("Julie", "Martin", true));
  criterion(consenting);
  criterion(lead(contact("Marc", "Petit", false)));  // no email consent: never alerted
  criterion(lead(contact("Anne", "Morel", true), "converted"));

  const auto created = property();
  auto pending = manager_.get("/api/v1/alerts?status=pending").json();
  ASSERT_EQ(pending["total"], 1) << pending.dump();
  EXPECT_EQ(pending["items"][0]["property"]["id"], created);
  EXPECT_EQ(pending["items"][0]["lead_id"], consenting);
  EXPECT_EQ(pending["items"][0]["reason"], "new");
  EXPECT_EQ(pending["items"][0]["status"], "pending");
  EXPECT_EQ(pending["items"][0]["score"], 100);
  EXPECT_TRUE(pending["items"][0]["sent_at"].is_null());

  const auto path = "/api/v1/properties/" + std::to_string(created);
  ASSERT_EQ(manager_.patch(path, {{"title", "T3 Lyon rénové"}}).status, 200);
  ASSERT_EQ(manager_.patch(path, {{"price_cents", 28500000}}).status, 200);
  EXPECT_EQ(countRows("property_alerts"), 1);
  ASSERT_EQ(manager_.patch(path, {{"price_cents", 27000000}}).status, 200);
  pending = manager_.get("/api/v1/alerts?status=pending").json();
  ASSERT_EQ(pending["total"], 2);
  EXPECT_EQ(pending["items"][0]["reason"], "price_drop");

  const auto draft = property({{"status", "draft"}, {"title", "Bientôt"}});
  EXPECT_EQ(countRows("property_alerts"), 2);
  ASSERT_EQ(manager_.patch("/api/v1/properties/" + std::to_string(draft), {{"status", "available"}}).status,
            200);
  pending = manager_.get("/api/v1/alerts?status=pending").json();
  ASSERT_EQ(pending["total"], 3);
  EXPECT_EQ(pending["items"][0]["property"]["id"], draft);
  EXPECT_EQ(pending["items"][0]["reason"], "new");
  EXPECT_EQ(manager_.get("/api/v1/alerts?status=sent").json()["total"], 0);
}

TEST_F(MatchingTest, BadInputIsRefusedWithAFrenchMessageNamingTheFieldAndChangesNothing) {
  const auto lead_id = lead(contact("Julie", "Martin", true));
  const auto id = property();
  const auto path = "/api/v1/leads/" + std::to_string(lead_id) + "/proposals";
  const std::vector<std::tuple<nlohmann::json, std::string, std::string>> cases = {
      {nlohmann::json::object(), "property_id", "Ce champ est obligatoire."},
      {{{"property_id", "12"}}, "property_id", "Ce champ doit être un nombre entier."},
      {{{"property_id", id + 1000}}, "property_id", "Ce bien n'existe pas ou est archivé."},
      {{{"property_id", id}, {"channel", "pigeon"}},
       "channel",
       "Valeur inconnue : choisissez parmi email, sms, phone, in_person, mail."},
      {{{"property_id", id}, {"note", std::string(2001, 'x')}}, "note", "Ce champ dépasse 2000 caractères."},
  };
  for (const auto& [body, field, message] : cases) {
    const auto result = manager_.post(path, body);
    EXPECT_EQ(result.status, 422) << body.dump();
    EXPECT_EQ(result.json()["error"]["fields"][field], message) << result.body;
  }
  const auto proposal_id = propose(lead_id, id);
  const auto answer_path = "/api/v1/proposals/" + std::to_string(proposal_id);
  auto result = manager_.patch(answer_path, {{"answer", "peut-être"}});
  EXPECT_EQ(result.status, 422);
  EXPECT_EQ(result.json()["error"]["fields"]["answer"],
            "Valeur inconnue : choisissez parmi interested, not_interested, visit_requested.");
  result = manager_.patch(answer_path, nlohmann::json::object());
  EXPECT_EQ(result.json()["error"]["fields"]["answer"], "Ce champ est obligatoire.");
  EXPECT_EQ(countRows("proposals"), 1);
  EXPECT_EQ(countRows("interactions"), 1);
  EXPECT_TRUE(db().query("SELECT answer FROM proposals").at(0).isNull("answer"));
  result = manager_.get("/api/v1/alerts?status=lu");
  EXPECT_EQ(result.status, 400);
  EXPECT_NE(result.json()["error"]["message"].get<std::string>().find("status"), std::string::npos);
  EXPECT_EQ(manager_.get("/api/v1/leads/" + std::to_string(lead_id) + "/matches?per_page=500").status, 400);
}

TEST_F(MatchingTest, AnotherAgencysLeadsPropertiesAndProposalsAre404) {
  auto other = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  const auto beta = agencyOf("gestion@beta.fr");
  const auto beta_lead = lead(contact("Eve", "Blanc", true, beta), "new", beta);
  criterion(beta_lead, {}, beta);
  const auto beta_property = property({}, &other);
  const auto alpha_lead = lead(contact("Julie", "Martin", true));
  criterion(alpha_lead);
  const auto alpha_property = property();
  const auto beta_proposal = other.post("/api/v1/leads/" + std::to_string(beta_lead) + "/proposals",
                                        {{"property_id", beta_property}});
  ASSERT_EQ(beta_proposal.status, 201) << beta_proposal.body;

  const auto lead_path = "/api/v1/leads/" + std::to_string(beta_lead);
  EXPECT_EQ(manager_.get(lead_path + "/matches").status, 404);
  EXPECT_EQ(manager_.get(lead_path + "/proposals").status, 404);
  EXPECT_EQ(manager_.post(lead_path + "/proposals", {{"property_id", alpha_property}}).status, 404);
  EXPECT_EQ(manager_.get("/api/v1/properties/" + std::to_string(beta_property) + "/matches").status, 404);
  EXPECT_EQ(manager_
                .patch("/api/v1/proposals/" + std::to_string(beta_proposal.json()["id"].get<std::int64_t>()),
                       {{"answer", "interested"}})
                .status,
            404);
  const auto refused = manager_.post("/api/v1/leads/" + std::to_string(alpha_lead) + "/proposals",
                                     {{"property_id", beta_property}});
  EXPECT_EQ(refused.status, 422);
  // Each agency's matches and alerts hold only its own.
  EXPECT_EQ(propertyIds(matches(alpha_lead)), std::vector<std::int64_t>{alpha_property});
  const auto alpha_alerts = manager_.get("/api/v1/alerts").json();
  ASSERT_EQ(alpha_alerts["total"], 1);
  EXPECT_EQ(alpha_alerts["items"][0]["lead_id"], alpha_lead);
  EXPECT_EQ(other.get("/api/v1/properties/" + std::to_string(beta_property) + "/matches").json()["total"], 1);
}

TEST_F(MatchingTest, FeaturesAreNamedInTheReadersLanguage) {
  const auto lead_id = lead(contact("Julie", "Martin", true));
  criterion(lead_id, {{"features_mask", std::int64_t{1 | (1 << 6)}}});  // balcony, elevator
  property();
  auto page = matches(lead_id);
  ASSERT_EQ(page["total"], 1);
  EXPECT_TRUE(has(page["items"][0]["reasons"], "Équipement : balcon")) << page.dump();
  EXPECT_TRUE(has(page["items"][0]["near_misses"], "Sans ascenseur")) << page.dump();
  EXPECT_EQ(page["items"][0]["score"], 95);
  manager_.accept_language = "en";
  page = matches(lead_id);
  EXPECT_TRUE(has(page["items"][0]["near_misses"], "Without lift")) << page.dump();
}

TEST_F(MatchingTest, ABroadSearchScoresTheNewestCandidatesAndSaysItsTotalIsNotExact) {
  const auto lead_id = lead(contact("Julie", "Martin", true));
  criterion(lead_id);
  const auto template_id = property();
  const auto count = MatchingService::kCandidatesPerBranch + 5;
  std::int64_t newest = 0;
  for (std::int64_t i = 1; i <= count; ++i) {
    newest = db().insert(
        "INSERT INTO properties (agency_id, reference, transaction_type, property_type, status, title, "
        "country, "
        "show_exact_address, features_mask, copro, copro_procedure, list_price_cents, price_cents, "
        "living_area_m2, "
        "rooms, city, city_key, postal_code, created_at, updated_at) SELECT agency_id, ?, transaction_type, "
        "property_type, status, title, country, show_exact_address, features_mask, copro, copro_procedure, "
        "list_price_cents, price_cents, living_area_m2, rooms, city, city_key, postal_code, created_at + ?, "
        "updated_at FROM properties WHERE id = ?",
        {"B-" + std::to_string(i), i * 1000, template_id});
  }
  const auto page = matches(lead_id);
  EXPECT_EQ(page["total"], MatchingService::kCandidatesPerBranch) << page["total"];
  EXPECT_EQ(page["total_exact"], false);
  ASSERT_EQ(page["items"].size(), 20u);
  EXPECT_EQ(page["items"][0]["property"]["id"], newest);
  EXPECT_EQ(page["items"][0]["score"], 100);
}

TEST_F(MatchingTest, ClientsMayNotSeeMatchesNorPropose) {
  const auto lead_id = lead(contact("Julie", "Martin", true));
  auto client_user = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(client_user.get("/api/v1/leads/" + std::to_string(lead_id) + "/matches").status, 403);
  EXPECT_EQ(client_user.get("/api/v1/alerts").status, 403);
  EXPECT_EQ(client_user.post("/api/v1/leads/" + std::to_string(lead_id) + "/proposals", {{"property_id", 1}})
                .status,
            403);
}

}  // namespace
}  // namespace logis::testing
