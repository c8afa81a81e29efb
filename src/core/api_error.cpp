#include "core/api_error.hpp"

namespace logis {

ApiError::ApiError(int status, std::string code, Text message, std::map<std::string, Text> fields)
    : std::runtime_error(code),
      status(status),
      code(std::move(code)),
      message(std::move(message)),
      fields(std::move(fields)) {}

ApiError ApiError::badRequest(std::string code, Text message) {
  return ApiError(400, std::move(code), std::move(message));
}

ApiError ApiError::unauthorized() {
  return ApiError(401, "unauthenticated", {"error.unauthenticated"});
}

ApiError ApiError::forbidden() {
  return ApiError(403, "forbidden", {"error.forbidden"});
}

ApiError ApiError::notFound() {
  return ApiError(404, "not_found", {"error.not_found"});
}

ApiError ApiError::conflict(std::string code, Text message) {
  return ApiError(409, std::move(code), std::move(message));
}

ApiError ApiError::invalidFields(std::map<std::string, Text> fields) {
  return ApiError(422, "invalid_fields", {"error.invalid_fields"}, std::move(fields));
}

}  // namespace logis
