#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "core/crypto.hpp"
#include "inbound_test_support.hpp"
#include "lead_test_support.hpp"
#include "mail/imap_mailbox_poller.hpp"
#include "mail_rig.hpp"

namespace logis::testing {
namespace {

class InboundMailTest : public InboundTest {};

TEST_F(InboundMailTest, AKnownSendersEmailLandsOnTheTimelineOfTheirOpenLead) {
  const auto lead = admin_.post("/api/v1/leads", phoneLead("Claire", "claire@example.fr")).json();
  const auto account = addAccount(agency_id_, false);
  const auto id =
      receive(account, 1,
              email("Claire Martin <Claire@Example.fr>", "=?UTF-8?Q?Question_sur_le_d=C3=A9p=C3=B4t?=",
                    "Faut-il un dépôt de garantie ?", "Message-ID: <q1@example.fr>\r\n"));
  ASSERT_TRUE(id);
  const auto row = emailRow(*id);
  EXPECT_EQ(row["contact_id"], lead["contact_id"]);
  EXPECT_EQ(row["lead_id"], lead["id"]);
  EXPECT_EQ(row["thread_id"], *id);
  EXPECT_EQ(row["state"], "received");
  EXPECT_EQ(row["direction"], "in");

  const auto timeline = admin_.get(leadPath(lead) + "/interactions?type=email").json();
  ASSERT_EQ(timeline["total"], 1) << timeline;
  const auto entry = timeline["items"][0];
  EXPECT_EQ(entry["type"], "email");
  EXPECT_EQ(entry["direction"], "in");
  EXPECT_EQ(entry["summary"], "Question sur le dépôt");
  EXPECT_EQ(entry["body"], "Faut-il un dépôt de garantie ?\r\n");
  EXPECT_EQ(entry["meta"]["email_id"], *id);
  EXPECT_EQ(row["interaction_id"], entry["id"]);
  const auto contact = admin_.get("/api/v1/contacts/" + std::to_string(lead["contact_id"].get<int>())).json();
  EXPECT_FALSE(contact["last_inbound_at"].is_null()) << contact;
}

TEST_F(InboundMailTest, AReplyJoinsItsParentsThreadAndLeadEvenFromAnotherAddress) {
  const auto lead = admin_.post("/api/v1/leads", phoneLead("Claire", "claire@example.fr")).json();
  const auto other_lead = admin_.post("/api/v1/leads", phoneLead("Claire", "claire@example.fr")).json();
  const auto contact_id = lead["contact_id"].get<std::int64_t>();
  // What the email-out side stores for a sent message (Message-ID with or without angle brackets).
  const auto sent = app_->database().insert(
      "INSERT INTO email_messages (agency_id, direction, contact_id, lead_id, message_id_header, from_email, "
      "to_emails, subject, state, created_at) VALUES (?, 'out', ?, ?, '<logis-7@alpha.example>', "
      "'agence@alpha.example', 'claire@example.fr', 'Votre visite', 'sent', 0)",
      {agency_id_, contact_id, lead["id"].get<std::int64_t>()});
  app_->database().execute("UPDATE email_messages SET thread_id = id WHERE id = ?", {sent});
  const auto account = addAccount(agency_id_, true);
  const auto id =
      receive(account, 1,
              email("Claire <claire.bureau@travail.example>", "Re: Votre visite", "Parfait, à samedi.",
                    "Message-ID: <r1@travail.example>\r\nIn-Reply-To: <logis-7@alpha.example>\r\n"
                    "References: <logis-7@alpha.example>\r\n"),
              true);
  ASSERT_TRUE(id);
  const auto row = emailRow(*id);
  EXPECT_EQ(row["thread_id"], sent);
  EXPECT_EQ(row["lead_id"], lead["id"]);  // the parent's lead, not the contact's most recent one
  EXPECT_NE(row["lead_id"], other_lead["id"]);
  EXPECT_EQ(row["contact_id"], contact_id);
  EXPECT_EQ(countRows("leads"), 2);  // a reply never makes a lead
}

TEST_F(InboundMailTest, AnUnknownSenderBecomesAContactAndALeadWhenTheAccountSaysSo) {
  const auto account = addAccount(agency_id_, true);
  const auto first = receive(account, 1,
                             email("=?UTF-8?Q?H=C3=A9l=C3=A8ne_Durand?= <helene@example.fr>", "Estimation",
                                   "Je voudrais faire estimer ma maison.", "Message-ID: <e1@example.fr>\r\n"),
                             true);
  ASSERT_TRUE(first);
  const auto row = emailRow(*first);
  ASSERT_TRUE(row["lead_id"].is_number()) << row;
  const auto lead = admin_.get("/api/v1/leads/" + std::to_string(row["lead_id"].get<int>())).json();
  EXPECT_EQ(lead["source"], "email");
  EXPECT_EQ(lead["status"], "new");
  EXPECT_EQ(lead["contact"]["first_name"], "Hélène");
  EXPECT_EQ(lead["contact"]["last_name"], "Durand");
  EXPECT_EQ(lead["message"], "Je voudrais faire estimer ma maison.\r\n");

  // Her next email finds her and her open lead: no second lead.
  const auto second = receive(
      account, 2,
      email("helene@example.fr", "Photos", "Voici les photos.", "Message-ID: <e2@example.fr>\r\n"), true);
  EXPECT_EQ(emailRow(*second)["lead_id"], row["lead_id"]);
  EXPECT_EQ(countRows("leads"), 1);
  EXPECT_EQ(countRows("contacts"), 1);

  // Bounces never become leads.
  const auto bounce = receive(account, 3, email("MAILER-DAEMON@mx.example", "Undelivered Mail", "…"), true);
  EXPECT_TRUE(emailRow(*bounce)["contact_id"].is_null());
  EXPECT_EQ(countRows("leads"), 1);
}

TEST_F(InboundMailTest, AnUnknownSenderIsStoredUnmatchedWhenTheAccountCreatesNoLeads) {
  const auto account = addAccount(agency_id_, false);
  const auto id = receive(account, 1, email("inconnu@example.fr", "Bonjour", "Qui êtes-vous ?"));
  ASSERT_TRUE(id);
  const auto row = emailRow(*id);
  EXPECT_TRUE(row["contact_id"].is_null());
  EXPECT_TRUE(row["lead_id"].is_null());
  EXPECT_TRUE(row["interaction_id"].is_null());
  EXPECT_EQ(countRows("contacts"), 0);
  EXPECT_EQ(countRows("leads"), 0);
  EXPECT_EQ(countRows("interactions"), 0);
}

TEST_F(InboundMailTest, AMailboxPositionOrAMessageIdIsStoredOnce) {
  const auto account = addAccount(agency_id_, false);
  const auto raw = email("a@example.fr", "Une fois", "x", "Message-ID: <once@example.fr>\r\n");
  EXPECT_TRUE(receive(account, 1, raw));
  EXPECT_FALSE(receive(account, 1, raw));
  // The same message at a new position (the server renumbered its mailbox): still once.
  EXPECT_FALSE(receive(account, 9, raw));
  EXPECT_EQ(countRows("email_messages"), 1);
  const auto stored = app_->database().queryOne("SELECT last_uid FROM mail_accounts WHERE id = ?", {account});
  EXPECT_EQ(stored->integer("last_uid"), 9);
}

TEST_F(InboundMailTest, APortalNotificationMakesALeadOnTheListingWithThePortalAsSource) {
  const auto property = admin_
                            .post("/api/v1/properties", {{"transaction", "sale"},
                                                         {"type", "apartment"},
                                                         {"title", "T3 Croix-Rousse"},
                                                         {"city", "Lyon"}})
                            .json();
  const std::string reference = property["reference"];
  const auto account = addAccount(agency_id_, true);
  const auto id = receive(account, 1,
                          "From: SeLoger <contact-annonceur@seloger.com>\r\n"
                          "Subject: Nouveau contact pour votre annonce ref. " +
                              reference +
                              "\r\n"
                              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                              "Un internaute est intéressé par votre annonce.\r\n"
                              "Référence de l'annonce : " +
                              reference +
                              "\r\n"
                              "Nom : Martin\r\nPrénom : Claire\r\nE-mail : claire.martin@exemple.fr\r\n"
                              "Téléphone : 06 12 34 56 78\r\n\r\nSon message :\r\nEst-il disponible ?\r\n",
                          true);
  ASSERT_TRUE(id);
  const auto row = emailRow(*id);
  ASSERT_TRUE(row["lead_id"].is_number()) << row;
  const auto lead = admin_.get("/api/v1/leads/" + std::to_string(row["lead_id"].get<int>())).json();
  EXPECT_EQ(lead["source"], "seloger");
  EXPECT_EQ(lead["property_id"], property["id"]);
  EXPECT_EQ(lead["message"], "Est-il disponible ?");
  EXPECT_EQ(lead["contact"]["first_name"], "Claire");
  EXPECT_EQ(lead["contact"]["last_name"], "Martin");
  const auto contact = admin_.get("/api/v1/contacts/" + std::to_string(lead["contact_id"].get<int>())).json();
  EXPECT_EQ(contact["email"], "claire.martin@exemple.fr");
  EXPECT_EQ(contact["phone"], "+33612345678");
}

// Polling through a real Dovecot: a private rig per test, so a test may stop its server.
class ImapPollTest : public InboundTest {
 protected:
  void SetUp() override {
    InboundTest::SetUp();
    dir_rig_ = dir_ / "rig";
    rig_ = mail_rig_detail::startIn(dir_rig_);
    secrets_ = std::make_unique<crypto::SecretBox>(crypto::SecretBox::fromKeyFile(dir_ / "secret.key"));
  }

  void TearDown() override {
    [[maybe_unused]] const int status = std::system(
        (mail_rig_detail::script() + " stop '" + dir_rig_.string() + "' >/dev/null 2>&1").c_str());
    InboundTest::TearDown();
  }

  std::int64_t imapAccount(const std::string& security = "none", bool mark_seen = false) {
    const auto port = security == "tls" ? rig_.imaps_port : rig_.imap_port;
    const auto id = addAccount(agency_id_, false, "127.0.0.1", port, security);
    app_->database().execute(
        "UPDATE mail_accounts SET username = ?, password_sealed = ?, mark_seen = ? WHERE id = ?",
        {rig_.imap_user, secrets_->seal(rig_.imap_password), std::int64_t{mark_seen}, id});
    return id;
  }

  ImapMailboxPoller poller(std::size_t batch = 50) const {
    return ImapMailboxPoller(app_->database(), *clock_, *secrets_, app_->mailIn().inbound(),
                             {.ca_file = rig_.cert, .timeout = std::chrono::seconds(10), .batch = batch});
  }

  void deliver(int n, std::size_t body_bytes = 0) {
    const auto name = rig_.maildir / "new" / ("msg-" + std::to_string(n) + ".test");
    std::ofstream(name, std::ios::binary)
        << email("client" + std::to_string(n) + "@example.fr", "Message " + std::to_string(n),
                 "Bonjour " + std::to_string(n) + std::string(body_bytes, 'x'),
                 "Message-ID: <m" + std::to_string(n) + "@example.fr>\r\n");
  }

  std::int64_t stored() const { return countRows("email_messages"); }

  // Files Dovecot flagged \Seen (Maildir: ":2,...S" in the name).
  int seenFiles() const {
    int seen = 0;
    for (const char* folder : {"new", "cur"}) {
      for (const auto& entry : std::filesystem::directory_iterator(rig_.maildir / folder)) {
        const auto name = entry.path().filename().string();
        const auto info = name.find(":2,");
        if (info != std::string::npos && name.find('S', info) != std::string::npos) ++seen;
      }
    }
    return seen;
  }

  std::filesystem::path dir_rig_;
  MailRig rig_;
  std::unique_ptr<crypto::SecretBox> secrets_;
};

TEST_F(ImapPollTest, PollsIncrementallyWithoutMarkingAnythingSeen) {
  const auto account = imapAccount();
  for (int n = 1; n <= 3; ++n) deliver(n);
  auto result = poller(2).poll(account);
  EXPECT_EQ(result.fetched, 3);
  EXPECT_EQ(result.stored, 3);
  EXPECT_EQ(stored(), 3);
  const auto row = app_->database().queryOne("SELECT * FROM mail_accounts WHERE id = ?", {account});
  EXPECT_EQ(row->integer("last_uid"), 3);
  EXPECT_TRUE(row->optionalInteger("uid_validity"));
  EXPECT_TRUE(row->isNull("last_error"));

  result = poller().poll(account);
  EXPECT_EQ(result.fetched, 0);
  deliver(4);
  result = poller().poll(account);
  EXPECT_EQ(result.fetched, 1);
  EXPECT_EQ(stored(), 4);
  const auto fourth = app_->database().queryOne(
      "SELECT subject, body_text, imap_uid FROM email_messages WHERE message_id_header = 'm4@example.fr'");
  ASSERT_TRUE(fourth);
  EXPECT_EQ(fourth->text("subject"), "Message 4");
  EXPECT_EQ(fourth->integer("imap_uid"), 4);
  EXPECT_EQ(seenFiles(), 0);
}

TEST_F(ImapPollTest, AMailboxMarkedSeenOnlyWhenTheAccountSaysSo) {
  const auto account = imapAccount("none", true);
  for (int n = 1; n <= 2; ++n) deliver(n);
  EXPECT_EQ(poller().poll(account).stored, 2);
  EXPECT_EQ(seenFiles(), 2);
}

TEST_F(ImapPollTest, ANewUidValidityStartsAgainWithoutDuplicates) {
  const auto account = imapAccount();
  for (int n = 1; n <= 3; ++n) deliver(n);
  ASSERT_EQ(poller().poll(account).stored, 3);
  const auto real = app_->database()
                        .queryOne("SELECT uid_validity FROM mail_accounts WHERE id = ?", {account})
                        ->integer("uid_validity");
  // As if the server had rebuilt the mailbox since the last poll: the old last_uid means nothing now.
  app_->database().execute("UPDATE mail_accounts SET uid_validity = ?, last_uid = 999 WHERE id = ?",
                           {real + 1, account});
  const auto result = poller().poll(account);
  EXPECT_EQ(result.fetched, 3);
  EXPECT_EQ(result.stored, 0);
  EXPECT_EQ(stored(), 3);
  const auto row = app_->database().queryOne("SELECT * FROM mail_accounts WHERE id = ?", {account});
  EXPECT_EQ(row->integer("uid_validity"), real);
  EXPECT_EQ(row->integer("last_uid"), 3);
}

TEST_F(ImapPollTest, AServerKilledMidFetchResumesWithoutDuplicates) {
  constexpr int kMessages = 40;
  for (int n = 1; n <= kMessages; ++n) deliver(n, 512 * 1024);
  const auto account = imapAccount();
  std::exception_ptr failure;
  std::thread polling([&] {
    try {
      poller(5).poll(account);
    } catch (...) {
      failure = std::current_exception();
    }
  });
  while (stored() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  // Dovecot and the imap process serving the poll die at once (SIGKILL, by the master's pid).
  const auto master = (dir_rig_ / "run" / "master.pid").string();
  ASSERT_EQ(std::system(("pkill -9 -P $(cat '" + master + "'); kill -9 $(cat '" + master + "')").c_str()), 0);
  polling.join();
  const auto before = stored();
  auto row = app_->database().queryOne("SELECT * FROM mail_accounts WHERE id = ?", {account});
  ASSERT_TRUE(failure) << "the poll finished before the server died";
  EXPECT_LT(before, kMessages);
  EXPECT_EQ(row->integer("last_uid"), before);  // each stored message moved last_uid with it
  EXPECT_FALSE(row->isNull("last_error"));

  // Back up: the killed processes may hold the port a moment longer, so the restart is tried again.
  const auto restart = "rm -f '" + master + "'; dovecot -c '" + (dir_rig_ / "dovecot.conf").string() + "'";
  int restarted = -1;
  for (int attempt = 0; attempt < 50 && restarted != 0; ++attempt) {
    if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    restarted = std::system((restart + " 2>/dev/null").c_str());
  }
  ASSERT_EQ(restarted, 0);
  PollResult result;
  for (int attempt = 0; attempt < 50 && stored() < kMessages; ++attempt) {
    try {
      result = poller(5).poll(account);
    } catch (const std::exception&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));  // Dovecot still starting
    }
  }
  EXPECT_EQ(result.fetched, kMessages - before);
  EXPECT_EQ(stored(), kMessages);
  EXPECT_EQ(app_->database()
                .queryOne("SELECT COUNT(DISTINCT message_id_header) AS n FROM email_messages")
                ->integer("n"),
            kMessages);
}

TEST_F(ImapPollTest, ReadsOverImplicitTlsAndStarttls) {
  deliver(1);
  EXPECT_EQ(poller().poll(imapAccount("tls")).stored, 1);
  EXPECT_EQ(poller().poll(imapAccount("starttls")).fetched, 1);  // the same message, already stored
}

TEST_F(ImapPollTest, AWrongPasswordIsRecordedOnTheAccount) {
  const auto account = imapAccount();
  app_->database().execute("UPDATE mail_accounts SET password_sealed = ? WHERE id = ?",
                           {secrets_->seal("mauvais"), account});
  EXPECT_ANY_THROW(poller().poll(account));
  const auto row = app_->database().queryOne("SELECT last_error FROM mail_accounts WHERE id = ?", {account});
  EXPECT_FALSE(row->isNull("last_error"));
}

}  // namespace
}  // namespace logis::testing
