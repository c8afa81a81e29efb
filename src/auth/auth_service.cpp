#include "auth/auth_service.hpp"

#include "auth/password_policy.hpp"
#include "core/api_error.hpp"
#include "core/crypto.hpp"

namespace logis {
namespace {

constexpr EpochMs kTouchEveryMs = 60 * 1000;

ApiError lockedError(std::int64_t seconds) {
  ApiError error(429, "login_locked", {"auth.locked", {{"seconds", std::to_string(seconds)}}});
  error.retry_after_seconds = seconds;
  return error;
}

// Verifying against this when the email is unknown makes both failures take the same time.
const std::string& decoyHash() {
  static const std::string hash = crypto::hashPassword(crypto::randomToken());
  return hash;
}

}  // namespace

AuthService::AuthService(const Database& database, const Clock& clock, SessionLimits limits)
    : clock_(clock),
      limits_(limits),
      users_(database),
      sessions_(database),
      tokens_(database),
      throttle_(database, clock) {}

LoginResult AuthService::login(const std::string& email, const std::string& password, const std::string& ip,
                               const std::string& user_agent) const {
  const auto normalized = normalizeEmail(email);
  const std::string account_subject = "account:" + normalized;
  const std::string ip_subject = "ip:" + ip;
  for (const auto& subject : {account_subject, ip_subject}) {
    if (const auto seconds = throttle_.lockedFor(subject)) throw lockedError(*seconds);
  }
  const auto user = users_.findByEmail(normalized);
  const bool password_ok = crypto::verifyPassword(user ? user->password_hash : decoyHash(), password);
  if (!user || !password_ok || !user->active) {
    throttle_.recordFailure(account_subject, LoginThrottle::kAccount);
    throttle_.recordFailure(ip_subject, LoginThrottle::kIp);
    throw ApiError(401, "invalid_credentials", {"auth.invalid_credentials"});
  }
  throttle_.reset(account_subject);
  const auto now = clock_.now();
  LoginResult result{crypto::randomToken(), crypto::randomToken(), *user};
  sessions_.insert(crypto::sha256Hex(result.session_token), user->id, user->agency_id, result.csrf_token, now,
                   ip, user_agent);
  users_.recordLogin(user->id, now);
  result.user.last_login_at = now;
  return result;
}

void AuthService::logout(const Principal& principal) const {
  if (principal.via == Principal::Via::session) sessions_.remove(principal.credential_id);
}

std::optional<Principal> AuthService::authenticateSession(const std::string& token) const {
  const auto session = sessions_.findByTokenHash(crypto::sha256Hex(token));
  if (!session) return std::nullopt;
  const auto now = clock_.now();
  if (!session->user_active || now - session->last_seen_at > limits_.idle_ms ||
      now - session->created_at > limits_.absolute_ms) {
    sessions_.remove(session->id);
    return std::nullopt;
  }
  if (now - session->last_seen_at > kTouchEveryMs) sessions_.touch(session->id, now);
  return Principal{Principal::Via::session, session->agency_id, session->role,
                   session->user_id,        session->id,        session->csrf_token};
}

std::optional<Principal> AuthService::authenticateApiToken(const std::string& token) const {
  const auto found = tokens_.findActiveByHash(crypto::sha256Hex(token));
  if (!found) return std::nullopt;
  const auto now = clock_.now();
  if (!found->last_used_at || now - *found->last_used_at > kTouchEveryMs) tokens_.touch(found->id, now);
  return Principal{Principal::Via::api_token, found->agency_id, found->role, std::nullopt, found->id, ""};
}

User AuthService::currentUser(const Principal& principal) const {
  if (!principal.user_id) throw ApiError::forbidden();
  auto user = users_.find(principal.agency_id, *principal.user_id);
  if (!user) throw ApiError::unauthorized();
  return *user;
}

void AuthService::changePassword(const Principal& principal, const std::string& current_password,
                                 const std::string& new_password) const {
  const auto user = currentUser(principal);
  if (!crypto::verifyPassword(user.password_hash, current_password)) {
    throw ApiError::invalidFields({{"current_password", {"auth.wrong_current_password"}}});
  }
  if (const auto problem = PasswordPolicy::problem(new_password, user.email)) {
    throw ApiError::invalidFields({{"new_password", *problem}});
  }
  users_.setPassword(user.id, crypto::hashPassword(new_password), false, clock_.now());
  sessions_.removeOthersOfUser(user.id, principal.credential_id);
}

}  // namespace logis
