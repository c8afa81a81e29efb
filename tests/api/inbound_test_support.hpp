#pragma once

#include <string>

#include "mail/mime_parser.hpp"
#include "test_server.hpp"

namespace logis::testing {

// An agency's IMAP account and the messages it receives, for the inbound and conversation tests.
class InboundTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    admin_ = loggedIn("admin@alpha.fr", "admin");
    agency_id_ = app_->database()
                     .queryOne("SELECT agency_id FROM users WHERE email = 'admin@alpha.fr'")
                     ->integer("agency_id");
  }

  std::int64_t addAccount(std::int64_t agency_id, bool create_leads, const std::string& host = "127.0.0.1",
                          std::int64_t port = 143, const std::string& security = "none") {
    return app_->database().insert(
        "INSERT INTO mail_accounts (agency_id, kind, host, port, security, folder, create_leads, enabled, "
        "created_at, updated_at) VALUES (?, 'imap', ?, ?, ?, 'INBOX', ?, 1, 0, 0)",
        {agency_id, host, port, security, std::int64_t{create_leads}});
  }

  // Receives `raw` as the message at `uid` of the account's mailbox (UIDVALIDITY 1).
  std::optional<std::int64_t> receive(std::int64_t account_id, std::int64_t uid, const std::string& raw,
                                      bool create_leads = false, std::int64_t agency_id = 0) {
    return app_->mailIn().inbound().receive({.account_id = account_id,
                                             .agency_id = agency_id ? agency_id : agency_id_,
                                             .create_leads = create_leads,
                                             .uid_validity = 1,
                                             .uid = uid},
                                            MimeParser().parse(raw));
  }

  static std::string email(const std::string& from, const std::string& subject, const std::string& body,
                           const std::string& extra_headers = "") {
    return "From: " + from + "\r\nTo: agence@alpha.example\r\nSubject: " + subject + "\r\n" + extra_headers +
           "Date: Tue, 24 Nov 2026 10:15:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body +
           "\r\n";
  }

  nlohmann::json createContact(const std::string& first_name, const std::string& email_address) {
    const auto result = admin_.post(
        "/api/v1/contacts", {{"first_name", first_name}, {"last_name", "Martin"}, {"email", email_address}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  nlohmann::json emailRow(std::int64_t id) const {
    const auto row = app_->database().queryOne("SELECT * FROM email_messages WHERE id = ?", {id});
    if (!row) return nullptr;
    return {{"contact_id", row->optionalInteger("contact_id")
                               ? nlohmann::json(*row->optionalInteger("contact_id"))
                               : nlohmann::json()},
            {"lead_id", row->optionalInteger("lead_id") ? nlohmann::json(*row->optionalInteger("lead_id"))
                                                        : nlohmann::json()},
            {"thread_id", row->integer("thread_id")},
            {"interaction_id", row->optionalInteger("interaction_id")
                                   ? nlohmann::json(*row->optionalInteger("interaction_id"))
                                   : nlohmann::json()},
            {"subject", row->text("subject")},
            {"state", row->text("state")},
            {"direction", row->text("direction")}};
  }

  ApiClient admin_{0};
  std::int64_t agency_id_ = 0;
};

}  // namespace logis::testing
