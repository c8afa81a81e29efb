#include "jobs/job_runner.hpp"
#include "mail_rig.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

nlohmann::json smtpAccount(std::uint16_t port = 587) {
  return {{"kind", "smtp"},
          {"host", "127.0.0.1"},
          {"port", port},
          {"security", "none"},
          {"username", "agence"},
          {"password", "s3cret-smtp-password"},
          {"from_name", "Agence Alpha"},
          {"from_email", "contact@alpha.fr"}};
}

std::string pathOf(const nlohmann::json& account) {
  return "/api/v1/mail-accounts/" + std::to_string(account["id"].get<std::int64_t>());
}

class MailAccountsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    admin_ = loggedIn("admin@alpha.fr", "admin");
  }

  nlohmann::json create(ApiClient& as, const nlohmann::json& body) {
    const auto result = as.post("/api/v1/mail-accounts", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  ApiClient admin_{0};
};

TEST_F(MailAccountsTest, CrudKeepsThePasswordSealedAndNeverAnswersIt) {
  const auto created = admin_.post("/api/v1/mail-accounts", smtpAccount());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto account = created.json();
  EXPECT_EQ(account["kind"], "smtp");
  EXPECT_EQ(account["port"], 587);
  EXPECT_EQ(account["from_name"], "Agence Alpha");
  EXPECT_TRUE(account["user_id"].is_null());
  EXPECT_TRUE(account["has_password"].get<bool>());
  EXPECT_FALSE(account.contains("password"));
  EXPECT_EQ(created.body.find("s3cret-smtp-password"), std::string::npos);
  const auto stored =
      app_->database().query("SELECT password_sealed FROM mail_accounts").at(0).text("password_sealed");
  EXPECT_EQ(stored.find("s3cret"), std::string::npos);

  const auto listed = admin_.get("/api/v1/mail-accounts");
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.json()["items"].size(), 1u);
  EXPECT_EQ(listed.body.find("s3cret"), std::string::npos);

  const auto patched = admin_.patch(pathOf(account), {{"port", 2525}, {"password", nullptr}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["port"], 2525);
  EXPECT_FALSE(patched.json()["has_password"].get<bool>());

  EXPECT_EQ(admin_.del(pathOf(account)).status, 204);
  EXPECT_EQ(admin_.get("/api/v1/mail-accounts").json()["items"].size(), 0u);
  EXPECT_EQ(admin_.del(pathOf(account)).status, 404);
}

TEST_F(MailAccountsTest, DefaultsFollowTheKindAndSecurity) {
  const auto imap = create(admin_, {{"kind", "imap"},
                                    {"host", "imap.alpha.fr"},
                                    {"security", "tls"},
                                    {"username", "boite"},
                                    {"password", "x"},
                                    {"create_leads", true}});
  EXPECT_EQ(imap["port"], 993);
  EXPECT_EQ(imap["folder"], "INBOX");
  EXPECT_TRUE(imap["create_leads"].get<bool>());
  EXPECT_FALSE(imap["mark_seen"].get<bool>());
  const auto smtp =
      create(admin_, {{"kind", "smtp"}, {"host", "smtp.alpha.fr"}, {"from_email", "a@alpha.fr"}});
  EXPECT_EQ(smtp["security"], "starttls");
  EXPECT_EQ(smtp["port"], 587);
}

TEST_F(MailAccountsTest, BadInputIsNamedInFrenchAndChangesNothing) {
  auto body = smtpAccount();
  body["kind"] = "pop3";
  body["port"] = 70000;
  body["security"] = "ssl";
  body["from_email"] = "pas-une-adresse";
  const auto result = admin_.post("/api/v1/mail-accounts", body);
  ASSERT_EQ(result.status, 422) << result.body;
  const auto fields = result.json()["error"]["fields"];
  EXPECT_EQ(fields["kind"], "Valeur inconnue : choisissez parmi smtp, imap.");
  EXPECT_EQ(fields["port"], "La valeur doit être comprise entre 1 et 65535.");
  EXPECT_EQ(fields["security"], "Valeur inconnue : choisissez parmi none, starttls, tls.");
  EXPECT_EQ(fields["from_email"], "Adresse e-mail invalide (exemple : nom@agence.fr).");

  const auto missing = admin_.post("/api/v1/mail-accounts", {{"kind", "smtp"}});
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json()["error"]["fields"]["host"], "Ce champ est obligatoire.");

  const auto no_sender = admin_.post("/api/v1/mail-accounts", {{"kind", "smtp"}, {"host", "smtp.alpha.fr"}});
  ASSERT_EQ(no_sender.status, 422);
  EXPECT_EQ(no_sender.json()["error"]["fields"]["from_email"], "Ce champ est obligatoire.");
  EXPECT_EQ(countRows("mail_accounts"), 0);
}

TEST_F(MailAccountsTest, WrongTypesAreNamedAndMalformedBodiesRefused) {
  const auto result = admin_.post("/api/v1/mail-accounts", {{"kind", "smtp"},
                                                            {"host", 42},
                                                            {"port", "587"},
                                                            {"from_email", "a@alpha.fr"},
                                                            {"mark_seen", "oui"},
                                                            {"password", std::string(600, 'p')}});
  ASSERT_EQ(result.status, 422) << result.body;
  const auto fields = result.json()["error"]["fields"];
  EXPECT_EQ(fields["host"], "Ce champ doit être du texte.");
  EXPECT_EQ(fields["port"], "Ce champ doit être un nombre entier.");
  EXPECT_EQ(fields["mark_seen"], "Ce champ doit valoir vrai ou faux.");
  EXPECT_EQ(fields["password"], "Ce champ dépasse 500 caractères.");
  EXPECT_EQ(admin_.send("POST", "/api/v1/mail-accounts", R"({"kind": )", "application/json").status, 400);
  EXPECT_EQ(admin_.send("POST", "/api/v1/mail-accounts", "[1]", "application/json").status, 400);
  EXPECT_EQ(countRows("mail_accounts"), 0);
}

TEST_F(MailAccountsTest, ALineBreakInANameOrAddressIsRefusedWith400) {
  for (const auto* field : {"from_name", "from_email", "host", "username"}) {
    auto body = smtpAccount();
    body[field] = std::string("x\r\nBcc: victime@example.com");
    const auto result = admin_.post("/api/v1/mail-accounts", body);
    ASSERT_EQ(result.status, 400) << field << result.body;
    EXPECT_EQ(result.json()["error"]["fields"][field], "Ce champ ne doit pas contenir de retour à la ligne.");
  }
  EXPECT_EQ(countRows("mail_accounts"), 0);
}

TEST_F(MailAccountsTest, AnAgentManagesOnlyTheirOwnAccounts) {
  const auto agency_account = create(admin_, smtpAccount());
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto other = makeUser("autre@alpha.fr", "agent");

  auto own = agent.post("/api/v1/mail-accounts", smtpAccount());
  ASSERT_EQ(own.status, 201) << own.body;
  const auto agent_id =
      app_->database().query("SELECT id FROM users WHERE email = 'agent@alpha.fr'").at(0).integer("id");
  EXPECT_EQ(own.json()["user_id"], agent_id);

  const auto listed = agent.get("/api/v1/mail-accounts").json()["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["id"], own.json()["id"]);
  EXPECT_EQ(admin_.get("/api/v1/mail-accounts").json()["items"].size(), 2u);

  EXPECT_EQ(agent.patch(pathOf(agency_account), {{"host", "pirate.example"}}).status, 404);
  EXPECT_EQ(agent.del(pathOf(agency_account)).status, 404);
  EXPECT_EQ(agent.post(pathOf(agency_account) + "/test", nlohmann::json::object()).status, 404);
  auto for_other = smtpAccount();
  for_other["user_id"] = other.id;
  EXPECT_EQ(agent.post("/api/v1/mail-accounts", for_other).status, 403);
  EXPECT_EQ(agent.patch(pathOf(own.json()), {{"user_id", nullptr}}).status, 403);
  EXPECT_EQ(countRows("mail_accounts"), 2);
  EXPECT_EQ(app_->database().query("SELECT host FROM mail_accounts WHERE user_id IS NULL").at(0).text("host"),
            "127.0.0.1");

  auto client_user = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(client_user.get("/api/v1/mail-accounts").status, 403);
}

TEST_F(MailAccountsTest, AnotherAgencysAccountIsNotFound) {
  const auto alpha_account = create(admin_, smtpAccount());
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  EXPECT_EQ(beta.patch(pathOf(alpha_account), {{"host", "pirate.example"}}).status, 404);
  EXPECT_EQ(beta.del(pathOf(alpha_account)).status, 404);
  EXPECT_EQ(beta.post(pathOf(alpha_account) + "/test", nlohmann::json::object()).status, 404);
  EXPECT_EQ(beta.get("/api/v1/mail-accounts").json()["items"].size(), 0u);
  auto body = smtpAccount();
  body["user_id"] = makeUser("agent@alpha.fr", "agent").id;
  const auto foreign_user = beta.post("/api/v1/mail-accounts", body);
  EXPECT_EQ(foreign_user.status, 422);
  EXPECT_EQ(admin_.get("/api/v1/mail-accounts").json()["items"][0]["host"], "127.0.0.1");
}

TEST_F(MailAccountsTest, TheTestButtonConnectsToTheRealServerOrAnswersItsError) {
  const auto& rig = mailRig();
  auto body = smtpAccount(rig.smtp_port);
  body.erase("username");
  body.erase("password");
  const auto working = create(admin_, body);
  const auto ok = admin_.post(pathOf(working) + "/test", nlohmann::json::object());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_TRUE(ok.json()["ok"].get<bool>()) << ok.body;

  body["port"] = 1;  // nothing listens there
  const auto broken = create(admin_, body);
  const auto refused = admin_.post(pathOf(broken) + "/test", nlohmann::json::object());
  ASSERT_EQ(refused.status, 200);
  EXPECT_FALSE(refused.json()["ok"].get<bool>());
  EXPECT_FALSE(refused.json()["answer"].get<std::string>().empty());
}

// « Relever maintenant »: the worker polls the mailbox at once instead of at its next two-minute slot.
TEST_F(MailAccountsTest, AMailboxIsPolledOnAskingAndOnlyAnEnabledImapOne) {
  const auto& rig = mailRig();
  const auto mailbox = create(admin_, {{"kind", "imap"},
                                       {"host", "127.0.0.1"},
                                       {"port", rig.imap_port},
                                       {"security", "none"},
                                       {"username", rig.imap_user},
                                       {"password", rig.imap_password}});
  const auto asked = admin_.post(pathOf(mailbox) + "/poll", nlohmann::json::object());
  ASSERT_EQ(asked.status, 202) << asked.body;
  EXPECT_GT(asked.json()["job_id"].get<std::int64_t>(), 0);
  EXPECT_EQ(jobs::JobRunner(app_->database(), *clock_, app_->jobRegistry(), "w1").runDue(), 1);
  const auto polled = admin_.get("/api/v1/mail-accounts").json()["items"][0];
  EXPECT_FALSE(polled["last_polled_at"].is_null()) << polled;
  EXPECT_TRUE(polled["last_error"].is_null()) << polled;

  const auto outgoing = create(admin_, smtpAccount(rig.smtp_port));
  const auto disabled = admin_.patch(pathOf(mailbox), {{"enabled", false}});
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  for (const auto& account : {outgoing, mailbox}) {
    const auto refused = admin_.post(pathOf(account) + "/poll", nlohmann::json::object());
    EXPECT_EQ(refused.status, 409) << refused.body;
    EXPECT_EQ(refused.json()["error"]["message"], "Seule une boîte de réception (IMAP) active peut être relevée.");
  }
  auto stranger = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  EXPECT_EQ(stranger.post(pathOf(outgoing) + "/poll", nlohmann::json::object()).status, 404);
  EXPECT_EQ(countRows("jobs"), 1);
}

}  // namespace
}  // namespace logis::testing
