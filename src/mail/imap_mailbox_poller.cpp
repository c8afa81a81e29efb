#include "mail/imap_mailbox_poller.hpp"

#include <fstream>
#include <iterator>
#include <mutex>
#include <vmime/net/imap/IMAPFolder.hpp>
#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include "core/log.hpp"

namespace logis {
namespace {

// VMime's sockets, time and random numbers come from a platform handler set once per process.
void usePosixPlatform() {
  static std::once_flag once;
  std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

class Deadline : public vmime::net::timeoutHandler {
 public:
  explicit Deadline(std::chrono::seconds limit) : limit_(limit) {}
  bool isTimeOut() override { return std::chrono::steady_clock::now() - start_ > limit_; }
  void resetTimeOut() override { start_ = std::chrono::steady_clock::now(); }
  bool handleTimeOut() override { return false; }  // give up: the job retries later

 private:
  std::chrono::seconds limit_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class DeadlineFactory : public vmime::net::timeoutHandlerFactory {
 public:
  explicit DeadlineFactory(std::chrono::seconds limit) : limit_(limit) {}
  vmime::shared_ptr<vmime::net::timeoutHandler> create() override {
    return vmime::make_shared<Deadline>(limit_);
  }

 private:
  std::chrono::seconds limit_;
};

// Every certificate of a PEM bundle (the system's CA list, or a test's self-signed certificate).
vmime::shared_ptr<vmime::security::cert::defaultCertificateVerifier> verifierFor(
    const std::filesystem::path& ca_file) {
  std::ifstream in(ca_file, std::ios::binary);
  const std::string pem((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>> certificates;
  constexpr std::string_view end_marker = "-----END CERTIFICATE-----";
  for (std::size_t start = pem.find("-----BEGIN CERTIFICATE-----"); start != std::string::npos;
       start = pem.find("-----BEGIN CERTIFICATE-----", start + 1)) {
    const auto end = pem.find(end_marker, start);
    if (end == std::string::npos) break;
    const auto block = pem.substr(start, end + end_marker.size() - start) + "\n";
    if (auto certificate = vmime::security::cert::X509Certificate::import(
            reinterpret_cast<const vmime::byte_t*>(block.data()), block.size())) {
      certificates.push_back(certificate);
    }
  }
  auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
  verifier->setX509RootCAs(certificates);
  verifier->setX509TrustedCerts(certificates);
  return verifier;
}

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
  for (const auto& row : db_.query("SELECT id, agency_id FROM mail_accounts WHERE kind = 'imap' AND enabled = 1 "
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
  usePosixPlatform();
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
  store->setCertificateVerifier(verifierFor(options_.ca_file));
  store->setTimeoutHandlerFactory(vmime::make_shared<DeadlineFactory>(options_.timeout));
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
