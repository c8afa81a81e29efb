#include "http/response.hpp"

#include <strings.h>

namespace logis {

Response Response::json(int status, const nlohmann::json& body) {
  Response response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response Response::noContent() {
  Response response;
  response.status = 204;
  return response;
}

void Response::setHeader(const std::string& name, const std::string& value) {
  for (auto& [key, existing] : headers) {
    if (strcasecmp(key.c_str(), name.c_str()) == 0) {
      existing = value;
      return;
    }
  }
  headers.emplace_back(name, value);
}

bool Response::hasHeader(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (strcasecmp(key.c_str(), name.c_str()) == 0) return true;
  }
  return false;
}

}  // namespace logis
