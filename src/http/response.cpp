#include "http/response.hpp"

#include <strings.h>

#include <cctype>

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

Response Response::inlineFile(std::string content_type, std::string body, const std::string& filename) {
  Response response;
  response.content_type = std::move(content_type);
  response.body = std::move(body);
  response.setFileName("inline", filename);
  return response;
}

void Response::setFileName(const std::string& disposition, const std::string& filename) {
  std::string ascii;
  std::string encoded;
  static constexpr char hex[] = "0123456789ABCDEF";
  for (const char c : filename) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = std::isalnum(byte) || c == '.' || c == '-' || c == '_';
    ascii += byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\' ? c : '_';
    if (plain) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += hex[byte >> 4];
      encoded += hex[byte & 15];
    }
  }
  setHeader("Content-Disposition", disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
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
