#include "mail/imap_mailbox_poller.hpp"

#include <vmime/net/imap/IMAPFolder.hpp>
#include <vmime/vmime.hpp>

#include "core/log.hpp"
#include "mail/vmime_net.hpp"

namespace logis {
namespace {

std::int64_t uidOf(const vmime::net::message& message) {
  return std::stoll(static_cast<std::string>(message.getUID()));
}

}  // namespace

ImapMailboxPoller::ImapMailboxPoller(const Database& database, const Clock& clock,
                                     const crypto::SecretBox& secrets, const InboundMailService& inbound,
                                     MailboxPollerOptions options)
    : db_(database),
      clock_(clock),
      secrets_(secrets),
      inbound_(inbound),
      options_(std::move(options)),
      parser_(options_.limits) {}

std::vector<std::pair<std::int64_t, std::int64_t>> ImapMailboxPoller::pollableAccounts() const {
  std::vector<std::pair<std::int64_t, std::int64_t>> accounts;
  for (const auto& row :
       db_.query("SELECT id, agency_id FROM mail_accounts WHERE kind = 'imap' AND enabled = 1 "
                 "ORDER BY id")) {
    accounts.emplace_back(row.integer("id"), row.integer("agency_id"));
  }
  return accounts;
}

jobs::NewJob ImapMailboxPoller::pollJob(std::int64_t account_id, std::int64_t agency_id,
                                        const std::string& occasion) {
  return {.kind = "mailbox.poll",
          .payload = {{"account_id", account_id}},
          .agency_id = agency_id,
          .idempotency_key = "mailbox.poll:" + std::to_string(account_id) + ":" + occasion,
          .max_attempts = 3};  // the next slot polls again anyway
}

PollResult ImapMailboxPoller::poll(std::int64_t account_id) const {
  const auto account = db_.queryOne(
      "SELECT * FROM mail_accounts WHERE id = ? AND kind = 'imap' AND enabled = 1", {account_id});
  if (!account) return {};
  try {
    const auto result = fetch(*account);
    db_.execute("UPDATE mail_accounts SET last_polled_at = ?, last_error = NULL WHERE id = ?",
                {clock_.now(), account_id});
    return result;
  } catch (const std::exception& error) {
    db_.execute("UPDATE mail_accounts SET last_polled_at = ?, last_error = ? WHERE id = ?",
                {clock_.now(), std::string(error.what()).substr(0, 1000), account_id});
    log::warn("mailbox_poll_failed", {{"account_id", account_id}, {"error", error.what()}});
    throw;
  }
}

PollResult ImapMailboxPoller::fetch(const Row& account) const {
  mail::initialiseVmime();
  const auto security = account.text("security");
  auto session = vmime::net::session::create();
  const vmime::utility::url url(security == "tls" ? "imaps" : "imap", account.text("host"),
                                static_cast<vmime::port_t>(account.integer("port")));
  auto store = session->getStore(url);
  store->setProperty("connection.tls", security == "starttls");
  store->setProperty("connection.tls.required", security == "starttls");
  const auto username = account.optionalText("username");
  const auto sealed = account.optionalText("password_sealed");
  store->setProperty("options.need-authentication", username.has_value());
  if (username) store->setProperty("auth.username", *username);
  if (sealed) store->setProperty("auth.password", secrets_.open(*sealed));
  store->setCertificateVerifier(mail::verifierTrusting(options_.ca_file));
  mail::prepareConnection(*store, options_.timeout);
  store->connect();

  const bool changes = account.boolean("mark_seen") || account.boolean("delete_after_fetch");
  auto folder = store->getFolder(vmime::net::folder::path::fromString(
      account.text("folder"), "/", vmime::charset(vmime::charsets::UTF_8)));
  folder->open(changes ? vmime::net::folder::MODE_READ_WRITE : vmime::net::folder::MODE_READ_ONLY);
  const auto uid_validity =
      static_cast<std::int64_t>(vmime::dynamicCast<vmime::net::imap::IMAPFolder>(folder)->getUIDValidity());
  const auto last_uid = account.optionalInteger("uid_validity") == uid_validity
                            ? account.optionalInteger("last_uid").value_or(0)
                            : 0;

  PollResult result;
  // "n:*" always answers the last message, even below n: the UIDs are checked again.
  auto messages = folder->getMessages(vmime::net::messageSet::byUID(std::to_string(last_uid + 1), "*"));
  std::vector<std::string> done;
  for (std::size_t start = 0; start < messages.size(); start += options_.batch) {
    std::vector<vmime::shared_ptr<vmime::net::message>> batch(
        messages.begin() + static_cast<std::ptrdiff_t>(start),
        messages.begin() + static_cast<std::ptrdiff_t>(std::min(messages.size(), start + options_.batch)));
    folder->fetchMessages(batch, vmime::net::fetchAttributes::UID | vmime::net::fetchAttributes::SIZE);
    for (const auto& message : batch) {
      const auto uid = uidOf(*message);
      if (uid <= last_uid) continue;
      std::string raw;
      vmime::utility::outputStreamStringAdapter out(raw);
      message->extract(out, nullptr, 0, options_.limits.max_message_bytes + 1, true);
      ++result.fetched;
      const MailboxPosition position{.account_id = account.integer("id"),
                                     .agency_id = account.integer("agency_id"),
                                     .create_leads = account.boolean("create_leads"),
                                     .uid_validity = uid_validity,
                                     .uid = uid};
      if (inbound_.receive(position, parser_.parse(raw))) ++result.stored;
      done.push_back(std::to_string(uid));
    }
  }
  if (!done.empty() && changes) {
    std::vector<vmime::net::message::uid> uids(done.begin(), done.end());
    const auto set = vmime::net::messageSet::byUID(uids);
    if (account.boolean("mark_seen")) {
      folder->setMessageFlags(set, vmime::net::message::FLAG_SEEN, vmime::net::message::FLAG_MODE_ADD);
    }
    if (account.boolean("delete_after_fetch")) {
      folder->setMessageFlags(set, vmime::net::message::FLAG_DELETED, vmime::net::message::FLAG_MODE_ADD);
    }
  }
  folder->close(account.boolean("delete_after_fetch"));
  store->disconnect();
  return result;
}

}  // namespace logis
