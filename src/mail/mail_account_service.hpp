#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "mail/mail_account_repository.hpp"
#include "mail/smtp_sender.hpp"

namespace logis {

// An smtp account resolved for sending: the server (password opened) and the sender identity.
struct SmtpAccount {
  std::int64_t id = 0;
  SmtpServer server;
  std::string from_name;
  std::string from_email;
};

// Outgoing (smtp) and incoming (imap) mail servers of the agency or of one user. Admins manage them all;
// managers and agents only those whose user_id is theirs. Passwords are sealed with the server key and
// never answered (has_password says whether one is set).
class MailAccountService {
 public:
  MailAccountService(const Database& database, const Clock& clock, crypto::SecretBox secrets);

  std::vector<nlohmann::json> list(const Principal& caller) const;
  nlohmann::json create(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;
  void remove(const Principal& caller, std::int64_t id) const;
  // Connects and authenticates to an smtp account: {"ok": true} or {"ok": false, "answer": "..."}.
  nlohmann::json test(const Principal& caller, std::int64_t id) const;
  // The caller's enabled imap account `id`, that may be polled now: 404 when not theirs, 409 otherwise.
  Row pollable(const Principal& caller, std::int64_t id) const;

  // The account `user_id` sends with (their own smtp account, else the agency's), if any.
  std::optional<SmtpAccount> senderFor(std::int64_t agency_id, std::optional<std::int64_t> user_id) const;
  std::optional<SmtpAccount> smtpAccount(std::int64_t agency_id, std::int64_t id) const;

 private:
  nlohmann::json toJson(const Row& row) const;
  Row manageable(const Principal& caller, std::int64_t id) const;
  Columns columnsFrom(const Principal& caller, const nlohmann::json& input, bool creating) const;
  SmtpAccount smtpAccountOf(const Row& row) const;

  const Clock& clock_;
  crypto::SecretBox secrets_;
  MailAccountRepository accounts_;
};

}  // namespace logis
