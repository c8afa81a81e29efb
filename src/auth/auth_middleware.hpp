#pragma once

#include <string>

#include "auth/auth_service.hpp"
#include "http/middleware.hpp"

namespace logis {

// The session cookie's name: __Host-logis_session (Secure) behind HTTPS, logis_session on plain HTTP.
std::string sessionCookieName(bool https);

// Recognises the caller of a non-public route from `Authorization: Bearer` or the session cookie. A bearer
// token that is not valid is refused at once (401); a stale cookie only leaves the request anonymous.
class AuthenticationMiddleware final : public Middleware {
 public:
  AuthenticationMiddleware(const AuthService& auth, bool https)
      : auth_(auth), cookie_(sessionCookieName(https)) {}
  Response handle(Request& request, const Next& next) override;

 private:
  const AuthService& auth_;
  std::string cookie_;
};

// Applies the route's access through the one policy: 401 without a principal, 403 without the right.
class AuthorizationMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) override;
};

// Under cookie authentication, unsafe methods must carry the session's token in X-CSRF-Token.
class CsrfMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) override;
};

}  // namespace logis
