#include "inbound_test_support.hpp"
#include "lead_test_support.hpp"

namespace logis::testing {
namespace {

class ConversationsTest : public InboundTest {
 protected:
  void SetUp() override {
    InboundTest::SetUp();
    account_ = addAccount(agency_id_, false);
    claire_ = createContact("Claire", "claire@example.fr");
    paul_ = createContact("Paul", "paul@example.fr");
  }

  std::string messagesPath(const nlohmann::json& contact) const {
    return "/api/v1/conversations/" + std::to_string(contact["id"].get<std::int64_t>()) + "/messages";
  }

  std::int64_t account_ = 0;
  nlohmann::json claire_;
  nlohmann::json paul_;
};

const std::string kWithAttachment =
    "From: Claire <claire@example.fr>\r\nTo: agence@alpha.example\r\nSubject: Mon dossier\r\n"
    "Message-ID: <dossier@example.fr>\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n"
    "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoici mon avis d'imposition.\r\n"
    "--m\r\nContent-Type: application/pdf\r\n"
    "Content-Disposition: attachment; filename=\"=?UTF-8?Q?avis_d=27imp=C3=B4t.pdf?=\"\r\n"
    "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQgZmFrZQ==\r\n--m--\r\n";

TEST_F(ConversationsTest, TheInboxHasOneRowPerContactNewestFirstWithUnreadCounts) {
  receive(account_, 1, email("claire@example.fr", "Premier", "Bonjour"));
  receive(account_, 2, email("paul@example.fr", "Question", "Le   prix\r\nest-il\tnégociable ?"));
  receive(account_, 3, email("claire@example.fr", "Second", "Encore moi"));
  receive(account_, 4, email("inconnu@example.fr", "Spam", "non"));  // no contact: not a conversation

  const auto inbox = admin_.get("/api/v1/conversations").json();
  ASSERT_EQ(inbox["total"], 2) << inbox;
  EXPECT_EQ(inbox["items"][0]["contact"]["id"], claire_["id"]);
  EXPECT_EQ(inbox["items"][0]["last_message"]["subject"], "Second");
  EXPECT_EQ(inbox["items"][0]["last_message"]["direction"], "in");
  EXPECT_EQ(inbox["items"][0]["unread_count"], 2);
  EXPECT_EQ(inbox["items"][1]["contact"]["id"], paul_["id"]);
  EXPECT_EQ(inbox["items"][1]["last_message"]["snippet"], "Le prix est-il négociable ?");

  const auto messages = admin_.get(messagesPath(claire_)).json();
  ASSERT_EQ(messages["total"], 2);
  for (const auto& message : messages["items"]) {
    EXPECT_EQ(admin_.post("/api/v1/emails/" + std::to_string(message["id"].get<int>()) + "/read", {}).status,
              200);
  }
  const auto unread = admin_.get("/api/v1/conversations?unread=true").json();
  ASSERT_EQ(unread["total"], 1);
  EXPECT_EQ(unread["items"][0]["contact"]["id"], paul_["id"]);

  const auto first = std::to_string(messages["items"][0]["id"].get<int>());
  const auto marked = admin_.post("/api/v1/emails/" + first + "/unread", {});
  ASSERT_EQ(marked.status, 200);
  EXPECT_EQ(marked.json()["read"], false);
  EXPECT_EQ(admin_.get("/api/v1/conversations?unread=true").json()["total"], 2);

  const auto searched = admin_.get("/api/v1/conversations?q=paul").json();
  ASSERT_EQ(searched["total"], 1);
  EXPECT_EQ(searched["items"][0]["contact"]["id"], paul_["id"]);
  EXPECT_EQ(admin_.get("/api/v1/conversations?q=100%25").json()["total"], 0);
}

TEST_F(ConversationsTest, AContactsMessagesAreThreadedOldestFirstWithTheirAttachments) {
  const auto sent = app_->database().insert(
      "INSERT INTO email_messages (agency_id, direction, contact_id, message_id_header, from_email, "
      "to_emails, "
      "subject, body_text, state, server_answer, sent_at, created_at) VALUES (?, 'out', ?, "
      "'out-1@alpha.example', "
      "'agence@alpha.example', 'claire@example.fr', 'Vos justificatifs', 'Merci de nous les envoyer', "
      "'sent', "
      "'250 OK', 5, 5)",
      {agency_id_, claire_["id"].get<std::int64_t>()});
  app_->database().execute("UPDATE email_messages SET thread_id = id WHERE id = ?", {sent});
  clock_->advanceSeconds(60);
  const auto reply = receive(account_, 1,
                             email("claire@example.fr", "Re: Vos justificatifs", "Les voici",
                                   "In-Reply-To: <out-1@alpha.example>\r\n"));
  clock_->advanceSeconds(60);
  const auto with_attachment = receive(account_, 2, kWithAttachment);

  const auto messages = admin_.get(messagesPath(claire_)).json();
  ASSERT_EQ(messages["total"], 3) << messages;
  const auto& out = messages["items"][0];
  EXPECT_EQ(out["id"], sent);
  EXPECT_EQ(out["direction"], "out");
  EXPECT_EQ(out["state"], "sent");
  EXPECT_EQ(out["server_answer"], "250 OK");
  EXPECT_EQ(out["read"], true);
  const auto& in = messages["items"][1];
  EXPECT_EQ(in["id"], *reply);
  EXPECT_EQ(in["thread_id"], sent);
  EXPECT_EQ(in["read"], false);
  EXPECT_EQ(in["body_text"], "Les voici\r\n");
  EXPECT_EQ(in["from"]["email"], "claire@example.fr");
  const auto& last = messages["items"][2];
  EXPECT_EQ(last["id"], *with_attachment);
  EXPECT_EQ(last["thread_id"], *with_attachment);
  ASSERT_EQ(last["attachments"].size(), 1u);
  EXPECT_EQ(last["attachments"][0]["filename"], "avis d'impôt.pdf");
  EXPECT_EQ(last["attachments"][0]["content_type"], "application/pdf");
  EXPECT_EQ(last["attachments"][0]["size_bytes"], 13);

  const auto download = admin_.get(last["attachments"][0]["url"].get<std::string>());
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, "%PDF-1.4 fake");
  EXPECT_EQ(download.header("Content-Type"), "application/octet-stream");
  EXPECT_EQ(download.header("Content-Disposition"),
            "attachment; filename=\"avis d'imp__t.pdf\"; filename*=UTF-8''avis%20d%27imp%C3%B4t.pdf");
  // The attachment is found through its own email only.
  const auto wrong = "/api/v1/emails/" + std::to_string(*reply) + "/attachments/" +
                     std::to_string(last["attachments"][0]["id"].get<int>());
  EXPECT_EQ(admin_.get(wrong).status, 404);
}

TEST_F(ConversationsTest, AnotherAgencysConversationsAreNotFound) {
  const auto with_attachment = receive(account_, 1, kWithAttachment);
  const auto attachment_id =
      app_->database()
          .queryOne("SELECT id FROM email_attachments WHERE email_id = ?", {*with_attachment})
          ->integer("id");
  auto other = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  EXPECT_EQ(other.get("/api/v1/conversations").json()["total"], 0);
  EXPECT_EQ(other.get(messagesPath(claire_)).status, 404);
  const auto email_path = "/api/v1/emails/" + std::to_string(*with_attachment);
  EXPECT_EQ(other.post(email_path + "/read", {}).status, 404);
  EXPECT_EQ(other.get(email_path + "/attachments/" + std::to_string(attachment_id)).status, 404);
  EXPECT_TRUE(app_->database()
                  .queryOne("SELECT read_at FROM email_messages WHERE id = ?", {*with_attachment})
                  ->isNull("read_at"));

  // A client never reads the inbox.
  auto client_user = loggedIn("client@alpha.fr", "client");
  EXPECT_EQ(client_user.get("/api/v1/conversations").status, 403);
}

TEST_F(ConversationsTest, BadQueriesAreRefusedNamingTheParameter) {
  const auto unread = admin_.get("/api/v1/conversations?unread=peut-etre");
  EXPECT_EQ(unread.status, 400);
  EXPECT_NE(unread.json()["error"]["message"].get<std::string>().find("unread"), std::string::npos);
  const auto q = admin_.get("/api/v1/conversations?q=" + std::string(201, 'a'));
  EXPECT_EQ(q.status, 400);
  EXPECT_EQ(admin_.get("/api/v1/conversations/abc/messages").status, 404);
  EXPECT_EQ(admin_.post("/api/v1/emails/999999/read", {}).status, 404);
}

}  // namespace
}  // namespace logis::testing
