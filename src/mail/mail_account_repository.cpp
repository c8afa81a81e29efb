#include "mail/mail_account_repository.hpp"

#include "db/sql.hpp"

namespace logis {

std::vector<Row> MailAccountRepository::list(std::int64_t agency_id,
                                             std::optional<std::int64_t> owner) const {
  if (owner) {
    return db_.query("SELECT * FROM mail_accounts WHERE agency_id = ? AND user_id = ? ORDER BY kind, id",
                     {agency_id, *owner});
  }
  return db_.query("SELECT * FROM mail_accounts WHERE agency_id = ? ORDER BY kind, id", {agency_id});
}

std::optional<Row> MailAccountRepository::find(std::int64_t agency_id, std::int64_t id) const {
  return db_.queryOne("SELECT * FROM mail_accounts WHERE agency_id = ? AND id = ?", {agency_id, id});
}

std::optional<Row> MailAccountRepository::senderFor(std::int64_t agency_id,
                                                    std::optional<std::int64_t> user_id) const {
  if (user_id) {
    auto own = db_.queryOne(
        "SELECT * FROM mail_accounts WHERE agency_id = ? AND kind = 'smtp' AND enabled = 1 AND user_id = ? "
        "ORDER BY id LIMIT 1",
        {agency_id, *user_id});
    if (own) return own;
  }
  return db_.queryOne(
      "SELECT * FROM mail_accounts WHERE agency_id = ? AND kind = 'smtp' AND enabled = 1 AND user_id IS NULL "
      "ORDER BY id LIMIT 1",
      {agency_id});
}

std::int64_t MailAccountRepository::insert(std::int64_t agency_id, const Columns& columns) const {
  return insertAgencyRow(db_, "mail_accounts", agency_id, columns);
}

void MailAccountRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  updateAgencyRow(db_, "mail_accounts", agency_id, id, columns);
}

void MailAccountRepository::remove(std::int64_t agency_id, std::int64_t id) const {
  db_.execute("DELETE FROM mail_accounts WHERE agency_id = ? AND id = ?", {agency_id, id});
}

bool MailAccountRepository::isActiveUser(std::int64_t agency_id, std::int64_t user_id) const {
  return db_
      .queryOne("SELECT id FROM users WHERE agency_id = ? AND id = ? AND active = 1", {agency_id, user_id})
      .has_value();
}

}  // namespace logis
