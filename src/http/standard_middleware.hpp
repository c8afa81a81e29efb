#pragma once

#include <cstddef>
#include <string>

#include "http/middleware.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace logis {

// Takes a safe X-Request-Id from the caller or makes one; echoes it in the response.
class RequestIdMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) override;
};

// One JSON line per request: method, path, status, duration, request id, who.
class AccessLogMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) override;
};

// CSP, nosniff, Referrer-Policy, frame denial, and HSTS when the public URL is HTTPS.
class SecurityHeadersMiddleware final : public Middleware {
 public:
  // `image_origins`: where else images may come from (the map's tile server).
  SecurityHeadersMiddleware(bool https, std::string image_origins);
  Response handle(Request& request, const Next& next) override;

 private:
  bool https_;
  std::string policy_;
};

// The one place where exceptions become responses: ApiError as its status, anything else a 500 whose
// body names the request id that the log holds (never a stack or SQL).
class ErrorMiddleware final : public Middleware {
 public:
  Response handle(Request& request, const Next& next) override;
};

// Reads the body up to the route's limit (or `limit`, the default); more is 413.
class BodyLimitMiddleware final : public Middleware {
 public:
  explicit BodyLimitMiddleware(std::size_t limit) : limit_(limit) {}
  Response handle(Request& request, const Next& next) override;

 private:
  std::size_t limit_;
};

// Finds the route (404, 405 with Allow under /api/); paths outside the API are the web app's files.
class RoutingMiddleware final : public Middleware {
 public:
  RoutingMiddleware(const Router& router, StaticFiles static_files)
      : router_(router), static_files_(std::move(static_files)) {}
  Response handle(Request& request, const Next& next) override;

 private:
  const Router& router_;
  StaticFiles static_files_;
};

}  // namespace logis
