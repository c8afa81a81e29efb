#include "mail/mail_account_repository.hpp"

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

std::int64_t MailAccountRepository::insert(std::int64_t agency_id, const MailColumns& columns) const {
  std::string names = "agency_id";
  std::string marks = "?";
  std::vector<SqlValue> values = {agency_id};
  for (const auto& [column, value] : columns) {
    names += ", " + column;
    marks += ", ?";
    values.push_back(value);
  }
  return db_.insert("INSERT INTO mail_accounts (" + names + ") VALUES (" + marks + ")", values);
}

void MailAccountRepository::update(std::int64_t agency_id, std::int64_t id,
                                   const MailColumns& columns) const {
  if (columns.empty()) return;
  std::string sql;
  std::vector<SqlValue> values;
  for (const auto& [column, value] : columns) {
    sql += (sql.empty() ? "" : ", ") + column + " = ?";
    values.push_back(value);
  }
  values.insert(values.end(), {agency_id, id});
  db_.execute("UPDATE mail_accounts SET " + sql + " WHERE agency_id = ? AND id = ?", values);
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
