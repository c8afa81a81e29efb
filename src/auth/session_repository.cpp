#include "auth/session_repository.hpp"

namespace logis {

std::int64_t SessionRepository::insert(const std::string& token_hash, std::int64_t user_id,
                                       std::int64_t agency_id, const std::string& csrf_token, EpochMs now,
                                       const std::string& ip, const std::string& user_agent) const {
  return db_.insert(
      "INSERT INTO sessions (token_hash, user_id, agency_id, csrf_token, created_at, last_seen_at, ip, "
      "user_agent) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {token_hash, user_id, agency_id, csrf_token, now, now, ip, user_agent});
}

std::optional<StoredSession> SessionRepository::findByTokenHash(const std::string& token_hash) const {
  const auto row = db_.queryOne(
      "SELECT s.id, s.user_id, s.agency_id, s.csrf_token, s.created_at, s.last_seen_at, u.role, u.active "
      "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
      {token_hash});
  if (!row) return std::nullopt;
  return StoredSession{row->integer("id"),
                       row->integer("user_id"),
                       row->integer("agency_id"),
                       row->text("csrf_token"),
                       row->integer("created_at"),
                       row->integer("last_seen_at"),
                       parseRole(row->text("role")).value_or(Role::client),
                       row->boolean("active")};
}

void SessionRepository::touch(std::int64_t id, EpochMs now) const {
  db_.execute("UPDATE sessions SET last_seen_at = ? WHERE id = ?", {now, id});
}

void SessionRepository::remove(std::int64_t id) const {
  db_.execute("DELETE FROM sessions WHERE id = ?", {id});
}

void SessionRepository::removeAllOfUser(std::int64_t user_id) const {
  db_.execute("DELETE FROM sessions WHERE user_id = ?", {user_id});
}

void SessionRepository::removeOthersOfUser(std::int64_t user_id, std::int64_t keep_id) const {
  db_.execute("DELETE FROM sessions WHERE user_id = ? AND id <> ?", {user_id, keep_id});
}

}  // namespace logis
