#include <thread>

#include "jobs/job_runner.hpp"
#include "mail/mime_parser.hpp"
#include "mail/smtp_sender.hpp"
#include "mail_rig.hpp"
#include "pdf_support.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

class EmailsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    admin_ = loggedIn("admin@alpha.fr", "admin");
    agent_ = loggedIn("agent@alpha.fr", "agent");
    const auto contact = agent_.post(
        "/api/v1/contacts",
        {{"first_name", "Claire"}, {"last_name", "Dupont"}, {"email", "claire.dupont@example.fr"}});
    ASSERT_EQ(contact.status, 201) << contact.body;
    contact_id_ = contact.json()["id"].get<std::int64_t>();
  }

  // The agency's smtp account on the rig's aiosmtpd.
  nlohmann::json addAgencyAccount() {
    const auto result = admin_.post("/api/v1/mail-accounts", {{"kind", "smtp"},
                                                              {"host", "127.0.0.1"},
                                                              {"port", mailRig().smtp_port},
                                                              {"security", "none"},
                                                              {"from_name", "Agence Alpha Immobilier"},
                                                              {"from_email", "contact@alpha-immo.fr"}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  nlohmann::json queue(nlohmann::json body) {
    const auto result = agent_.post("/api/v1/emails", body);
    EXPECT_EQ(result.status, 202) << result.body;
    return result.json();
  }

  nlohmann::json email(const nlohmann::json& queued) {
    return agent_.get("/api/v1/emails/" + std::to_string(queued["id"].get<std::int64_t>())).json();
  }

  nlohmann::json timelineEntry(const nlohmann::json& queued) {
    const auto timeline =
        agent_.get("/api/v1/contacts/" + std::to_string(contact_id_) + "/interactions").json();
    for (const auto& item : timeline["items"])
      if (item["meta"].is_object() && item["meta"]["email_id"] == queued["id"]) return item;
    return nullptr;
  }

  void deliver(const nlohmann::json& queued) {
    app_->emailOutbox().deliver(queued["id"].get<std::int64_t>());
  }

  nlohmann::json visitEmail(const std::string& subject) {
    return {{"contact_id", contact_id_},
            {"subject", subject},
            {"body_html", "<p>Bonjour Claire,</p><p>La visite est confirmée &amp; le café offert.</p>"}};
  }

  // A property of `as`'s agency: its JSON.
  nlohmann::json addProperty(ApiClient& as) {
    const auto result = as.post("/api/v1/properties", {{"transaction", "sale"},
                                                       {"type", "apartment"},
                                                       {"title", "T3 lumineux"},
                                                       {"price_cents", 35000000},
                                                       {"city", "Lyon"}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  ApiClient admin_{0};
  ApiClient agent_{0};
  std::int64_t contact_id_ = 0;
};

TEST_F(EmailsTest, WithoutAnAccountSendingIsRefusedWithAnExplanation) {
  const auto result = agent_.post("/api/v1/emails", visitEmail("Visite"));
  ASSERT_EQ(result.status, 409) << result.body;
  EXPECT_NE(result.json()["error"]["message"].get<std::string>().find("Messagerie"), std::string::npos);
  EXPECT_EQ(countRows("email_messages"), 0);
}

TEST_F(EmailsTest, AQueuedEmailIsOnTheTimelineAndArrivesWithItsHeaders) {
  const auto& rig = mailRig();
  addAgencyAccount();
  const auto queued = queue(visitEmail("Confirmation de votre visite — 12 rue Mercière"));
  EXPECT_EQ(queued["state"], "queued");
  EXPECT_EQ(queued["to"], nlohmann::json::array({"claire.dupont@example.fr"}));
  EXPECT_EQ(queued["thread_id"], queued["id"]);
  const auto message_id = queued["message_id"].get<std::string>();
  EXPECT_TRUE(message_id.ends_with("@alpha-immo.fr>")) << message_id;
  EXPECT_EQ(queued["body_text"], "Bonjour Claire,\nLa visite est confirmée & le café offert.");
  auto entry = timelineEntry(queued);
  ASSERT_TRUE(entry.is_object());
  EXPECT_EQ(entry["type"], "email");
  EXPECT_EQ(entry["direction"], "out");
  EXPECT_EQ(entry["summary"], "Confirmation de votre visite — 12 rue Mercière");
  EXPECT_EQ(entry["meta"]["state"], "queued");

  deliver(queued);
  const auto sent = email(queued);
  EXPECT_EQ(sent["state"], "sent");
  EXPECT_FALSE(sent["sent_at"].is_null());
  EXPECT_EQ(timelineEntry(queued)["meta"]["state"], "sent");

  const auto arrived = rig.waitForMessages(message_id);
  ASSERT_EQ(arrived.size(), 1u);
  const auto& raw = arrived[0];
  EXPECT_NE(raw.find("Message-Id: " + message_id), std::string::npos) << raw;
  EXPECT_NE(raw.find("Bonjour Claire,\nLa visite est confirm=C3=A9e"), std::string::npos) << raw;
  EXPECT_NE(raw.find("From: \"Agence Alpha Immobilier\" <contact@alpha-immo.fr>"), std::string::npos) << raw;
  EXPECT_NE(raw.find("To: claire.dupont@example.fr"), std::string::npos) << raw;
  EXPECT_NE(raw.find("Subject: =?"), std::string::npos) << raw;  // encoded words
  EXPECT_NE(raw.find("multipart/alternative"), std::string::npos) << raw;
  EXPECT_NE(raw.find("text/plain"), std::string::npos) << raw;
  EXPECT_NE(raw.find("text/html"), std::string::npos) << raw;

  deliver(queued);  // already sent: nothing more goes out
  EXPECT_EQ(rig.waitForMessages(message_id, 2, 1).size(), 1u);
}

TEST_F(EmailsTest, AReplyIsThreadedOnTheFirstMessage) {
  const auto& rig = mailRig();
  addAgencyAccount();
  const auto first = queue(visitEmail("Votre recherche"));
  auto reply_body = visitEmail("Re: Votre recherche");
  reply_body["in_reply_to_email_id"] = first["id"];
  const auto reply = queue(reply_body);
  EXPECT_EQ(reply["thread_id"], first["id"]);
  EXPECT_EQ(reply["in_reply_to"], first["message_id"]);
  EXPECT_EQ(reply["references"], first["message_id"]);
  deliver(reply);
  const auto arrived = rig.waitForMessages(reply["message_id"].get<std::string>());
  ASSERT_EQ(arrived.size(), 1u);
  EXPECT_NE(arrived[0].find("In-Reply-To: " + first["message_id"].get<std::string>()), std::string::npos)
      << arrived[0];
  EXPECT_NE(arrived[0].find("References: " + first["message_id"].get<std::string>()), std::string::npos);
}

TEST_F(EmailsTest, AStoppedServerFailsWithItsErrorAndTheRetrySendsExactlyOnce) {
  const auto& rig = mailRig();
  const auto account = addAgencyAccount();
  const auto account_path = "/api/v1/mail-accounts/" + std::to_string(account["id"].get<std::int64_t>());
  ASSERT_EQ(admin_.patch(account_path, {{"port", 1}}).status, 200);  // the server is down
  const auto queued = queue(visitEmail("Relance"));
  EXPECT_THROW(deliver(queued), SmtpError);
  const auto failed = email(queued);
  EXPECT_EQ(failed["state"], "failed");
  EXPECT_FALSE(failed["server_answer"].get<std::string>().empty());
  const auto entry = timelineEntry(queued);
  EXPECT_EQ(entry["meta"]["state"], "failed");
  EXPECT_EQ(entry["meta"]["server_answer"], failed["server_answer"]);

  ASSERT_EQ(admin_.patch(account_path, {{"port", rig.smtp_port}}).status, 200);  // back up
  deliver(queued);
  deliver(queued);
  EXPECT_EQ(email(queued)["state"], "sent");
  EXPECT_TRUE(email(queued)["server_answer"].is_null());
  EXPECT_EQ(rig.waitForMessages(queued["message_id"].get<std::string>(), 2, 1).size(), 1u);
}

TEST_F(EmailsTest, TwoConcurrentDeliveriesSendOnce) {
  const auto& rig = mailRig();
  addAgencyAccount();
  const auto queued = queue(visitEmail("Nouveau bien"));
  std::thread first([&] { deliver(queued); });
  std::thread second([&] { deliver(queued); });
  first.join();
  second.join();
  EXPECT_EQ(email(queued)["state"], "sent");
  EXPECT_EQ(rig.waitForMessages(queued["message_id"].get<std::string>(), 2, 1).size(), 1u);
}

// A worker claimed the email and died before sending it: once the job's lock has passed, the retried job
// sends it (at least once rather than never); before that, another delivery may still be under way.
TEST_F(EmailsTest, ADeliveryCutOffMidSendIsTakenUpAgainOnceTheJobLockHasPassed) {
  const auto& rig = mailRig();
  addAgencyAccount();
  const auto queued = queue(visitEmail("Relance"));
  app_->database().execute("UPDATE email_messages SET state = 'sending', claimed_at = ? WHERE id = ?",
                           {clock_->now(), queued["id"].get<std::int64_t>()});
  deliver(queued);
  EXPECT_EQ(email(queued)["state"], "sending");
  clock_->advanceSeconds(std::chrono::seconds(jobs::kJobLock).count() + 1);
  deliver(queued);
  EXPECT_EQ(email(queued)["state"], "sent");
  EXPECT_EQ(rig.waitForMessages(queued["message_id"].get<std::string>(), 2, 1).size(), 1u);
}

TEST_F(EmailsTest, HeaderInjectionIsRefusedAndNothingIsStored) {
  addAgencyAccount();
  for (const auto* field : {"subject", "to", "reply_to"}) {
    auto body = visitEmail("Visite");
    body[field] = std::string("claire@example.fr\r\nBcc: victime@example.com");
    const auto result = agent_.post("/api/v1/emails", body);
    ASSERT_EQ(result.status, 400) << field << result.body;
    EXPECT_EQ(result.json()["error"]["fields"][field], "Ce champ ne doit pas contenir de retour à la ligne.");
  }
  EXPECT_EQ(countRows("email_messages"), 0);
  EXPECT_EQ(countRows("interactions"), 0);
}

TEST_F(EmailsTest, BadInputIsNamedInFrench) {
  addAgencyAccount();
  const auto empty = agent_.post("/api/v1/emails", {{"contact_id", contact_id_}});
  ASSERT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(empty.json()["error"]["fields"]["subject"], "Ce champ est obligatoire.");
  EXPECT_EQ(empty.json()["error"]["fields"]["body_text"], "Écrivez le texte du message (texte ou HTML).");
  const auto nobody = agent_.post("/api/v1/emails", {{"subject", "x"}, {"body_text", "y"}});
  EXPECT_EQ(nobody.json()["error"]["fields"]["to"], "Indiquez un contact ou une adresse e-mail.");
  const auto wrong = agent_.post("/api/v1/emails", {{"to", "pas-une-adresse"},
                                                    {"subject", "x"},
                                                    {"body_text", "y"},
                                                    {"lead_id", 999999},
                                                    {"template_id", 3}});
  ASSERT_EQ(wrong.status, 422);
  const auto fields = wrong.json()["error"]["fields"];
  EXPECT_EQ(fields["to"], "Adresse e-mail invalide (exemple : nom@agence.fr).");
  EXPECT_EQ(fields["lead_id"], "Cette demande n'existe pas.");
  EXPECT_TRUE(fields.contains("template_id"));
  EXPECT_EQ(countRows("email_messages"), 0);
}

TEST_F(EmailsTest, AnAddressOfAKnownContactLandsOnTheirTimeline) {
  addAgencyAccount();
  const auto queued =
      queue({{"to", "Claire.Dupont@example.fr"}, {"subject", "Bonjour"}, {"body_text", "Texte"}});
  EXPECT_EQ(queued["contact_id"], contact_id_);
  EXPECT_TRUE(timelineEntry(queued).is_object());
  const auto stranger =
      queue({{"to", "inconnu@example.org"}, {"subject", "Bonjour"}, {"body_text", "Texte"}});
  EXPECT_TRUE(stranger["contact_id"].is_null());
  EXPECT_TRUE(stranger["interaction_id"].is_null());
}

TEST_F(EmailsTest, AnAgentsOwnAccountIsPreferredToTheAgencys) {
  addAgencyAccount();
  const auto own = agent_.post("/api/v1/mail-accounts", {{"kind", "smtp"},
                                                         {"host", "127.0.0.1"},
                                                         {"port", mailRig().smtp_port},
                                                         {"security", "none"},
                                                         {"from_name", "Julie Agent"},
                                                         {"from_email", "julie@alpha-immo.fr"}});
  ASSERT_EQ(own.status, 201);
  EXPECT_EQ(queue(visitEmail("Visite"))["from_email"], "julie@alpha-immo.fr");
  EXPECT_EQ(admin_.post("/api/v1/emails", visitEmail("Visite")).json()["from_email"],
            "contact@alpha-immo.fr");
}

TEST_F(EmailsTest, AnotherAgencysEmailAndContactAreNotFound) {
  addAgencyAccount();
  const auto queued = queue(visitEmail("Visite"));
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  EXPECT_EQ(beta.get("/api/v1/emails/" + std::to_string(queued["id"].get<std::int64_t>())).status, 404);
  ASSERT_EQ(beta.post("/api/v1/mail-accounts",
                      {{"kind", "smtp"}, {"host", "127.0.0.1"}, {"from_email", "b@beta.fr"}})
                .status,
            201);
  const auto foreign = beta.post("/api/v1/emails", visitEmail("Visite"));
  ASSERT_EQ(foreign.status, 422) << foreign.body;
  EXPECT_EQ(foreign.json()["error"]["fields"]["contact_id"], "Ce contact n'existe pas.");
  auto reply = visitEmail("Re");
  reply.erase("contact_id");
  reply["to"] = "x@example.org";
  reply["in_reply_to_email_id"] = queued["id"];
  EXPECT_EQ(beta.post("/api/v1/emails", reply).status, 422);
}

TEST_F(EmailsTest, APropertySheetArrivesAsAPdfNamedAfterTheReference) {
  const auto& rig = mailRig();
  addAgencyAccount();
  const auto property = addProperty(agent_);
  const auto reference = property["reference"].get<std::string>();
  auto body = visitEmail("Le bien dont nous avons parlé");
  body["property_sheet_ids"] = nlohmann::json::array({property["id"]});
  const auto queued = queue(body);
  deliver(queued);

  const auto arrived = rig.waitForMessages(queued["message_id"].get<std::string>());
  ASSERT_EQ(arrived.size(), 1u);
  const auto parsed = MimeParser().parse(arrived[0]);
  ASSERT_EQ(parsed.attachments.size(), 1u) << arrived[0];
  const auto& sheet = parsed.attachments[0];
  EXPECT_EQ(sheet.filename, "fiche-" + reference + ".pdf");
  EXPECT_EQ(sheet.content_type, "application/pdf");
  const auto text = PdfReadBack(sheet.bytes).flatText();
  EXPECT_NE(text.find("Référence : " + reference), std::string::npos) << text;
  EXPECT_NE(text.find("Prix : 350 000 €"), std::string::npos) << text;
  EXPECT_NE(text.find("Lyon"), std::string::npos) << text;
}

TEST_F(EmailsTest, BadPropertySheetIdsAreRefusedInFrenchAndNothingIsStored) {
  addAgencyAccount();
  const auto own = addProperty(agent_)["id"];
  auto beta = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  const auto others = addProperty(beta)["id"];
  const std::vector<std::pair<nlohmann::json, std::string>> cases = {
      {own, "Donnez une liste d'identifiants de biens."},
      {{own, "deux"}, "Donnez une liste d'identifiants de biens."},
      {{own, -1}, "Donnez une liste d'identifiants de biens."},
      {{own, own, own, own, own, own}, "Joignez au plus 5 fiches de biens."},
      {{own, 999999}, "Ce bien n'existe pas (n° 999999)."},
      {nlohmann::json::array({others}), "Ce bien n'existe pas (n° " + others.dump() + ")."}};
  for (const auto& [ids, message] : cases) {
    auto body = visitEmail("Fiches");
    body["property_sheet_ids"] = ids;
    const auto result = agent_.post("/api/v1/emails", body);
    EXPECT_EQ(result.status, 422) << ids.dump() << " -> " << result.body;
    EXPECT_EQ(result.json()["error"]["fields"]["property_sheet_ids"], message) << ids.dump();
  }
  EXPECT_EQ(countRows("email_messages"), 0);
  EXPECT_EQ(countRows("email_attachments"), 0);
}

}  // namespace
}  // namespace logis::testing
