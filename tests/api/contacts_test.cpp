#include "contacts/contact_service.hpp"
#include "contacts/owner_import.hpp"
#include "core/api_error.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

nlohmann::json dupont() {
  return {{"civility", "Mme"},
          {"first_name", "Claire"},
          {"last_name", "Dupont"},
          {"email", "  Claire.Dupont@Example.FR "},
          {"phone", "06 12 34 56 78"},
          {"street", "3 rue des Lilas"},
          {"postal_code", "69003"},
          {"city", "Lyon"},
          {"roles", {"acquereur", "bailleur"}},
          {"notes", "Cherche un T3 près d'un métro."}};
}

std::string pathOf(const nlohmann::json& contact) {
  return "/api/v1/contacts/" + std::to_string(contact["id"].get<std::int64_t>());
}

class ContactsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
  }

  nlohmann::json create(nlohmann::json body, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).post("/api/v1/contacts", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  std::int64_t agencyId() const {
    return app_->database().query("SELECT id FROM agencies WHERE name = 'Agence Alpha'").at(0).integer("id");
  }

  // Rows of the leads issue, written directly: this suite does not depend on its routes.
  std::int64_t insertLead(std::int64_t contact_id, const std::string& status = "in_progress") {
    const auto now = clock_->now();
    return app_->database().insert(
        "INSERT INTO leads (agency_id, contact_id, source, status, message, created_at, updated_at, "
        "status_changed_at) VALUES (?, ?, 'website', ?, 'Je cherche un T3 à Lyon.', ?, ?, ?)",
        {agencyId(), contact_id, status, now, now, now});
  }

  std::int64_t insertInteraction(std::int64_t contact_id, std::optional<std::int64_t> lead_id,
                                 const std::string& summary) {
    return app_->database().insert(
        "INSERT INTO interactions (agency_id, contact_id, lead_id, type, direction, occurred_at, summary, "
        "body, "
        "created_at) VALUES (?, ?, ?, 'call', 'in', ?, ?, 'Rappeler Mme Dupont au 06 12 34 56 78.', ?)",
        {agencyId(), contact_id, lead_id ? SqlValue{*lead_id} : SqlValue{nullptr}, clock_->now(), summary,
         clock_->now()});
  }

  std::int64_t countWhere(const std::string& table, const std::string& condition, std::int64_t value) const {
    return app_->database()
        .query("SELECT COUNT(*) AS n FROM " + table + " WHERE " + condition, {value})
        .at(0)
        .integer("n");
  }

  std::int64_t createProperty(ApiClient& as) {
    const auto result =
        as.post("/api/v1/properties", {{"transaction", "sale"}, {"type", "house"}, {"title", "Maison"}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"].get<std::int64_t>();
  }

  ApiClient manager_{0};
};

TEST_F(ContactsTest, CreateNormalisesChannelsAndReturnsTheContact) {
  const auto contact = create(dupont());
  EXPECT_EQ(contact["first_name"], "Claire");
  EXPECT_EQ(contact["email"], "claire.dupont@example.fr");
  EXPECT_EQ(contact["phone"], "+33612345678");
  EXPECT_EQ(contact["phone_display"], "06 12 34 56 78");
  EXPECT_EQ(contact["emails"],
            nlohmann::json::parse(R"([{"value": "claire.dupont@example.fr", "label": null}])"));
  EXPECT_EQ(contact["phones"][0]["display"], "06 12 34 56 78");
  EXPECT_EQ(contact["roles"], nlohmann::json({"acquereur", "bailleur"}));
  EXPECT_EQ(contact["country"], "FR");
  EXPECT_EQ(contact["preferred_language"], "fr");
  EXPECT_FALSE(contact["consent_email"].get<bool>());
  EXPECT_TRUE(contact["last_inbound_at"].is_null());
  EXPECT_EQ(manager_.get(pathOf(contact)).json(), contact);
}

TEST_F(ContactsTest, ForeignPhonesAreReadInTheContactsCountry) {
  auto body = dupont();
  body["country"] = "be";
  body["phone"] = "02 555 12 12";
  body["phones"] = {"+44 20 7946 0958", {{"value", "02 555 12 13"}, {"label", "Bureau"}}};
  const auto contact = create(body);
  EXPECT_EQ(contact["country"], "BE");
  EXPECT_EQ(contact["phone"], "+3225551212");
  EXPECT_EQ(contact["phone_display"], "+32 2 555 12 12");
  ASSERT_EQ(contact["phones"].size(), 3);
  EXPECT_EQ(contact["phones"][1]["value"], "+442079460958");
  EXPECT_EQ(contact["phones"][2]["label"], "Bureau");
}

TEST_F(ContactsTest, InvalidEmailAndPhoneAreNamedInFrenchAndNothingIsWritten) {
  auto body = dupont();
  body["email"] = "claire@";
  body["phone"] = "06 12";
  body["roles"] = {"acheteur"};
  const auto result = manager_.post("/api/v1/contacts", body);
  ASSERT_EQ(result.status, 422) << result.body;
  const auto fields = result.json()["error"]["fields"];
  EXPECT_EQ(fields["email"], "Adresse e-mail invalide (exemple : nom@agence.fr).");
  EXPECT_EQ(fields["phone"], "Numéro de téléphone invalide (exemple : 06 12 34 56 78 ou +44 20 7946 0958).");
  EXPECT_TRUE(fields["roles"].get<std::string>().starts_with("Valeur inconnue"));
  EXPECT_EQ(countRows("contacts"), 0);
  EXPECT_EQ(countRows("contact_channels"), 0);

  const auto nobody = manager_.post("/api/v1/contacts", {{"notes", "?"}});
  EXPECT_EQ(nobody.status, 422);
  EXPECT_EQ(nobody.json()["error"]["fields"]["last_name"],
            "Indiquez au moins un nom, un e-mail ou un téléphone.");
}

TEST_F(ContactsTest, ADuplicateEmailOrPhoneIsRefusedWithTheContactsToMerge) {
  const auto first = create(dupont());
  for (const auto& [field, value] : std::vector<std::pair<std::string, std::string>>{
           {"email", "CLAIRE.DUPONT@example.fr"}, {"phone", "+33 6 12 34 56 78"}}) {
    SCOPED_TRACE(field);
    nlohmann::json body = {{"last_name", "Autre"}, {field, value}};
    const auto result = manager_.post("/api/v1/contacts", body);
    ASSERT_EQ(result.status, 409) << result.body;
    const auto error = result.json()["error"];
    EXPECT_EQ(error["code"], "contact_duplicate");
    EXPECT_NE(error["message"].get<std::string>().find("fusionnez"), std::string::npos);
    ASSERT_EQ(error["duplicates"].size(), 1);
    EXPECT_EQ(error["duplicates"][0]["id"], first["id"]);
    EXPECT_EQ(error["duplicates"][0]["last_name"], "Dupont");
    EXPECT_EQ(error["duplicates"][0]["phone"], "+33612345678");
  }
  EXPECT_EQ(countRows("contacts"), 1);

  const auto twin =
      create({{"last_name", "Dupont"}, {"email", "claire.dupont@example.fr"}, {"allow_duplicate", true}});
  EXPECT_NE(twin["id"], first["id"]);
  // The same person's own channels are not a duplicate of herself.
  EXPECT_EQ(manager_.patch(pathOf(first), {{"city", "Paris"}, {"allow_duplicate", true}}).status, 200);
  EXPECT_EQ(manager_.patch(pathOf(first), {{"city", "Paris"}}).status, 409);  // the twin holds the email
}

TEST_F(ContactsTest, ConsentsAreRecordedWithTheirProof) {
  auto body = dupont();
  body["consent_email"] = true;
  const auto missing = manager_.post("/api/v1/contacts", body);
  ASSERT_EQ(missing.status, 422);
  EXPECT_TRUE(missing.json()["error"]["fields"].contains("consent_source"));
  EXPECT_TRUE(missing.json()["error"]["fields"].contains("consent_wording"));
  EXPECT_EQ(countRows("contacts"), 0);

  body["consent_sms"] = false;
  body["consent_source"] = "Formulaire agence";
  body["consent_wording"] = "J'accepte de recevoir des offres par e-mail.";
  const auto contact = create(body);
  EXPECT_TRUE(contact["consent_email"].get<bool>());
  EXPECT_FALSE(contact["consent_sms"].get<bool>());
  const auto rows = app_->database().query(
      "SELECT channel, granted, source, wording FROM consents WHERE contact_id = ? ORDER BY channel",
      {contact["id"].get<std::int64_t>()});
  ASSERT_EQ(rows.size(), 2);
  EXPECT_EQ(rows[0].text("channel"), "email");
  EXPECT_TRUE(rows[0].boolean("granted"));
  EXPECT_EQ(rows[0].text("wording"), "J'accepte de recevoir des offres par e-mail.");
  EXPECT_FALSE(rows[1].boolean("granted"));
}

TEST_F(ContactsTest, ScriptTagsAreStoredVerbatim) {
  const std::string script = "<script>alert('x')</script>";
  const auto contact = create({{"first_name", script}, {"last_name", "O'Brien & fils"}, {"notes", script}});
  const auto stored = manager_.get(pathOf(contact)).json();
  EXPECT_EQ(stored["first_name"], script);
  EXPECT_EQ(stored["last_name"], "O'Brien & fils");
  EXPECT_EQ(stored["notes"], script);
}

TEST_F(ContactsTest, PatchChangesTheGivenFieldsAndThePrimaryChannels) {
  auto contact = create(dupont());
  auto result = manager_.patch(pathOf(contact), {{"email", "claire@nouveau.fr"},
                                                 {"phones", {"07 81 22 33 44", "06 12 34 56 78"}},
                                                 {"city", nullptr},
                                                 {"roles", {"vendeur"}}});
  ASSERT_EQ(result.status, 200) << result.body;
  contact = result.json();
  EXPECT_EQ(contact["email"], "claire@nouveau.fr");
  EXPECT_EQ(contact["emails"].size(), 1);
  EXPECT_EQ(contact["phone"], "+33781223344");
  EXPECT_EQ(contact["phones"].size(), 2);
  EXPECT_TRUE(contact["city"].is_null());
  EXPECT_EQ(contact["last_name"], "Dupont");
  EXPECT_EQ(contact["roles"], nlohmann::json({"vendeur"}));

  result = manager_.patch(pathOf(contact), {{"phone", nullptr}});
  EXPECT_EQ(result.json()["phone"], "+33612345678");
  EXPECT_EQ(manager_.patch(pathOf(contact), {{"agent_id", 999999}}).status, 422);
  EXPECT_EQ(manager_.patch("/api/v1/contacts/999999", {{"city", "Paris"}}).status, 404);
}

TEST_F(ContactsTest, AnAgentsNewContactIsTheirsAndClientsHaveNoAccess) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto me = agent.get("/api/v1/auth/me").json()["user"]["id"];
  const auto contact = create(dupont(), &agent);
  EXPECT_EQ(contact["agent_id"], me);
  auto customer = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(customer.get(pathOf(contact)).status, 403);
  EXPECT_EQ(customer.post("/api/v1/contacts", dupont()).status, 403);
}

// The interface a capture (web form, phone call) uses: find duplicates, create or reuse, record the consent
// and the person's own contact.
TEST_F(ContactsTest, TheServiceOffersWhatACaptureNeeds) {
  const ContactService contacts(app_->database(), *clock_);
  const auto agency = agencyId();
  const auto first = create(dupont());
  const auto id = first["id"].get<std::int64_t>();
  EXPECT_EQ(contacts.findDuplicates(agency, std::string("claire.dupont@example.fr"), std::nullopt),
            std::vector<std::int64_t>{id});
  EXPECT_EQ(contacts.findDuplicates(agency, std::nullopt, std::string("+33612345678")),
            std::vector<std::int64_t>{id});
  EXPECT_TRUE(contacts.findDuplicates(agency, std::string("x@y.fr"), std::string("+33700000000")).empty());
  EXPECT_TRUE(
      contacts.findDuplicates(agency + 1000, std::string("claire.dupont@example.fr"), std::nullopt).empty());

  contacts.recordConsent(agency, id, "sms", true, "Formulaire du site", "J'accepte les SMS.", "203.0.113.7",
                         std::nullopt);
  const auto later = clock_->now() + 5000;
  contacts.touchInbound(agency, id, later);
  contacts.touchInbound(agency, id, later - 60000);  // an older message does not move it back
  const auto found = contacts.find(agency, id);
  ASSERT_TRUE(found);
  EXPECT_TRUE((*found)["consent_sms"].get<bool>());
  EXPECT_EQ(app_->database()
                .query("SELECT last_inbound_at FROM contacts WHERE id = ?", {id})
                .at(0)
                .integer("last_inbound_at"),
            later);
  EXPECT_EQ(app_->database().query("SELECT ip FROM consents WHERE contact_id = ?", {id}).at(0).text("ip"),
            "203.0.113.7");
  EXPECT_THROW(contacts.recordConsent(agency, id, "fax", true, "x", "y", std::nullopt, std::nullopt),
               ApiError);
  EXPECT_FALSE(contacts.find(agency + 1000, id));
}

TEST_F(ContactsTest, TheListSearchesNamesEmailsAndPhonesAndFilters) {
  const auto claire = create(dupont());
  const auto paul = create({{"first_name", "Paul"},
                            {"last_name", "Martin"},
                            {"email", "paul.martin@example.fr"},
                            {"phones", {"07 81 22 33 44", "+44 20 7946 0958"}},
                            {"roles", {"vendeur"}}});
  create({{"first_name", "Anne"}, {"last_name", "Durand"}, {"roles", {"locataire"}}});
  const auto ids = [&](const std::string& query) {
    const auto result = manager_.get("/api/v1/contacts?" + query);
    EXPECT_EQ(result.status, 200) << query << ": " << result.body;
    std::vector<std::int64_t> found;
    const auto body = result.json();
    for (const auto& item : body["items"]) found.push_back(item["id"]);
    return found;
  };
  const auto id = [](const nlohmann::json& contact) { return contact["id"].get<std::int64_t>(); };
  EXPECT_EQ(ids("q=dup").size(), 1);
  EXPECT_EQ(ids("q=dup")[0], id(claire));
  EXPECT_EQ(ids("q=claire%20dup"), std::vector<std::int64_t>{id(claire)});
  EXPECT_EQ(ids("q=paul.martin%40"), std::vector<std::int64_t>{id(paul)});
  EXPECT_EQ(ids("q=06%2012%2034"), std::vector<std::int64_t>{id(claire)});
  EXPECT_EQ(ids("q=%2B33612345678"), std::vector<std::int64_t>{id(claire)});
  EXPECT_EQ(ids("q=%2B44%2020"), std::vector<std::int64_t>{id(paul)});  // a second phone counts too
  EXPECT_EQ(ids("q=50%25").size(), 0);                                  // LIKE wildcards are text
  EXPECT_EQ(ids("role=vendeur"), std::vector<std::int64_t>{id(paul)});
  EXPECT_EQ(ids("role=bailleur"), std::vector<std::int64_t>{id(claire)});
  EXPECT_EQ(ids("sort=name").size(), 3);
  EXPECT_EQ(ids("sort=name")[0], id(claire));  // Dupont, Durand, Martin
  const auto page = manager_.get("/api/v1/contacts?per_page=2&page=2").json();
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["items"].size(), 1);
  for (const auto* query : {"role=pape", "sort=age", "agent_id=x", "page=0"}) {
    EXPECT_EQ(manager_.get(std::string("/api/v1/contacts?") + query).status, 400) << query;
  }
}

TEST_F(ContactsTest, DuplicatesAreListedAndMergingKeepsEveryInteraction) {
  const auto kept = create(dupont());
  const auto other = create({{"first_name", "Claire"},
                             {"last_name", "DUPONT-LEROY"},
                             {"email", "claire.dupont@example.fr"},
                             {"phone", "07 99 88 77 66"},
                             {"street", "8 quai Perrache"},
                             {"roles", {"vendeur"}},
                             {"notes", "Vend aussi un studio."},
                             {"allow_duplicate", true}});
  const auto kept_id = kept["id"].get<std::int64_t>();
  const auto other_id = other["id"].get<std::int64_t>();
  const auto duplicates = manager_.get(pathOf(kept) + "/duplicates").json()["items"];
  ASSERT_EQ(duplicates.size(), 1);
  EXPECT_EQ(duplicates[0]["id"], other_id);

  const auto lead = insertLead(other_id);
  for (const auto* summary : {"Premier appel", "Deuxième appel", "Visite"})
    insertInteraction(other_id, lead, summary);
  insertInteraction(kept_id, std::nullopt, "Note sur la fiche");
  app_->database().execute(
      "INSERT INTO tasks (agency_id, lead_id, contact_id, assigned_to, title, due_at, created_at) "
      "SELECT ?, ?, ?, id, 'Rappeler', ?, ? FROM users WHERE email = 'gestion@alpha.fr'",
      {agencyId(), lead, other_id, clock_->now(), clock_->now()});
  ASSERT_EQ(manager_
                .post(pathOf(other) + "/consents", {{"channel", "email"},
                                                    {"granted", true},
                                                    {"source", "Formulaire du site"},
                                                    {"wording", "J'accepte les offres."}})
                .status,
            201);
  const auto property = createProperty(manager_);
  ASSERT_EQ(manager_
                .send("PUT", "/api/v1/properties/" + std::to_string(property) + "/owners",
                      nlohmann::json{{"contact_ids", {other_id}}}.dump(), "application/json")
                .status,
            200);

  auto agent = loggedIn("agent@alpha.fr", "agent");
  EXPECT_EQ(agent.post(pathOf(kept) + "/merge", {{"other_id", other_id}}).status, 403);
  EXPECT_EQ(manager_.post(pathOf(kept) + "/merge", {{"other_id", kept_id}}).status, 422);
  EXPECT_EQ(manager_.post(pathOf(kept) + "/merge", {{"other_id", 999999}}).status, 422);
  const auto merged = manager_.post(pathOf(kept) + "/merge", {{"other_id", other_id}});
  ASSERT_EQ(merged.status, 200) << merged.body;
  const auto contact = merged.json();
  EXPECT_EQ(contact["last_name"], "Dupont");  // the survivor keeps its values
  EXPECT_EQ(contact["street"], "3 rue des Lilas");
  EXPECT_EQ(contact["roles"], nlohmann::json({"acquereur", "vendeur", "bailleur"}));
  EXPECT_EQ(contact["phones"].size(), 2);  // its own and the other's
  EXPECT_EQ(contact["emails"].size(), 1);  // the shared email once
  EXPECT_TRUE(contact["consent_email"].get<bool>());
  EXPECT_EQ(contact["notes"], "Cherche un T3 près d'un métro.\n\nVend aussi un studio.");

  EXPECT_EQ(countWhere("interactions", "contact_id = ?", kept_id), 4);
  EXPECT_EQ(countWhere("interactions", "contact_id = ?", other_id), 0);
  EXPECT_EQ(countWhere("leads", "contact_id = ?", kept_id), 1);
  EXPECT_EQ(countWhere("tasks", "contact_id = ?", kept_id), 1);
  EXPECT_EQ(countWhere("consents", "contact_id = ?", kept_id), 1);
  EXPECT_EQ(countWhere("property_owners", "contact_id = ?", kept_id), 1);
  EXPECT_EQ(countWhere("audit_log", "action = 'contact_merged' AND object_id = ?", kept_id), 1);

  const auto gone = manager_.get(pathOf(other));
  EXPECT_EQ(gone.status, 404);
  EXPECT_EQ(gone.json()["error"]["code"], "contact_merged");
  EXPECT_EQ(gone.json()["error"]["merged_into_id"], kept_id);
  EXPECT_EQ(manager_.get("/api/v1/contacts").json()["total"], 1);
  EXPECT_EQ(manager_.post(pathOf(kept) + "/merge", {{"other_id", other_id}}).status, 422);  // already merged
}

TEST_F(ContactsTest, TheExportHoldsEverythingHeldOnThePersonAsADownload) {
  auto body = dupont();
  body["consent_sms"] = true;
  body["consent_source"] = "Appel entrant";
  body["consent_wording"] = "Accepte les SMS.";
  const auto contact = create(body);
  const auto id = contact["id"].get<std::int64_t>();
  const auto lead = insertLead(id);
  app_->database().execute(
      "INSERT INTO lead_criteria (agency_id, lead_id, transaction_type, budget_max_cents, cities, "
      "created_at, "
      "updated_at) VALUES (?, ?, 'sale', 45000000, 'lyon', ?, ?)",
      {agencyId(), lead, clock_->now(), clock_->now()});
  insertInteraction(id, lead, "Appel entrant");
  const auto property = createProperty(manager_);
  manager_.send("PUT", "/api/v1/properties/" + std::to_string(property) + "/owners",
                nlohmann::json{{"contact_ids", {id}}}.dump(), "application/json");

  auto agent = loggedIn("agent@alpha.fr", "agent");
  EXPECT_EQ(agent.get(pathOf(contact) + "/export").status, 403);
  const auto result = manager_.get(pathOf(contact) + "/export");
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.header("Content-Disposition"),
            "attachment; filename=\"contact-" + std::to_string(id) + ".json\"; filename*=UTF-8''contact-" +
                std::to_string(id) + ".json");
  const auto exported = result.json();
  EXPECT_EQ(exported["contact"]["last_name"], "Dupont");
  EXPECT_EQ(exported["contacts"][0]["street"], "3 rue des Lilas");
  EXPECT_EQ(exported["channels"].size(), 2);
  EXPECT_EQ(exported["consents"][0]["wording"], "Accepte les SMS.");
  EXPECT_EQ(exported["leads"][0]["message"], "Je cherche un T3 à Lyon.");
  EXPECT_EQ(exported["lead_criteria"][0]["budget_max_cents"], 45000000);
  EXPECT_EQ(exported["interactions"][0]["summary"], "Appel entrant");
  EXPECT_EQ(exported["properties_owned"][0]["id"], property);
  EXPECT_EQ(exported["audit_log"][0]["action"], "contact_exported");
  EXPECT_EQ(countWhere("audit_log", "action = 'contact_exported' AND object_id = ?", id), 1);
}

TEST_F(ContactsTest, ErasureAnonymisesThePersonAndKeepsTheStatistics) {
  const auto contact = create(dupont());
  const auto id = contact["id"].get<std::int64_t>();
  const auto lead = insertLead(id, "converted");
  insertInteraction(id, lead, "Appel de Claire Dupont");

  EXPECT_EQ(
      loggedIn("agent@alpha.fr", "agent").post(pathOf(contact) + "/erase", nlohmann::json::object()).status,
      403);
  const auto result = manager_.post(pathOf(contact) + "/erase", nlohmann::json::object());
  ASSERT_EQ(result.status, 200) << result.body;
  const auto erased = result.json();
  EXPECT_EQ(erased["last_name"], "Anonyme");
  EXPECT_TRUE(erased["first_name"].is_null());
  EXPECT_TRUE(erased["email"].is_null());
  EXPECT_TRUE(erased["street"].is_null());
  EXPECT_TRUE(erased["notes"].is_null());
  EXPECT_TRUE(erased["phones"].empty());
  EXPECT_FALSE(erased["erased_at"].is_null());
  EXPECT_EQ(countWhere("contact_channels", "contact_id = ?", id), 0);
  const auto interaction =
      app_->database()
          .query("SELECT summary, body, type, occurred_at FROM interactions WHERE contact_id = ?", {id})
          .at(0);
  EXPECT_EQ(interaction.text("summary"), "Contenu effacé (RGPD)");
  EXPECT_TRUE(interaction.isNull("body"));
  EXPECT_EQ(interaction.text("type"), "call");
  const auto kept =
      app_->database().query("SELECT status, source, message FROM leads WHERE id = ?", {lead}).at(0);
  EXPECT_EQ(kept.text("status"), "converted");
  EXPECT_EQ(kept.text("source"), "website");
  EXPECT_TRUE(kept.isNull("message"));

  // Idempotent: the same answer, one audit row.
  const auto again = manager_.post(pathOf(contact) + "/erase", nlohmann::json::object());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json(), erased);
  EXPECT_EQ(countWhere("audit_log", "action = 'contact_erased' AND object_id = ?", id), 1);
  EXPECT_EQ(manager_.patch(pathOf(contact), {{"first_name", "Claire"}}).status, 409);
  EXPECT_EQ(manager_.get("/api/v1/contacts").json()["total"], 0);
  // A new contact with the same email is no longer a duplicate.
  create({{"email", "claire.dupont@example.fr"}});
}

TEST_F(ContactsTest, ConsentsAreGrantedAndWithdrawnWithTheirProof) {
  const auto contact = create(dupont());
  auto result =
      manager_.post(pathOf(contact) + "/consents", {{"channel", "fax"}, {"granted", true}, {"source", "x"}});
  EXPECT_EQ(result.status, 422);
  EXPECT_TRUE(result.json()["error"]["fields"].contains("channel"));
  result = manager_.post(pathOf(contact) + "/consents",
                         {{"channel", "sms"}, {"granted", true}, {"source", "Appel"}});
  EXPECT_EQ(result.status, 422);
  EXPECT_EQ(result.json()["error"]["fields"]["wording"],
            "Indiquez la preuve du consentement : sa source et le texte accepté.");
  EXPECT_EQ(countRows("consents"), 0);

  result = manager_.post(
      pathOf(contact) + "/consents",
      {{"channel", "sms"}, {"granted", true}, {"source", "Appel"}, {"wording", "Oui aux SMS."}});
  ASSERT_EQ(result.status, 201) << result.body;
  EXPECT_TRUE(result.json()["consent_sms"].get<bool>());
  clock_->advanceSeconds(60);
  result = manager_.post(pathOf(contact) + "/consents",
                         {{"channel", "sms"}, {"granted", false}, {"source", "STOP"}});
  EXPECT_FALSE(result.json()["consent_sms"].get<bool>());
  EXPECT_EQ(countRows("consents"), 2);

  const auto history = manager_.get(pathOf(contact)).json()["consents"];  // the contact page's proofs
  ASSERT_EQ(history.size(), 2u);
  EXPECT_FALSE(history[0]["granted"].get<bool>());
  EXPECT_EQ(history[0]["source"], "STOP");
  EXPECT_EQ(history[1]["wording"], "Oui aux SMS.");
}

// Owners are contacts: the property's agent (or a manager) sets them.
class ContactOwnersTest : public ContactsTest {};

TEST_F(ContactOwnersTest, APropertysOwnersAreContactsOfTheAgency) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  auto colleague = loggedIn("agent2@alpha.fr", "agent");
  const auto property = createProperty(agent);
  const auto path = "/api/v1/properties/" + std::to_string(property) + "/owners";
  const auto owner = create(dupont());
  const auto put = [&](ApiClient& as, const nlohmann::json& body) {
    return as.send("PUT", path, body.dump(), "application/json");
  };
  EXPECT_EQ(put(colleague, {{"contact_ids", {owner["id"]}}}).status, 403);
  EXPECT_EQ(put(agent, {{"contact_ids", {999999}}}).status, 422);
  EXPECT_EQ(put(agent, {{"contact_ids", "1"}}).status, 422);
  EXPECT_EQ(put(agent, nlohmann::json::object()).status, 422);
  auto result = put(agent, {{"contact_ids", {owner["id"], owner["id"]}}});
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.json()["contact_ids"], nlohmann::json({owner["id"]}));
  EXPECT_EQ(result.json()["items"][0]["last_name"], "Dupont");
  EXPECT_EQ(colleague.get(path).json()["contact_ids"].size(), 1);
  const auto owned = manager_.get(pathOf(owner)).json()["properties"];  // the contact page lists it
  ASSERT_EQ(owned.size(), 1u);
  EXPECT_EQ(owned[0]["id"], property);
  EXPECT_EQ(put(manager_, {{"contact_ids", nlohmann::json::array()}}).json()["contact_ids"].size(), 0);
  EXPECT_EQ(manager_.get("/api/v1/properties/999999/owners").status, 404);
}

TEST_F(ContactOwnersTest, TheOwnersTypedOnPropertiesBecomeContactsOnce) {
  const auto existing = create({{"last_name", "Lefèvre"}, {"email", "lefevre@example.fr"}});
  const auto first = createProperty(manager_);
  const auto second = createProperty(manager_);
  const auto third = createProperty(manager_);
  const auto& db = app_->database();
  const auto setOwner = [&](std::int64_t property, SqlValue name, SqlValue phone, SqlValue email) {
    db.execute("UPDATE properties SET owner_name = ?, owner_phone = ?, owner_email = ? WHERE id = ?",
               {std::move(name), std::move(phone), std::move(email), property});
  };
  setOwner(first, "Jean-Pierre Garnier", "06.12.34.56.78", "JP.Garnier@Example.fr");
  setOwner(second, "Mme Lefèvre", nullptr, "lefevre@example.fr");
  setOwner(third, "M. et Mme Roux", "pas de téléphone", nullptr);

  EXPECT_EQ(OwnerImport(db, *clock_).run(), 3);
  const auto owners = [&](std::int64_t property) {
    return manager_.get("/api/v1/properties/" + std::to_string(property) + "/owners").json()["items"];
  };
  const auto garnier = owners(first);
  ASSERT_EQ(garnier.size(), 1);
  EXPECT_EQ(garnier[0]["first_name"], "Jean-Pierre");
  EXPECT_EQ(garnier[0]["last_name"], "Garnier");
  EXPECT_EQ(garnier[0]["phone"], "+33612345678");
  EXPECT_EQ(garnier[0]["email"], "jp.garnier@example.fr");
  EXPECT_EQ(garnier[0]["roles"], nlohmann::json({"vendeur"}));
  EXPECT_EQ(owners(second)[0]["id"], existing["id"]);  // the known contact, not a copy
  const auto roux = owners(third);
  EXPECT_EQ(roux[0]["last_name"], "M. et Mme Roux");
  EXPECT_NE(roux[0]["notes"].get<std::string>().find("pas de téléphone"), std::string::npos);
  EXPECT_EQ(db.query("SELECT COUNT(*) AS n FROM properties WHERE owner_name IS NOT NULL").at(0).integer("n"),
            0);

  const auto contacts = countRows("contacts");
  EXPECT_EQ(OwnerImport(db, *clock_).run(), 0);
  EXPECT_EQ(countRows("contacts"), contacts);
}

class IsolationContactsTest : public ContactsTest {};

TEST_F(IsolationContactsTest, AnotherAgencysContactsAndOwnersAreNotFound) {
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  const auto theirs = create(dupont(), &beta);
  const auto their_property = createProperty(beta);
  const auto path = pathOf(theirs);
  const auto ours = create({{"last_name", "Martin"}});
  for (const auto& result :
       {manager_.get(path), manager_.patch(path, {{"city", "Pirate"}}), manager_.get(path + "/duplicates"),
        manager_.post(path + "/merge", {{"other_id", ours["id"]}}), manager_.get(path + "/export"),
        manager_.post(path + "/erase", nlohmann::json::object()),
        manager_.post(path + "/consents", {{"channel", "sms"}, {"granted", false}, {"source", "x"}}),
        manager_.get("/api/v1/properties/" + std::to_string(their_property) + "/owners")}) {
    EXPECT_EQ(result.status, 404) << result.body;
  }
  EXPECT_EQ(manager_.post(pathOf(ours) + "/merge", {{"other_id", theirs["id"]}}).status, 422);
  const auto property = createProperty(manager_);
  EXPECT_EQ(manager_
                .send("PUT", "/api/v1/properties/" + std::to_string(property) + "/owners",
                      nlohmann::json{{"contact_ids", {theirs["id"]}}}.dump(), "application/json")
                .status,
            422);
  // Same email in another agency: not a duplicate here.
  create({{"email", "claire.dupont@example.fr"}});
  EXPECT_EQ(manager_.get("/api/v1/contacts?q=dup").json()["total"], 0);
  const auto still = beta.get(path).json();
  EXPECT_EQ(still["city"], "Lyon");
  EXPECT_TRUE(still["erased_at"].is_null());
  EXPECT_EQ(countRows("audit_log"), 0);
}

// Every JSON endpoint of contacts, owners and tasks refuses bad bodies clearly and changes nothing.
class BadInputContactsTest : public ContactsTest {
 protected:
  std::string snapshot() const {
    std::string state;
    for (const auto* table :
         {"contacts", "contact_channels", "consents", "property_owners", "tasks", "audit_log"}) {
      state += std::string(table) + "=" + std::to_string(countRows(table)) + "\n";
    }
    for (const auto& row : app_->database().query("SELECT id, first_name, last_name, city, email, phone, "
                                                  "merged_into_id FROM contacts ORDER BY id")) {
      for (const auto* column : {"first_name", "last_name", "city", "email", "phone", "merged_into_id"}) {
        state += row.optionalText(column).value_or("-") + "|";
      }
      state += "\n";
    }
    for (const auto& row : app_->database().query("SELECT title, due_at, done_at FROM tasks ORDER BY id")) {
      state += row.text("title") + "|" + row.text("due_at") + "|" +
               row.optionalText("done_at").value_or("-") + "\n";
    }
    return state;
  }
};

TEST_F(BadInputContactsTest, EveryJsonEndpointRefusesBadBodiesAndChangesNothing) {
  const auto contact = create(dupont());
  const auto other = create({{"last_name", "Martin"}});
  const auto property = createProperty(manager_);
  const auto task =
      manager_.post("/api/v1/tasks", {{"title", "Rappeler"}, {"due_at", "2026-01-16T09:00:00Z"}}).json();
  struct Endpoint {
    std::string method;
    std::string path;
    std::vector<std::string> string_fields;
  };
  const std::vector<Endpoint> endpoints = {
      {"POST",
       "/api/v1/contacts",
       {"first_name", "last_name", "street", "postal_code", "city", "email", "phone"}},
      {"PATCH", pathOf(contact), {"first_name", "last_name", "city", "email", "phone"}},
      {"POST", pathOf(contact) + "/merge", {}},
      {"POST", pathOf(contact) + "/consents", {"channel", "source", "wording"}},
      {"PUT", "/api/v1/properties/" + std::to_string(property) + "/owners", {}},
      {"POST", "/api/v1/tasks", {"title"}},
      {"PATCH", "/api/v1/tasks/" + std::to_string(task["id"].get<std::int64_t>()), {"title"}},
  };
  const auto before = snapshot();
  for (const auto& endpoint : endpoints) {
    SCOPED_TRACE(endpoint.method + " " + endpoint.path);
    const auto send = [&](const std::string& body, const std::string& type = "application/json") {
      return manager_.send(endpoint.method, endpoint.path, body, type);
    };
    EXPECT_EQ(send(R"({"first_name": )").json()["error"]["code"], "malformed_json");
    EXPECT_EQ(send("[1, 2]").json()["error"]["code"], "json_object_expected");
    EXPECT_EQ(send("{\"last_name\": \"\xff\xfe\"}").status, 400);
    EXPECT_EQ(send("{\"last_name\": \"x\"}", "text/plain").status, 415);
    EXPECT_EQ(send(std::string(70 * 1024, ' ') + "{}").status, 413);
    for (const auto& field : endpoint.string_fields) {
      const auto wrong_type = send(nlohmann::json{{field, 42}}.dump());
      EXPECT_EQ(wrong_type.status, 422) << field;
      EXPECT_EQ(wrong_type.json()["error"]["fields"][field], "Ce champ doit être du texte.") << field;
      const auto too_long = send(nlohmann::json{{field, std::string(5000, '6')}}.dump());
      EXPECT_EQ(too_long.status, 422) << field;
      EXPECT_TRUE(too_long.json()["error"]["fields"].contains(field)) << field;
    }
  }
  for (const auto& [method, path, field] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"POST", "/api/v1/contacts", "last_name"},
           {"POST", pathOf(contact) + "/merge", "other_id"},
           {"POST", pathOf(contact) + "/consents", "channel"},
           {"PUT", "/api/v1/properties/" + std::to_string(property) + "/owners", "contact_ids"},
           {"POST", "/api/v1/tasks", "title"}}) {
    const auto empty = manager_.send(method, path, "{}", "application/json");
    EXPECT_EQ(empty.status, 422) << path;
    EXPECT_TRUE(empty.json()["error"]["fields"].contains(field)) << path << ": " << empty.body;
  }
  for (const auto& body : std::vector<nlohmann::json>{{{"roles", "vendeur"}},
                                                      {{"roles", {42}}},
                                                      {{"civility", "Dr"}},
                                                      {{"country", "France"}},
                                                      {{"preferred_language", "de"}},
                                                      {{"agent_id", "1"}},
                                                      {{"emails", "a@b.fr"}},
                                                      {{"phones", {"06 12 34 56 78", "nope"}}},
                                                      {{"consent_email", "yes"}},
                                                      {{"allow_duplicate", 1}}}) {
    auto full = body;
    full["last_name"] = "Nouveau";
    const auto result = manager_.post("/api/v1/contacts", full);
    EXPECT_EQ(result.status, 422) << body.dump();
    EXPECT_TRUE(result.json()["error"]["fields"].contains(body.begin().key())) << result.body;
  }
  EXPECT_EQ(manager_.post(pathOf(contact) + "/merge", {{"other_id", "2"}}).status, 422);
  EXPECT_EQ(manager_.post(pathOf(contact) + "/merge", {{"other_id", 1.5}}).status, 422);
  EXPECT_EQ(
      manager_.post(pathOf(contact) + "/consents", {{"channel", "sms"}, {"granted", "oui"}, {"source", "x"}})
          .status,
      422);
  EXPECT_EQ(manager_.post("/api/v1/tasks", {{"title", "X"}, {"due_at", "2026-01-16"}}).status, 422);
  EXPECT_EQ(manager_.get("/api/v1/contacts/abc").status, 404);
  EXPECT_EQ(manager_.get("/api/v1/tasks?lead_id=abc").status, 400);
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(manager_.get(pathOf(other)).status, 200);
}

}  // namespace
}  // namespace logis::testing
