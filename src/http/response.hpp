#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace logis {

struct Response {
  int status = 200;
  std::string content_type;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::filesystem::path file;  // when set, the body is streamed from this file

  static Response json(int status, const nlohmann::json& body);
  static Response noContent();
  // A document the browser shows (a PDF): Content-Disposition inline with its name.
  static Response inlineFile(std::string content_type, std::string body, const std::string& filename);

  void setHeader(const std::string& name, const std::string& value);
  // Content-Disposition `disposition` ("inline" or "attachment") with the file's name as RFC 6266 asks: an
  // ASCII fallback and the UTF-8 name percent-encoded.
  void setFileName(const std::string& disposition, const std::string& filename);
  bool hasHeader(const std::string& name) const;
};

}  // namespace logis
