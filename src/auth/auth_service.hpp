#pragma once

#include <optional>
#include <string>

#include "auth/api_token_repository.hpp"
#include "auth/login_throttle.hpp"
#include "auth/principal.hpp"
#include "auth/session_repository.hpp"
#include "auth/user.hpp"
#include "auth/user_repository.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct SessionLimits {
  EpochMs idle_ms;
  EpochMs absolute_ms;
};

struct LoginResult {
  std::string session_token;  // for the cookie only; the database keeps its hash
  std::string csrf_token;
  User user;
};

// Logging in and out, recognising sessions and API tokens, and changing one's own password.
class AuthService {
 public:
  AuthService(const Database& database, const Clock& clock, SessionLimits limits);

  // 401 for a wrong email or password (the same answer for both), 429 while the account or IP is locked.
  LoginResult login(const std::string& email, const std::string& password, const std::string& ip,
                    const std::string& user_agent) const;
  void logout(const Principal& principal) const;

  // The session's principal, unless it is unknown, idle too long, too old, or its user deactivated.
  std::optional<Principal> authenticateSession(const std::string& token) const;
  std::optional<Principal> authenticateApiToken(const std::string& token) const;

  User currentUser(const Principal& principal) const;
  // Ends every other session of the user; the one making the change stays signed in.
  void changePassword(const Principal& principal, const std::string& current_password,
                      const std::string& new_password) const;

 private:
  const Clock& clock_;
  SessionLimits limits_;
  UserRepository users_;
  SessionRepository sessions_;
  ApiTokenRepository tokens_;
  LoginThrottle throttle_;
};

}  // namespace logis
