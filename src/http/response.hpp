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

  void setHeader(const std::string& name, const std::string& value);
  bool hasHeader(const std::string& name) const;
};

}  // namespace logis
