#pragma once

#include <istream>
#include <map>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/i18n.hpp"

namespace logis {

struct Route;

// Header names compare without regard to case, as HTTP says.
struct CaseInsensitiveLess {
  bool operator()(const std::string& a, const std::string& b) const;
};

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> query;
  bool malformed_target = false;  // the URI could not be decoded
  std::map<std::string, std::string, CaseInsensitiveLess> headers;
  std::map<std::string, std::string> cookies;
  std::string remote_ip;
  std::istream* body_stream = nullptr;  // read once by the body-limit middleware into `body`
  std::optional<std::size_t> content_length;
  std::string body;

  // Set as the request moves through the middleware chain.
  std::string request_id;
  Locale locale = Locale::fr;
  const Route* route = nullptr;
  std::map<std::string, std::string> path_params;
  std::optional<Principal> principal;

  std::optional<std::string> header(const std::string& name) const;
  std::string userAgent() const;
  // The caller, known to be authenticated once past the authorization middleware.
  const Principal& caller() const;
  // A numeric path parameter; anything else answers 404 (no such object).
  std::int64_t idParam(const std::string& name) const;
};

}  // namespace logis
