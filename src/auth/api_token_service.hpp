#pragma once

#include <string>
#include <vector>

#include "auth/api_token_repository.hpp"
#include "auth/principal.hpp"
#include "core/clock.hpp"

namespace logis {

struct IssuedToken {
  ApiToken token;
  std::string secret;  // "lgs_..." shown once; only its hash is stored
};

// Tokens for integrations (Authorization: Bearer), created and revoked by an admin, scoped to one agency.
class ApiTokenService {
 public:
  ApiTokenService(const Database& database, const Clock& clock) : clock_(clock), tokens_(database) {}

  std::vector<ApiToken> list(const Principal& caller, std::int64_t offset, std::int64_t limit) const;
  std::int64_t count(const Principal& caller) const;
  // `role` is what the token may do: manager or agent (never admin: a token cannot manage people).
  IssuedToken create(const Principal& caller, const std::string& name, const std::string& role) const;
  void revoke(const Principal& caller, std::int64_t id) const;

 private:
  const Clock& clock_;
  ApiTokenRepository tokens_;
};

}  // namespace logis
