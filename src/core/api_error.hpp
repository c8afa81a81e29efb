#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/text.hpp"

namespace logis {

// Every refusal the API answers with: turned into {"error": {"code", "message", "fields"}} in one place
// (http/error_middleware.cpp).
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, Text message, std::map<std::string, Text> fields = {});

  static ApiError badRequest(std::string code, Text message);
  static ApiError unauthorized();
  static ApiError forbidden();
  static ApiError notFound();
  static ApiError conflict(std::string code, Text message);
  static ApiError invalidFields(std::map<std::string, Text> fields);

  int status;
  std::string code;
  Text message;
  std::map<std::string, Text> fields;
  std::optional<std::int64_t> retry_after_seconds;  // sent as Retry-After (429, 503)
};

}  // namespace logis
