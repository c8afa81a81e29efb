#include "test_server.hpp"

namespace logis::testing {
namespace {

nlohmann::json fullSale() {
  return {{"transaction", "sale"},
          {"type", "apartment"},
          {"status", "available"},
          {"title", "Appartement lumineux avec balcon"},
          {"description", "Bel appartement élégant, proche du métro."},
          {"price_cents", 42000000},
          {"fees_cents", 2000000},
          {"fees_paid_by", "buyer"},
          {"street", "12 rue de la Paix"},
          {"postal_code", "75002"},
          {"city", "Paris"},
          {"lat", 48.8686},
          {"lon", 2.3314},
          {"show_exact_address", false},
          {"living_area_m2", 65.5},
          {"rooms", 3},
          {"bedrooms", 2},
          {"bathrooms", 1},
          {"floor", 4},
          {"floors_total", 6},
          {"year_built", 1905},
          {"features", {"balcony", "elevator", "cellar"}},
          {"dpe_status", "done"},
          {"dpe_class", "D"},
          {"dpe_kwh", 210},
          {"ges_class", "E"},
          {"ges_kg", 45},
          {"energy_cost_min_cents", 120000},
          {"energy_cost_max_cents", 170000},
          {"energy_cost_year", 2023},
          {"dpe_date", "2025-03-14"},
          {"copro", true},
          {"copro_lots", 24},
          {"copro_charges_cents", 240000},
          {"copro_procedure", false},
          {"mandate_type", "exclusive"},
          {"mandate_number", "M-2026-017"},
          {"mandate_start", "2026-01-05"},
          {"mandate_end", "2026-04-05"}};
}

class PropertiesTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
  }

  nlohmann::json create(nlohmann::json body, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).post("/api/v1/properties", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::vector<std::string> titlesFor(const std::string& query) {
    const auto result = manager_.get("/api/v1/properties?per_page=100&" + query);
    EXPECT_EQ(result.status, 200) << query << ": " << result.body;
    std::vector<std::string> titles;
    const auto body = result.json();
    for (const auto& item : body["items"]) titles.push_back(item["title"]);
    std::sort(titles.begin(), titles.end());
    return titles;
  }

  ApiClient manager_{0};
};

std::string pathOf(const nlohmann::json& property) {
  return "/api/v1/properties/" + std::to_string(property["id"].get<std::int64_t>());
}

TEST_F(PropertiesTest, AFullRecordIsStoredWithWhatItDerives) {
  const auto property = create(fullSale());
  EXPECT_EQ(property["reference"], "V-2026-00001");
  EXPECT_EQ(property["price_excluding_fees_cents"], 40000000);
  EXPECT_DOUBLE_EQ(property["fees_percent"].get<double>(), 5.0);
  EXPECT_EQ(property["features"], nlohmann::json({"balcony", "cellar", "elevator"}));
  EXPECT_DOUBLE_EQ(property["living_area_m2"].get<double>(), 65.5);
  EXPECT_FALSE(property.contains("owner_name"));  // owners are contacts now (/properties/{id}/owners)
  EXPECT_EQ(property["publish_check"]["ready"], false);
  EXPECT_EQ(property["publish_check"]["missing"], nlohmann::json({"photos"}));
  const auto fetched = manager_.get(pathOf(property));
  EXPECT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.json(), property);
  EXPECT_EQ(create({{"transaction", "rent"}, {"type", "house"}, {"title", "Maison"}})["reference"],
            "L-2026-00002");
}

TEST_F(PropertiesTest, FeesMayBeGivenAsAPercentage) {
  auto body = fullSale();
  body.erase("fees_cents");
  body["fees_percent"] = 5;
  const auto property = create(body);
  EXPECT_EQ(property["fees_cents"], 2000000);
  EXPECT_EQ(property["price_excluding_fees_cents"], 40000000);
}

TEST_F(PropertiesTest, TheReadyToPublishCheckListsWhatALegalAdLacks) {
  const auto draft = create({{"transaction", "sale"}, {"type", "house"}, {"title", "Maison à rénover"}});
  EXPECT_EQ(draft["publish_check"]["missing"],
            nlohmann::json({"price", "fees", "fees_paid_by", "living_area", "city", "dpe", "photos"}));
  const auto exempt = manager_.patch(pathOf(draft), {{"dpe_status", "not_required"}, {"city", "Lyon"}});
  EXPECT_EQ(exempt.json()["publish_check"]["missing"],
            nlohmann::json({"price", "fees", "fees_paid_by", "living_area", "photos"}));
  const auto done = manager_.patch(pathOf(draft), {{"dpe_status", "done"}});
  EXPECT_EQ(done.json()["publish_check"]["missing"],
            nlohmann::json(
                {"price", "fees", "fees_paid_by", "living_area", "dpe", "ges", "energy_cost", "photos"}));
}

TEST_F(PropertiesTest, ChangesAreRecordedFieldByField) {
  const auto property = create(fullSale());
  const auto changed = manager_.patch(
      pathOf(property),
      {{"price_cents", 39900000}, {"description", nullptr}, {"title", "Appartement lumineux avec balcon"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["price_cents"], 39900000);
  EXPECT_TRUE(changed.json()["description"].is_null());
  const auto history = manager_.get(pathOf(property) + "/history").json();
  ASSERT_EQ(history["total"], 3);  // created, price, description (the unchanged title is not a change)
  std::map<std::string, nlohmann::json> by_field;
  for (const auto& entry : history["items"]) by_field[entry["field"]] = entry;
  EXPECT_EQ(by_field["price_cents"]["old_value"], 42000000);
  EXPECT_EQ(by_field["price_cents"]["new_value"], 39900000);
  EXPECT_EQ(by_field["price_cents"]["user_name"], "Test manager");
  EXPECT_EQ(by_field["description"]["new_value"], nullptr);
  EXPECT_TRUE(by_field.contains("created"));
}

TEST_F(PropertiesTest, BadValuesAreRefusedFieldByFieldAndNothingIsStored) {
  const std::vector<std::pair<nlohmann::json, std::string>> cases = {
      {{{"price_cents", -5}}, "price_cents"},
      {{{"price_cents", "abc"}}, "price_cents"},
      {{{"price_cents", 12.5}}, "price_cents"},
      {{{"living_area_m2", 0}}, "living_area_m2"},
      {{{"living_area_m2", -20}}, "living_area_m2"},
      {{{"lat", 95}, {"lon", 2}}, "lat"},
      {{{"lat", 45}, {"lon", 200}}, "lon"},
      {{{"lat", 45}}, "lon"},
      {{{"dpe_class", "H"}}, "dpe_class"},
      {{{"dpe_status", "not_required"}, {"dpe_class", "C"}}, "dpe_class"},
      {{{"type", "castle"}}, "type"},
      {{{"status", "gone"}}, "status"},
      {{{"dpe_date", "2026-02-30"}}, "dpe_date"},
      {{{"mandate_start", "2026-05-01"}, {"mandate_end", "2026-04-01"}}, "mandate_end"},
      {{{"rooms", 2}, {"bedrooms", 3}}, "bedrooms"},
      {{{"price_cents", 100000}, {"fees_cents", 100000}}, "fees_cents"},
      {{{"energy_cost_min_cents", 200000}, {"energy_cost_max_cents", 100000}}, "energy_cost_max_cents"},
      {{{"features", {"garden", "moat"}}}, "features"},
      {{{"agent_id", 999999}}, "agent_id"},
      {{{"title", "   "}}, "title"},
      {{{"show_exact_address", "yes"}}, "show_exact_address"},
  };
  for (const auto& [overrides, field] : cases) {
    auto body = nlohmann::json{{"transaction", "sale"}, {"type", "apartment"}, {"title", "Test"}};
    body.update(overrides);
    const auto result = manager_.post("/api/v1/properties", body);
    EXPECT_EQ(result.status, 422) << overrides.dump();
    EXPECT_TRUE(result.json()["error"]["fields"].contains(field))
        << overrides.dump() << " -> " << result.body;
  }
  const auto missing = manager_.post("/api/v1/properties", nlohmann::json::object());
  EXPECT_EQ(missing.json()["error"]["fields"]["transaction"], "Ce champ est obligatoire.");
  EXPECT_EQ(missing.json()["error"]["fields"]["title"], "Ce champ est obligatoire.");
  EXPECT_EQ(manager_
                .post("/api/v1/properties",
                      {{"transaction", "sale"}, {"type", "house"}, {"title", "T"}, {"price_cents", -1}})
                .json()["error"]["fields"]["price_cents"],
            "Le montant doit être supérieur à 0 €.");
  EXPECT_EQ(countRows("properties"), 0);
  EXPECT_EQ(countRows("property_history"), 0);
}

TEST_F(PropertiesTest, AnUpdateWithABadValueChangesNothing) {
  const auto property = create(fullSale());
  EXPECT_EQ(manager_.patch(pathOf(property), {{"title", "Nouveau titre"}, {"lat", -91}}).status, 422);
  EXPECT_EQ(manager_.patch(pathOf(property), {{"transaction", nullptr}}).status, 422);
  EXPECT_EQ(manager_.get(pathOf(property)).json(), property);
  EXPECT_EQ(countRows("property_history"), 1);
}

TEST_F(PropertiesTest, AReferenceIsUniqueWithinTheAgency) {
  create({{"transaction", "sale"}, {"type", "house"}, {"title", "A"}, {"reference", "REF-1"}});
  const auto duplicate =
      manager_.post("/api/v1/properties",
                    {{"transaction", "sale"}, {"type", "house"}, {"title", "B"}, {"reference", "REF-1"}});
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_TRUE(duplicate.json()["error"]["fields"].contains("reference"));
  auto other = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(other
                .post("/api/v1/properties",
                      {{"transaction", "sale"}, {"type", "house"}, {"title", "C"}, {"reference", "REF-1"}})
                .status,
            201);
}

TEST_F(PropertiesTest, ArchivingHidesTheProperty) {
  const auto property = create(fullSale());
  EXPECT_EQ(manager_.del(pathOf(property)).status, 204);
  EXPECT_EQ(manager_.get(pathOf(property)).status, 404);
  EXPECT_EQ(manager_.get("/api/v1/properties").json()["total"], 0);
  EXPECT_EQ(manager_.get("/api/v1/properties?q=lumineux").json()["total"], 0);
  EXPECT_EQ(manager_.del(pathOf(property)).status, 404);
}

TEST_F(PropertiesTest, FiltersCombine) {
  auto body = fullSale();
  create(body);
  create({{"transaction", "sale"},
          {"type", "house"},
          {"status", "available"},
          {"title", "Maison avec jardin"},
          {"price_cents", 65000000},
          {"city", "Lyon"},
          {"postal_code", "69003"},
          {"living_area_m2", 140},
          {"rooms", 6},
          {"bedrooms", 4},
          {"features", {"garden", "garage"}},
          {"dpe_status", "done"},
          {"dpe_class", "B"}});
  create({{"transaction", "rent"},
          {"type", "apartment"},
          {"status", "draft"},
          {"title", "Studio meublé"},
          {"rent_cents", 95000},
          {"city", "Paris"},
          {"postal_code", "75011"},
          {"living_area_m2", 22},
          {"rooms", 1},
          {"features", {"furnished"}},
          {"dpe_status", "done"},
          {"dpe_class", "F"}});
  using Titles = std::vector<std::string>;
  EXPECT_EQ(titlesFor("transaction=sale"),
            (Titles{"Appartement lumineux avec balcon", "Maison avec jardin"}));
  EXPECT_EQ(titlesFor("type=house,land"), Titles{"Maison avec jardin"});
  EXPECT_EQ(titlesFor("status=draft"), Titles{"Studio meublé"});
  EXPECT_EQ(titlesFor("transaction=sale&price_max=50000000"), Titles{"Appartement lumineux avec balcon"});
  EXPECT_EQ(titlesFor("area_min=60&area_max=100"), Titles{"Appartement lumineux avec balcon"});
  EXPECT_EQ(titlesFor("rooms_min=3&bedrooms_min=3"), Titles{"Maison avec jardin"});
  EXPECT_EQ(titlesFor("city=PARIS"), (Titles{"Appartement lumineux avec balcon", "Studio meublé"}));
  EXPECT_EQ(titlesFor("postal_code=750"), (Titles{"Appartement lumineux avec balcon", "Studio meublé"}));
  EXPECT_EQ(titlesFor("dpe_max=D"), (Titles{"Appartement lumineux avec balcon", "Maison avec jardin"}));
  EXPECT_EQ(titlesFor("features=garden,garage"), Titles{"Maison avec jardin"});
  EXPECT_EQ(titlesFor("features=garden,balcony"), Titles{});
  EXPECT_EQ(titlesFor("q=elegant"), Titles{"Appartement lumineux avec balcon"});  // accents folded
  EXPECT_EQ(titlesFor("q=meuble"), Titles{"Studio meublé"});
  EXPECT_EQ(titlesFor("q=V-2026-00002"), Titles{"Maison avec jardin"});
  EXPECT_EQ(titlesFor("q=lyon+jardin"), Titles{"Maison avec jardin"});
  EXPECT_EQ(titlesFor("q=lyon+balcon"), Titles{});
}

// Words are found as the last save wrote them, case, accents and ligatures folded on both sides.
TEST_F(PropertiesTest, AWordSearchReadsTheLastSave) {
  auto body = fullSale();
  body["title"] = "Cœur de ville : T3 à l’Écrin";
  body["description"] = "Proche ÉCOLE et écoles, « coup de cœur »";
  const auto property = create(body);
  using Titles = std::vector<std::string>;
  const Titles found{"Cœur de ville : T3 à l’Écrin"};
  for (const auto* query : {"q=coeur", "q=c%C5%93ur", "q=ECRIN", "q=t3", "q=ecol+vill", "q=%C3%A9cole"}) {
    EXPECT_EQ(titlesFor(query), found) << query;
  }
  EXPECT_EQ(titlesFor("q=coeurs"), Titles{});
  EXPECT_EQ(manager_.get("/api/v1/properties?q=ecol").json()["total"], 1);  // école and écoles: one listing
  EXPECT_EQ(titlesFor("q=l"), found);  // single letters are no words: the search is not narrowed
  ASSERT_EQ(manager_.patch(pathOf(property), {{"title", "Loft atypique"}}).status, 200);
  EXPECT_EQ(titlesFor("q=ecrin"), Titles{});
  EXPECT_EQ(titlesFor("q=coeur"), Titles{"Loft atypique"});  // still in the description
  EXPECT_EQ(titlesFor("q=atyp"), Titles{"Loft atypique"});
}

TEST_F(PropertiesTest, SortsAndPagesWithTheTotal) {
  for (int i = 1; i <= 5; ++i) {
    create({{"transaction", "sale"},
            {"type", "apartment"},
            {"title", "Bien " + std::to_string(i)},
            {"price_cents", 10000000 * (6 - i)},
            {"living_area_m2", 20.0 * i}});
  }
  const auto page = manager_.get("/api/v1/properties?sort=price&per_page=2&page=2").json();
  EXPECT_EQ(page["total"], 5);
  ASSERT_EQ(page["items"].size(), 2u);
  EXPECT_EQ(page["items"][0]["title"], "Bien 3");
  EXPECT_EQ(page["items"][1]["title"], "Bien 2");
  EXPECT_EQ(manager_.get("/api/v1/properties?sort=-area").json()["items"][0]["title"], "Bien 5");
  EXPECT_EQ(manager_.get("/api/v1/properties?sort=price_per_m2").json()["items"][0]["title"], "Bien 5");
}

TEST_F(PropertiesTest, BadFiltersAreRefusedWithTheParameterNamed) {
  for (const auto* query :
       {"sort=cheapest", "price_min=abc", "price_max=-3", "type=castle", "transaction=sale,rent", "dpe_max=Z",
        "features=moat", "area_min=big", "postal_code=75%25"}) {
    const auto result = manager_.get(std::string("/api/v1/properties?") + query);
    EXPECT_EQ(result.status, 400) << query;
    EXPECT_EQ(result.json()["error"]["code"], "invalid_query") << query;
  }
}

TEST_F(PropertiesTest, AgentsEditOnlyTheirOwnProperties) {
  auto agent = loggedIn("agent1@alpha.fr", "agent");
  auto colleague = loggedIn("agent2@alpha.fr", "agent");
  const auto mine = create({{"transaction", "sale"}, {"type", "house"}, {"title", "Le mien"}}, &agent);
  EXPECT_EQ(mine["agent_id"], agent.get("/api/v1/auth/me").json()["user"]["id"]);
  EXPECT_EQ(colleague.get(pathOf(mine)).status, 200);
  EXPECT_EQ(colleague.patch(pathOf(mine), {{"title", "Volé"}}).status, 403);
  EXPECT_EQ(colleague.del(pathOf(mine)).status, 403);
  EXPECT_EQ(agent.patch(pathOf(mine), {{"title", "Toujours le mien"}}).status, 200);
  EXPECT_EQ(manager_.patch(pathOf(mine), {{"status", "available"}}).status, 200);
  auto customer = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(customer.get("/api/v1/properties").status, 403);
  EXPECT_EQ(customer.get(pathOf(mine)).status, 403);
  EXPECT_EQ(manager_.get(pathOf(mine)).json()["title"], "Toujours le mien");
}

TEST_F(PropertiesTest, AnotherAgencysPropertyIsNotFound) {
  auto other = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  const auto theirs = create(fullSale(), &other);
  for (const auto& result : {manager_.get(pathOf(theirs)), manager_.patch(pathOf(theirs), {{"title", "X"}}),
                             manager_.del(pathOf(theirs)), manager_.get(pathOf(theirs) + "/history")}) {
    EXPECT_EQ(result.status, 404) << result.body;
  }
  EXPECT_EQ(manager_.get("/api/v1/properties").json()["total"], 0);
  EXPECT_EQ(manager_.get("/api/v1/properties?q=lumineux").json()["total"], 0);
  EXPECT_EQ(other.get(pathOf(theirs)).json()["title"], "Appartement lumineux avec balcon");
}

}  // namespace
}  // namespace logis::testing

namespace logis::testing {
namespace {

class MapTest : public ServerTest {};

TEST_F(MapTest, PointsListOnlyLocatedPropertiesWithTheFilters) {
  auto manager = loggedIn("gestion@alpha.fr", "manager");
  manager.post("/api/v1/properties", {{"transaction", "sale"},
                                      {"type", "house"},
                                      {"title", "Située"},
                                      {"lat", 45.75},
                                      {"lon", 4.85},
                                      {"price_cents", 30000000}});
  manager.post("/api/v1/properties",
               {{"transaction", "sale"}, {"type", "house"}, {"title", "Sans coordonnées"}});
  manager.post("/api/v1/properties", {{"transaction", "rent"},
                                      {"type", "apartment"},
                                      {"title", "Location"},
                                      {"lat", 45.76},
                                      {"lon", 4.84},
                                      {"rent_cents", 90000}});
  const auto all = manager.get("/api/v1/properties/points").json();
  EXPECT_EQ(all["items"].size(), 2u);
  EXPECT_EQ(all["truncated"], false);
  const auto sales = manager.get("/api/v1/properties/points?transaction=sale").json();
  ASSERT_EQ(sales["items"].size(), 1u);
  EXPECT_EQ(sales["items"][0]["title"], "Située");
  EXPECT_DOUBLE_EQ(sales["items"][0]["lat"].get<double>(), 45.75);
  EXPECT_EQ(sales["items"][0]["price_cents"], 30000000);
}

TEST_F(MapTest, TheTileServerIsConfiguredAndAllowedByTheContentSecurityPolicy) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto settings = agent.get("/api/v1/map-settings");
  EXPECT_EQ(settings.json()["tile_url"], "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  EXPECT_NE(settings.header("Content-Security-Policy")
                .find("img-src 'self' data: blob: https://tile.openstreetmap.org;"),
            std::string::npos)
      << settings.header("Content-Security-Policy");
}

}  // namespace
}  // namespace logis::testing
