#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/role.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct ApiToken {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::string name;
  Role role = Role::agent;
  std::int64_t created_by = 0;
  EpochMs created_at = 0;
  std::optional<EpochMs> last_used_at;
  std::optional<EpochMs> revoked_at;
};

class ApiTokenRepository {
 public:
  explicit ApiTokenRepository(const Database& database) : db_(database) {}

  std::int64_t insert(const ApiToken& token, const std::string& token_hash) const;
  std::vector<ApiToken> list(std::int64_t agency_id, std::int64_t offset, std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id) const;
  std::optional<ApiToken> find(std::int64_t agency_id, std::int64_t id) const;
  // Only a token that is not revoked.
  std::optional<ApiToken> findActiveByHash(const std::string& token_hash) const;
  void revoke(std::int64_t agency_id, std::int64_t id, EpochMs now) const;
  void touch(std::int64_t id, EpochMs now) const;

 private:
  const Database& db_;
};

}  // namespace logis
