#include <fstream>
#include <set>
#include <thread>

#include "jobs/job_queue.hpp"
#include "jobs/job_runner.hpp"
#include "lead_test_support.hpp"
#include "mail_rig.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// Email as an agency lives it, on real servers of the test's own (aiosmtpd writing the Maildir Dovecot
// serves), through the job queue and its handlers: what the API queues, a worker sends once; the reply
// the client sends back, the mailbox poll brings onto the same lead's timeline, in the same thread.
class MailRoundTripTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    rig_ = mail_rig_detail::startIn(dir_ / "rig");
    admin_ = loggedIn("admin@alpha.fr", "admin");
    agent_ = loggedIn("agent@alpha.fr", "agent");
    addAccount({{"kind", "smtp"}, {"port", rig_.smtp_port}});
    imap_account_ = addAccount({{"kind", "imap"},
                                {"port", rig_.imap_port},
                                {"username", rig_.imap_user},
                                {"password", rig_.imap_password}});
  }

  void TearDown() override {
    mail_rig_detail::command("stop", rig_.dir);
    ServerTest::TearDown();
  }

  std::int64_t addAccount(nlohmann::json account) {
    account.update({{"host", "127.0.0.1"},
                    {"security", "none"},
                    {"from_name", "Agence Alpha Immobilier"},
                    {"from_email", "contact@alpha-immo.fr"}});
    const auto result = admin_.post("/api/v1/mail-accounts", account);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"].get<std::int64_t>();
  }

  nlohmann::json sendEmail(const nlohmann::json& body) {
    const auto result = agent_.post("/api/v1/emails", body);
    EXPECT_EQ(result.status, 202) << result.body;
    return result.json();
  }

  std::string state(const nlohmann::json& email) {
    return agent_.get("/api/v1/emails/" + std::to_string(email["id"].get<std::int64_t>())).json()["state"];
  }

  int runDueJobs(const std::string& worker = "worker-1") {
    return jobs::JobRunner(app_->database(), *clock_, app_->jobRegistry(), worker).runDue();
  }

  void pollMailbox() {
    clock_->advanceSeconds(120);  // the next two-minute slot
    jobs::JobQueue(app_->database(), *clock_)
        .enqueue({.kind = "mailbox.poll",
                  .payload = {{"account_id", imap_account_}},
                  .agency_id = std::nullopt,
                  .idempotency_key = "mailbox.poll:test:" + std::to_string(clock_->now()),
                  .due_at = clock_->now()});
    ASSERT_EQ(runDueJobs(), 1);
    ASSERT_EQ(count("jobs WHERE kind = 'mailbox.poll' AND status <> 'done'"), 0);
  }

  void runPeriodic(const std::string& name) {
    for (const auto& task : app_->jobRegistry().periodicTasks())
      if (task.name == name) return task.run(clock_->now());
    FAIL() << "no periodic task " << name;
  }

  std::int64_t count(const std::string& table_where) const {
    return app_->database().queryOne("SELECT COUNT(*) AS n FROM " + table_where)->integer("n");
  }

  // The client answers from their mail program: a reply to `message_id`, delivered into the mailbox.
  void clientReplies(const std::string& message_id, const std::string& subject, const std::string& text) {
    std::ofstream(rig_.maildir / "new" / "reply-from-claire.eml", std::ios::binary)
        << "From: Claire Dupont <claire.dupont@example.fr>\r\nTo: contact@alpha-immo.fr\r\nSubject: "
        << subject << "\r\nMessage-ID: <reponse-claire@example.fr>\r\nIn-Reply-To: " << message_id << "\r\nReferences: " << message_id
        << "\r\nDate: Tue, 24 Nov 2026 10:15:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        << text << "\r\n";
  }

  MailRig rig_;
  ApiClient admin_{0};
  ApiClient agent_{0};
  std::int64_t imap_account_ = 0;
};

TEST_F(MailRoundTripTest, AnEmailToALeadAndTheClientsReplyMeetOnTheLeadsTimelineInOneThread) {
  const auto lead = agent_.post("/api/v1/leads", phoneLead("Claire", "claire.dupont@example.fr")).json();
  const auto lead_id = lead["id"].get<std::int64_t>();
  const auto contact_id = lead["contact_id"].get<std::int64_t>();
  std::int64_t reply_template = 0;  // the agency's « Réponse à une demande »
  const auto templates = agent_.get("/api/v1/email-templates").json();
  for (const auto& item : templates["items"])
    if (item["purpose"] == "reply") reply_template = item["id"].get<std::int64_t>();
  ASSERT_NE(reply_template, 0);
  const auto sent = sendEmail({{"lead_id", lead_id}, {"template_id", reply_template}});
  EXPECT_EQ(state(sent), "queued");
  EXPECT_EQ(sent["contact_id"], contact_id);
  const auto subject = sent["subject"].get<std::string>();
  EXPECT_TRUE(subject.starts_with("Votre demande")) << subject;
  const auto message_id = sent["message_id"].get<std::string>();
  EXPECT_TRUE(rig_.messagesContaining(message_id).empty());  // nothing leaves before the worker runs

  EXPECT_EQ(runDueJobs(), 1);
  EXPECT_EQ(state(sent), "sent");
  const auto delivered = rig_.waitForMessages(message_id);
  ASSERT_EQ(delivered.size(), 1u);
  EXPECT_NE(delivered[0].find("Nous vous remercions"), std::string::npos) << delivered[0];
  EXPECT_NE(delivered[0].find(message_id), std::string::npos);
  EXPECT_NE(delivered[0].find("From: \"Agence Alpha Immobilier\" <contact@alpha-immo.fr>"), std::string::npos)
      << delivered[0];
  EXPECT_NE(delivered[0].find("To: claire.dupont@example.fr"), std::string::npos);

  clientReplies(message_id, "Re: " + subject, "Merci, puis-je visiter samedi ?");
  pollMailbox();
  pollMailbox();  // a second poll brings nothing twice

  const auto timeline = agent_.get("/api/v1/leads/" + std::to_string(lead_id) + "/interactions?type=email")
                            .json()["items"];
  ASSERT_EQ(timeline.size(), 2u) << timeline.dump();
  EXPECT_EQ(timeline[0]["direction"], "in");
  EXPECT_EQ(timeline[0]["summary"], "Re: " + subject);
  EXPECT_EQ(timeline[1]["direction"], "out");

  const auto thread = agent_.get("/api/v1/conversations/" + std::to_string(contact_id) + "/messages").json();
  std::set<std::int64_t> threads;
  for (const auto& message : thread["items"]) threads.insert(message["thread_id"].get<std::int64_t>());
  EXPECT_EQ(threads, std::set<std::int64_t>{sent["id"].get<std::int64_t>()}) << thread.dump();
}

TEST_F(MailRoundTripTest, EmailsQueuedWhileTheServerIsDownAreSentOnceWhenItIsBack) {
  mail_rig_detail::command("smtp-stop", rig_.dir);
  constexpr int kEmails = 100;
  for (int i = 0; i < kEmails; ++i) {
    sendEmail({{"to", "client" + std::to_string(i) + "@example.fr"},
               {"subject", "Panne " + std::to_string(i) + " fin"},
               {"body_text", "Bonjour"}});
  }
  EXPECT_EQ(runDueJobs(), kEmails);
  EXPECT_EQ(count("email_messages WHERE state = 'failed'"), kEmails);  // waiting for their retry
  EXPECT_EQ(count("jobs WHERE status = 'failed'"), kEmails);

  mail_rig_detail::command("smtp-resume", rig_.dir);
  clock_->advanceSeconds(3600);  // past every first retry (30 s, jitter included)
  std::thread second([&] { runDueJobs("worker-2"); });  // two workers share the retries
  runDueJobs("worker-1");
  second.join();
  EXPECT_EQ(count("email_messages WHERE state = 'sent'"), kEmails);
  for (int i = 0; i < kEmails; ++i) {
    EXPECT_EQ(rig_.waitForMessages("Panne " + std::to_string(i) + " fin").size(), 1u) << i;
  }
  clock_->advanceSeconds(24 * 3600);
  EXPECT_EQ(runDueJobs(), 0);  // nothing is left to send again
}

TEST_F(MailRoundTripTest, APropertyAlertLeavesOnceWithAnUnsubscribeLinkHonouredAtOnce) {
  const auto contact = agent_.post("/api/v1/contacts", {{"first_name", "Julie"},
                                                        {"last_name", "Martin"},
                                                        {"email", "julie.martin@example.fr"},
                                                        {"consent_email", true},
                                                        {"consent_source", "Formulaire agence"},
                                                        {"consent_wording", "J'accepte de recevoir des biens."}});
  ASSERT_EQ(contact.status, 201) << contact.body;
  const auto contact_id = contact.json()["id"].get<std::int64_t>();
  auto lead = phoneLead("Julie", "julie.martin@example.fr");
  lead.erase("contact");
  lead["contact_id"] = contact_id;
  ASSERT_EQ(agent_.post("/api/v1/leads", lead).status, 201);
  const auto property = agent_.post("/api/v1/properties", {{"transaction", "sale"},
                                                           {"type", "apartment"},
                                                           {"status", "available"},
                                                           {"title", "T3 lumineux avec balcon"},
                                                           {"price_cents", 28000000},
                                                           {"city", "Lyon"},
                                                           {"postal_code", "69003"},
                                                           {"living_area_m2", 72},
                                                           {"rooms", 3},
                                                           {"dpe_status", "done"},
                                                           {"dpe_class", "C"},
                                                           {"features", {"balcony"}}});
  ASSERT_EQ(property.status, 201) << property.body;
  ASSERT_EQ(count("property_alerts WHERE status = 'pending'"), 1);

  runPeriodic("alerts.send");
  runPeriodic("alerts.send");  // a second pass finds nothing pending
  EXPECT_EQ(runDueJobs(), 1);
  EXPECT_EQ(count("property_alerts WHERE status = 'sent' AND email_id IS NOT NULL"), 1);
  const auto delivered = rig_.waitForMessages("X-RcptTo: julie.martin@example.fr");
  ASSERT_EQ(delivered.size(), 1u);
  EXPECT_NE(delivered[0].find("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), std::string::npos)
      << delivered[0];
  const auto link = delivered[0].find("/desabonnement?t=");
  ASSERT_NE(link, std::string::npos) << delivered[0];
  const auto token_start = link + std::string("/desabonnement?t=").size();
  const auto token = delivered[0].substr(token_start, delivered[0].find('>', token_start) - token_start);

  // The mail program's one click (RFC 8058), without logging in: honoured at once.
  const auto unsubscribed = client().send("POST", "/desabonnement?t=" + token, "List-Unsubscribe=One-Click",
                                          "application/x-www-form-urlencoded");
  EXPECT_LT(unsubscribed.status, 300) << unsubscribed.body;
  EXPECT_FALSE(agent_.get("/api/v1/contacts/" + std::to_string(contact_id)).json()["consent_email"].get<bool>());
  const auto path = "/api/v1/properties/" + std::to_string(property.json()["id"].get<std::int64_t>());
  ASSERT_EQ(agent_.patch(path, {{"price_cents", 26000000}}).status, 200);  // a price drop
  EXPECT_EQ(count("property_alerts WHERE status = 'pending'"), 0);
  runPeriodic("alerts.send");
  EXPECT_EQ(runDueJobs(), 0);
}

TEST_F(MailRoundTripTest, AnAutomaticEmailLeavesWithItsAttachmentsAnInvitationAsTextCalendar) {
  const std::string ics =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Logis//Logis CRM//FR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
      "UID:visite-piece-jointe@logis\r\nDTSTAMP:20261124T100000Z\r\nDTSTART:20261201T090000Z\r\n"
      "END:VEVENT\r\nEND:VCALENDAR\r\n";
  const std::string pdf("%PDF-1.4\n\x00\x01\xff", 12);
  const auto agency = app_->database().queryOne("SELECT id FROM agencies WHERE name = 'Agence Alpha'")->integer("id");
  const auto email_id = app_->emailOutbox().queueAutomatic(
      {.agency_id = agency,
       .to = "visiteur@example.fr",
       .subject = "Invitation pièce jointe",
       .html = "<p>Votre visite</p>",
       .attachments = {{"invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics},
                       {"bon de visite.pdf", "application/pdf", pdf}}});
  ASSERT_TRUE(email_id);
  const auto stored = app_->database().query(
      "SELECT filename, content_type, size_bytes FROM email_attachments WHERE email_id = ? ORDER BY id",
      {*email_id});
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].text("content_type"), "text/calendar; method=REQUEST; charset=UTF-8");
  EXPECT_EQ(stored[1].integer("size_bytes"), 12);

  EXPECT_EQ(runDueJobs(), 1);
  EXPECT_EQ(count("email_messages WHERE state = 'sent' AND id = " + std::to_string(*email_id)), 1);
  const auto delivered = rig_.waitForMessages("X-RcptTo: visiteur@example.fr");  // the subject is encoded
  ASSERT_EQ(delivered.size(), 1u);
  const auto& raw = delivered[0];
  EXPECT_NE(raw.find("multipart/mixed"), std::string::npos) << raw;
  const auto calendar = raw.find("Content-Type: text/calendar");
  ASSERT_NE(calendar, std::string::npos) << raw;
  const auto header_end = raw.find("\n\n", calendar) == std::string::npos ? raw.find("\r\n\r\n", calendar)
                                                                        : raw.find("\n\n", calendar);
  const auto headers = raw.substr(calendar, header_end - calendar);
  EXPECT_NE(headers.find("method=REQUEST"), std::string::npos) << headers;
  EXPECT_NE(headers.find("invitation.ics"), std::string::npos) << headers;
  EXPECT_NE(raw.find("Content-Type: application/pdf"), std::string::npos) << raw;
}

}  // namespace
}  // namespace logis::testing
