#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "jobs/job.hpp"
#include "mail/inbound_mail_service.hpp"
#include "mail/mime_parser.hpp"
#include "mail/vmime_net.hpp"

namespace logis {

struct MailboxPollerOptions {
  std::filesystem::path ca_file = mail::kSystemAuthorities;  // TLS: the certificates trusted
  std::chrono::seconds timeout{60};  // a server silent this long is given up (the job retries later)
  std::size_t batch = 50;            // messages fetched per round trip
  MimeLimits limits = {};
};

struct PollResult {
  std::int64_t fetched = 0;  // messages read from the server
  std::int64_t stored = 0;   // of which new to Logis
};

// The "mailbox.poll" work: reads an IMAP account (security none, starttls or tls; the password sealed with
// the server key) incrementally. The folder's UIDVALIDITY and the account's last_uid say where to resume;
// a new UIDVALIDITY starts again from the first message. Each message is stored, with last_uid, in its own
// transaction, so a connection lost mid-batch resumes after the last message stored. Messages are read
// with BODY.PEEK: nothing is marked \Seen, nor deleted, unless the account says so.
class ImapMailboxPoller {
 public:
  ImapMailboxPoller(const Database& database, const Clock& clock, const crypto::SecretBox& secrets,
                    const InboundMailService& inbound, MailboxPollerOptions options = {});

  // Throws when the server cannot be reached or refuses the login (the account's last_error says why);
  // an unknown, disabled or non-imap account polls nothing.
  PollResult poll(std::int64_t account_id) const;
  // The enabled imap accounts of every agency: {account_id, agency_id}.
  std::vector<std::pair<std::int64_t, std::int64_t>> pollableAccounts() const;
  // The "mailbox.poll" job of an account, once per `occasion` (a two-minute slot, or one person's asking).
  static jobs::NewJob pollJob(std::int64_t account_id, std::int64_t agency_id, const std::string& occasion);

 private:
  PollResult fetch(const Row& account) const;

  const Database& db_;
  const Clock& clock_;
  const crypto::SecretBox& secrets_;
  const InboundMailService& inbound_;
  MailboxPollerOptions options_;
  MimeParser parser_;
};

}  // namespace logis
