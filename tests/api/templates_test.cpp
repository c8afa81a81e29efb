#include <Poco/URI.h>

#include <set>

#include "test_server.hpp"

namespace logis::testing {
namespace {

class TemplatesTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    agency_ = app_->database()
                  .query("SELECT agency_id FROM users WHERE email = 'gestion@alpha.fr'")
                  .at(0)
                  .integer("agency_id");
  }

  std::int64_t contact(const std::string& first, bool consent_email = true) {
    return app_->database().insert(
        "INSERT INTO contacts (agency_id, civility, first_name, last_name, email, phone, consent_email, "
        "created_at, updated_at) VALUES (?, 'Mme', ?, 'Martin', ?, '+33612345678', ?, 1, 1)",
        {agency_, first, first + "@example.fr", std::int64_t{consent_email}});
  }

  std::int64_t property() {
    auto created = manager_.post("/api/v1/properties", {{"transaction", "sale"},
                                                        {"type", "house"},
                                                        {"status", "available"},
                                                        {"title", "Maison <familiale> & jardin"},
                                                        {"price_cents", 35000000},
                                                        {"city", "Lyon"},
                                                        {"living_area_m2", 120.5},
                                                        {"rooms", 5}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json()["id"];
  }

  std::int64_t lead(std::int64_t contact_id, std::int64_t property_id) {
    return app_->database().insert(
        "INSERT INTO leads (agency_id, contact_id, source, status, property_id, message, created_at, "
        "updated_at, status_changed_at) VALUES (?, ?, 'website', 'new', ?, 'Est-il disponible ?', 1, 1, 1)",
        {agency_, contact_id, property_id});
  }

  nlohmann::json templateOf(const std::string& channel, const std::string& purpose) {
    const auto list = manager_.get("/api/v1/" + channel + "-templates?purpose=" + purpose).json();
    EXPECT_EQ(list["total"], 1) << list.dump();
    return list["items"][0];
  }

  std::string pathOf(const nlohmann::json& item) {
    return "/api/v1/" + item["channel"].get<std::string>() + "-templates/" +
           std::to_string(item["id"].get<std::int64_t>());
  }

  ApiClient manager_{0};
  std::int64_t agency_ = 0;
};

TEST_F(TemplatesTest, TheFrenchDefaultsAreCreatedOnceOnFirstList) {
  const auto emails = manager_.get("/api/v1/email-templates?per_page=100").json();
  EXPECT_EQ(emails["total"], 7);
  std::set<std::string> purposes;
  for (const auto& item : emails["items"]) {
    purposes.insert(item["purpose"]);
    EXPECT_TRUE(item["is_default"].get<bool>());
    EXPECT_FALSE(item["subject"].get<std::string>().empty());
  }
  EXPECT_EQ(purposes, (std::set<std::string>{"reply", "follow_up", "visit_confirmation", "visit_reminder",
                                             "visit_report", "new_property_alert", "price_drop_alert"}));
  EXPECT_EQ(manager_.get("/api/v1/sms-templates").json()["total"], 3);
  manager_.get("/api/v1/email-templates");
  EXPECT_EQ(countRows("message_templates"), 10);
  EXPECT_EQ(templateOf("email", "reply")["name"], "Réponse à une demande");
}

TEST_F(TemplatesTest, APreviewRendersRealRecordsWithValuesEscapedInHtml) {
  const auto house = property();
  const auto claire = contact("claire");
  const auto enquiry = lead(claire, house);
  const auto reply = templateOf("email", "reply");
  const auto preview = manager_.post(pathOf(reply) + "/preview", {{"lead_id", enquiry}});
  ASSERT_EQ(preview.status, 200) << preview.body;
  const auto body = preview.json();
  EXPECT_EQ(body["subject"], "Votre demande : Maison <familiale> & jardin – Agence Alpha");
  const auto html = body["body_html"].get<std::string>();
  EXPECT_NE(html.find("Bonjour Mme Martin,"), std::string::npos) << html;
  EXPECT_NE(html.find("Maison &lt;familiale&gt; &amp; jardin"), std::string::npos) << html;
  EXPECT_EQ(html.find("<familiale>"), std::string::npos);
  EXPECT_NE(html.find("350 000 €"), std::string::npos) << html;
  EXPECT_NE(html.find("120,5 m², 5 pièces"), std::string::npos) << html;
  const auto text = body["body_text"].get<std::string>();
  EXPECT_NE(text.find("Maison <familiale> & jardin"), std::string::npos) << text;
  EXPECT_EQ(text.find("<p>"), std::string::npos);
  EXPECT_NE(text.find("Agence Alpha"), std::string::npos) << text;
}

TEST_F(TemplatesTest, EditingADefaultChangesItsPreviewAndAnUnknownVariableIsRefusedByName) {
  const auto claire = contact("claire");
  const auto follow_up = templateOf("email", "follow_up");
  const auto refused = manager_.patch(
      pathOf(follow_up), {{"body", "<p>Bonjour {{contact.prenomm}}</p>"}, {"subject", "{{#bien}}Relance"}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  const auto fields = refused.json()["error"]["fields"];
  EXPECT_EQ(fields["body"], "Variable inconnue : {{contact.prenomm}}");
  EXPECT_NE(fields["subject"].get<std::string>().find("{{/bien}}"), std::string::npos) << fields.dump();
  EXPECT_EQ(manager_.get(pathOf(follow_up)).json()["body"], follow_up["body"]);

  const auto triple = manager_.patch(pathOf(follow_up), {{"body", "<p>{{{contact.prenom}}}</p>"}});
  EXPECT_EQ(triple.status, 422);
  EXPECT_NE(triple.json()["error"]["fields"]["body"].get<std::string>().find("{{contact.prenom}}"),
            std::string::npos);

  const auto saved = manager_.patch(pathOf(follow_up), {{"body", "<p>Bonjour {{contact.prenom}} !</p>"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto preview = manager_.post(pathOf(follow_up) + "/preview", {{"contact_id", claire}}).json();
  EXPECT_EQ(preview["body_html"], "<p>Bonjour claire !</p>");
  EXPECT_EQ(preview["body_text"], "Bonjour claire !");
}

TEST_F(TemplatesTest, ADraftPreviewsAVisitAndCountsSmsSegments) {
  const auto claire = contact("claire");
  auto draft = manager_.post("/api/v1/templates/preview-draft",
                             {{"channel", "sms"},
                              {"body",
                               "Rappel {{contact.prenom}} : visite le {{visite.date}} à {{visite.heure}}, "
                               "{{visite.lieu}} & co"},
                              {"contact_id", claire},
                              {"visit", {{"starts_at", "2026-03-03T13:30:00Z"}, {"place", "12 rue Neuve"}}}});
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.json()["body"], "Rappel claire : visite le mardi 3 mars 2026 à 14 h 30, 12 rue Neuve & co");
  EXPECT_EQ(draft.json()["length"]["encoding"], "gsm7");
  EXPECT_EQ(draft.json()["length"]["segments"], 1);

  const auto unknown =
      manager_.post("/api/v1/templates/preview-draft",
                    {{"channel", "email"}, {"subject", "{{bien.prixx}}"}, {"body", "<p>x</p>"}});
  ASSERT_EQ(unknown.status, 422);
  EXPECT_EQ(unknown.json()["error"]["fields"]["subject"], "Variable inconnue : {{bien.prixx}}");
}

TEST_F(TemplatesTest, CreatingArchivingAndRestoringATemplate) {
  const auto created = manager_.post(
      "/api/v1/sms-templates",
      {{"name", "Bienvenue"}, {"purpose", "custom"}, {"body", "Bienvenue chez {{agence.nom}}"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto item = created.json();
  EXPECT_FALSE(item["is_default"].get<bool>());
  EXPECT_FALSE(item.contains("subject"));
  EXPECT_EQ(manager_.del(pathOf(item)).status, 204);
  EXPECT_EQ(manager_.get("/api/v1/sms-templates?purpose=custom").json()["total"], 0);
  EXPECT_EQ(manager_.get("/api/v1/sms-templates?archived=true").json()["total"], 1);
  EXPECT_TRUE(manager_.get(pathOf(item)).json()["archived"].get<bool>());
  ASSERT_EQ(manager_.patch(pathOf(item), {{"archived", false}}).status, 200);
  EXPECT_EQ(manager_.get("/api/v1/sms-templates?purpose=custom").json()["total"], 1);
  // An SMS template is not an email template.
  EXPECT_EQ(manager_.get("/api/v1/email-templates/" + std::to_string(item["id"].get<std::int64_t>())).status,
            404);
}

TEST_F(TemplatesTest, BadInputIsRefusedFieldByFieldAndChangesNothing) {
  manager_.get("/api/v1/email-templates");
  const auto before = countRows("message_templates");
  const auto result = manager_.post("/api/v1/email-templates",
                                    {{"name", ""}, {"purpose", "spam"}, {"body", 12}, {"subject", nullptr}});
  ASSERT_EQ(result.status, 422) << result.body;
  const auto fields = result.json()["error"]["fields"];
  for (const auto* name : {"name", "purpose", "body", "subject"}) EXPECT_TRUE(fields.contains(name)) << name;
  EXPECT_EQ(manager_
                .post("/api/v1/sms-templates",
                      {{"name", "x"}, {"purpose", "custom"}, {"body", "x"}, {"subject", "Objet"}})
                .status,
            422);
  EXPECT_EQ(manager_.get("/api/v1/email-templates?archived=maybe").status, 400);
  EXPECT_EQ(countRows("message_templates"), before);
}

TEST_F(TemplatesTest, AgentsPreviewButOnlyManagersEditAndOtherAgenciesSeeNothing) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto reply = templateOf("email", "reply");
  EXPECT_EQ(agent.get(pathOf(reply)).status, 200);
  EXPECT_EQ(agent.patch(pathOf(reply), {{"name", "x"}}).status, 403);
  EXPECT_EQ(agent.del(pathOf(reply)).status, 403);
  EXPECT_EQ(agent.post(pathOf(reply) + "/preview", nlohmann::json::object()).status, 200);

  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  const auto claire = contact("claire");
  EXPECT_EQ(beta.get(pathOf(reply)).status, 404);
  EXPECT_EQ(beta.patch(pathOf(reply), {{"name", "Pirate"}}).status, 404);
  EXPECT_EQ(beta.del(pathOf(reply)).status, 404);
  const auto beta_reply = beta.get("/api/v1/email-templates?purpose=reply").json()["items"][0];
  EXPECT_EQ(beta.post(pathOf(beta_reply) + "/preview", {{"contact_id", claire}}).status, 404);
  EXPECT_EQ(beta.post("/api/v1/templates/preview-draft",
                      {{"channel", "sms"}, {"body", "x"}, {"contact_id", claire}})
                .status,
            404);
  EXPECT_EQ(manager_.get(pathOf(reply)).json()["name"], reply["name"]);
}

TEST_F(TemplatesTest, TheVariablesAreListedWithTheirDescriptions) {
  const auto variables = manager_.get("/api/v1/template-variables").json()["items"];
  ASSERT_GT(variables.size(), 25u);
  bool found = false;
  for (const auto& variable : variables) {
    if (variable["name"] == "bien.prix") {
      found = true;
      EXPECT_EQ(variable["tag"], "{{bien.prix}}");
      EXPECT_EQ(variable["group"], "bien");
      EXPECT_FALSE(variable["description"].get<std::string>().empty());
    }
  }
  EXPECT_TRUE(found);
}

class UnsubscribeTest : public TemplatesTest {
 protected:
  std::int64_t alert(std::int64_t contact_id, std::int64_t lead_id, std::int64_t property_id,
                     const std::string& reason = "new") {
    return app_->database().insert(
        "INSERT INTO property_alerts (agency_id, property_id, lead_id, contact_id, reason, score, status, "
        "created_at) VALUES (?, ?, ?, ?, ?, 90, 'pending', 1)",
        {agency_, property_id, lead_id, contact_id, reason});
  }

  std::string tokenIn(const std::string& url) {
    const auto at = url.find("?t=");
    EXPECT_NE(at, std::string::npos) << url;
    return url.substr(at + 3);
  }
};

TEST_F(UnsubscribeTest, AnAlertCarriesAWorkingLinkThatIsHonouredAtOnce) {
  const auto house = property();
  const auto claire = contact("claire");
  const auto enquiry = lead(claire, house);
  const auto first = alert(claire, enquiry, house);
  const auto second = alert(claire, enquiry, house, "price_drop");

  const auto message = app_->templates().alerts().render(first);
  ASSERT_TRUE(message);
  EXPECT_EQ(message->to, "claire@example.fr");
  EXPECT_EQ(message->subject, "Nouveau bien à Lyon : Maison <familiale> & jardin");
  EXPECT_TRUE(message->template_id.has_value());
  const auto header = message->list_unsubscribe.at("List-Unsubscribe");
  EXPECT_EQ(message->list_unsubscribe.at("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  const auto url = header.substr(1, header.size() - 2);
  // mstch escapes the link's slashes (&#x2F;), which the browser reads back as they were.
  EXPECT_NE(message->html.find(tokenIn(url) + "\">Ne plus recevoir ces alertes"), std::string::npos)
      << message->html;
  EXPECT_NE(message->text.find(url), std::string::npos) << message->text;
  EXPECT_NE(app_->templates().alerts().render(second)->subject.find("Baisse de prix"), std::string::npos);

  // The page asks to confirm and a GET changes nothing (mail scanners follow links).
  const auto path = url.substr(url.find("/desabonnement"));
  auto visitor = client();
  const auto page = visitor.get(path);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.header("content-type").find("text/html"), std::string::npos);
  EXPECT_NE(page.body.find("Confirmer le désabonnement"), std::string::npos);
  EXPECT_NE(page.body.find("Agence Alpha"), std::string::npos);
  EXPECT_EQ(countRows("consents"), 0);

  // The page's form posts the token.
  std::string encoded;
  Poco::URI::encode(tokenIn(url), "&=+", encoded);
  const auto done =
      visitor.send("POST", "/desabonnement", "t=" + encoded, "application/x-www-form-urlencoded");
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_NE(done.body.find("désabonné"), std::string::npos);
  const auto consent =
      app_->database().query("SELECT channel, granted, source FROM consents WHERE contact_id = ?", {claire});
  ASSERT_EQ(consent.size(), 1u);
  EXPECT_EQ(consent[0].text("channel"), "email");
  EXPECT_EQ(consent[0].integer("granted"), 0);
  EXPECT_EQ(app_->database()
                .query("SELECT consent_email FROM contacts WHERE id = ?", {claire})
                .at(0)
                .integer("consent_email"),
            0);
  EXPECT_EQ(app_->database()
                .query("SELECT COUNT(*) AS n FROM property_alerts WHERE status = 'pending'")
                .at(0)
                .integer("n"),
            0);
  EXPECT_FALSE(app_->templates().alerts().render(first));

  // Again, through the API: nothing more is recorded.
  const auto again = visitor.post("/api/v1/public/unsubscribe", {{"token", tokenIn(url)}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()["channel"], "email");
  EXPECT_EQ(countRows("consents"), 1);
}

TEST_F(UnsubscribeTest, TheOneClickPostOfAMailClientUnsubscribes) {
  const auto claire = contact("claire");
  const auto url = app_->templates().unsubscribeLinks().url({agency_, claire, "email"});
  const auto result = client().send("POST", url.substr(url.find("/desabonnement")),
                                    "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(app_->database()
                .query("SELECT consent_email FROM contacts WHERE id = ?", {claire})
                .at(0)
                .integer("consent_email"),
            0);
}

TEST_F(UnsubscribeTest, AForgedOrBrokenTokenIsRefusedAndChangesNothing) {
  const auto claire = contact("claire");
  const auto other = contact("marc");
  const auto token = tokenIn(app_->templates().unsubscribeLinks().url({agency_, claire, "email"}));
  const auto forged = tokenIn(app_->templates().unsubscribeLinks().url({agency_, other, "email"}));
  const auto spliced = forged.substr(0, forged.find('.')) + token.substr(token.find('.'));
  auto visitor = client();
  for (const auto& bad : {spliced, token.substr(0, token.size() - 3), std::string("n'importe quoi")}) {
    const auto api = visitor.post("/api/v1/public/unsubscribe", {{"token", bad}});
    EXPECT_EQ(api.status, 400) << bad;
    EXPECT_EQ(api.json()["error"]["code"], "unsubscribe_invalid");
    EXPECT_EQ(visitor.get("/desabonnement?t=" + bad.substr(0, 10)).status, 400);
  }
  EXPECT_EQ(visitor.post("/api/v1/public/unsubscribe", nlohmann::json::object()).status, 422);
  EXPECT_EQ(countRows("consents"), 0);
  EXPECT_EQ(app_->database().query("SELECT SUM(consent_email) AS n FROM contacts").at(0).integer("n"), 2);
}

}  // namespace
}  // namespace logis::testing
