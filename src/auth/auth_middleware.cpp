#include "auth/auth_middleware.hpp"

#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "http/router.hpp"

namespace logis {

std::string sessionCookieName(bool https) {
  return https ? "__Host-logis_session" : "logis_session";
}

Response AuthenticationMiddleware::handle(Request& request, const Next& next) {
  if (request.route->access.is_public) return next(request);  // /healthz must not need the database
  const auto authorization = request.header("Authorization");
  if (authorization && authorization->starts_with("Bearer ")) {
    request.principal = auth_.authenticateApiToken(authorization->substr(7));
    if (!request.principal) throw ApiError(401, "invalid_token", {"auth.token_invalid"});
  } else if (const auto cookie = request.cookies.find(cookie_); cookie != request.cookies.end()) {
    request.principal = auth_.authenticateSession(cookie->second);
  }
  return next(request);
}

Response AuthorizationMiddleware::handle(Request& request, const Next& next) {
  const auto& access = request.route->access;
  if (!access.is_public) {
    if (!request.principal) throw ApiError::unauthorized();
    if (!Policy::allows(*request.principal, access.action)) throw ApiError::forbidden();
  }
  return next(request);
}

Response CsrfMiddleware::handle(Request& request, const Next& next) {
  const bool safe = request.method == "GET" || request.method == "HEAD" || request.method == "OPTIONS";
  if (!safe && request.principal && request.principal->via == Principal::Via::session) {
    const auto given = request.header("X-CSRF-Token").value_or("");
    if (!crypto::constantTimeEquals(given, request.principal->csrf_token)) {
      throw ApiError(403, "csrf_failed", {"error.csrf"});
    }
  }
  return next(request);
}

}  // namespace logis
