#pragma once

#include <optional>
#include <string>

#include "auth/role.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct StoredSession {
  std::int64_t id;
  std::int64_t user_id;
  std::int64_t agency_id;
  std::string csrf_token;
  EpochMs created_at;
  EpochMs last_seen_at;
  Role role;  // the user's role now, so a role change applies at the next request
  bool user_active;
};

// Sessions live in the database, keyed by the SHA-256 of their token, so several servers share them and
// a copy of the table opens no session.
class SessionRepository {
 public:
  explicit SessionRepository(const Database& database) : db_(database) {}

  std::int64_t insert(const std::string& token_hash, std::int64_t user_id, std::int64_t agency_id,
                      const std::string& csrf_token, EpochMs now, const std::string& ip,
                      const std::string& user_agent) const;
  std::optional<StoredSession> findByTokenHash(const std::string& token_hash) const;
  void touch(std::int64_t id, EpochMs now) const;
  void remove(std::int64_t id) const;
  void removeAllOfUser(std::int64_t user_id) const;
  void removeOthersOfUser(std::int64_t user_id, std::int64_t keep_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
