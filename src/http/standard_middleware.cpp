#include "http/standard_middleware.hpp"

#include <Poco/Exception.h>

#include <algorithm>
#include <array>
#include <chrono>

#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/log.hpp"
#include "db/database.hpp"
#include "http/error_body.hpp"

namespace logis {
namespace {

bool isSafeRequestId(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '-' || c == '_';
  });
}

// Reads and drops up to `most` bytes of a refused body, so that a client still sending it receives the
// 413 rather than a reset connection; past that, the connection is closed on it.
void discardBody(Request& request, std::size_t most) {
  if (request.body_stream == nullptr) return;
  std::array<char, 16384> buffer{};
  for (std::size_t read = 0; read < most && *request.body_stream; read += buffer.size()) {
    request.body_stream->read(buffer.data(), buffer.size());
  }
  request.body_stream = nullptr;
}

// "… 21 Mo …" or "… 64 Ko …", rounded up: a limit a person can compare with a file's size.
Text bodyLimitMessage(std::size_t limit) {
  constexpr std::size_t kKilo = 1024;
  constexpr std::size_t kMega = kKilo * kKilo;
  if (limit >= kMega)
    return {"error.body_too_large_mb", {{"limit", std::to_string((limit + kMega - 1) / kMega)}}};
  return {"error.body_too_large_kb", {{"limit", std::to_string((limit + kKilo - 1) / kKilo)}}};
}

}  // namespace

Response RequestIdMiddleware::handle(Request& request, const Next& next) {
  const auto given = request.header("X-Request-Id");
  request.request_id = given && isSafeRequestId(*given) ? *given : crypto::randomToken(12);
  auto response = next(request);
  response.setHeader("X-Request-Id", request.request_id);
  return response;
}

Response AccessLogMiddleware::handle(Request& request, const Next& next) {
  const auto started = std::chrono::steady_clock::now();
  auto response = next(request);
  const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
  nlohmann::json line = {{"method", request.method},         {"path", request.path},
                         {"status", response.status},        {"ms", std::round(took.count() * 100) / 100},
                         {"request_id", request.request_id}, {"ip", request.remote_ip}};
  if (request.principal) {
    line["agency_id"] = request.principal->agency_id;
    if (request.principal->user_id) line["user_id"] = *request.principal->user_id;
  }
  log::info("http.request", std::move(line));
  return response;
}

SecurityHeadersMiddleware::SecurityHeadersMiddleware(bool https, std::string image_origins)
    : https_(https),
      policy_("default-src 'self'; img-src 'self' data: blob:" +
              (image_origins.empty() ? "" : " " + image_origins) +
              "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'") {}

Response SecurityHeadersMiddleware::handle(Request& request, const Next& next) {
  auto response = next(request);
  response.setHeader("Content-Security-Policy", policy_);
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  response.setHeader("X-Frame-Options", "DENY");
  response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
  if (https_) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  if (request.path.starts_with("/api/") && !response.hasHeader("Cache-Control")) {
    response.setHeader("Cache-Control", "no-store");
  }
  return response;
}

Response ErrorMiddleware::handle(Request& request, const Next& next) {
  try {
    return next(request);
  } catch (const ApiError& error) {
    return errorResponse(error, request.locale);
  } catch (const Poco::Exception& error) {
    log::error("http.unhandled",
               {{"request_id", request.request_id}, {"path", request.path}, {"what", error.displayText()}});
    if (isDatabaseUnavailable(error)) {
      return errorResponse(ApiError(503, "database_unavailable", {"error.database_unavailable"}),
                           request.locale);
    }
  } catch (const std::exception& error) {
    log::error("http.unhandled",
               {{"request_id", request.request_id}, {"path", request.path}, {"what", error.what()}});
  }
  return errorResponse(ApiError(500, "internal", {"error.internal", {{"request_id", request.request_id}}}),
                       request.locale);
}

Response BodyLimitMiddleware::handle(Request& request, const Next& next) {
  const auto limit = request.route->max_body_bytes != 0 ? request.route->max_body_bytes : limit_;
  const auto tooLarge = [&] { return ApiError(413, "body_too_large", bodyLimitMessage(limit)); };
  if (request.content_length && *request.content_length > limit) {
    discardBody(request, std::min<std::size_t>(limit * 16, 64 * 1024 * 1024));
    throw tooLarge();
  }
  if (request.body_stream != nullptr) {
    std::string body(limit + 1, '\0');
    request.body_stream->read(body.data(), static_cast<std::streamsize>(body.size()));
    body.resize(static_cast<std::size_t>(request.body_stream->gcount()));
    if (body.size() > limit) {
      discardBody(request, std::min<std::size_t>(limit * 16, 64 * 1024 * 1024));
      throw tooLarge();
    }
    request.body = std::move(body);
    request.body_stream = nullptr;
  }
  return next(request);
}

Response RoutingMiddleware::handle(Request& request, const Next& next) {
  if (request.malformed_target) throw ApiError::badRequest("malformed_url", {"error.malformed_url"});
  auto match = router_.match(request.method, request.path);
  if (match.route != nullptr) {
    request.route = match.route;
    request.path_params = std::move(match.params);
    return next(request);
  }
  if (!match.allowed_methods.empty()) {
    auto response =
        errorResponse(ApiError(405, "method_not_allowed", {"error.method_not_allowed"}), request.locale);
    std::string allow;
    for (const auto& method : match.allowed_methods) allow += (allow.empty() ? "" : ", ") + method;
    response.setHeader("Allow", allow);
    return response;
  }
  if (request.path.starts_with("/api/")) throw ApiError::notFound();
  if (request.method != "GET" && request.method != "HEAD") {
    throw ApiError(405, "method_not_allowed", {"error.method_not_allowed"});
  }
  return static_files_.serve(request.path);
}

}  // namespace logis
