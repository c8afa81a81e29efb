#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/text.hpp"
#include "http/request.hpp"

namespace logis {

// A JSON object body read field by field. Type and presence problems are collected, so the person sees
// every field to correct at once: `finish()` answers 422 with all of them.
class JsonInput {
 public:
  // 415 unless application/json, 400 for malformed JSON (invalid UTF-8 included) or a non-object.
  static JsonInput parse(const Request& request);

  std::string requiredString(const std::string& name, std::size_t max_length = 200);
  std::optional<std::string> optionalString(const std::string& name, std::size_t max_length = 200);
  std::optional<bool> optionalBoolean(const std::string& name);
  std::optional<std::int64_t> optionalInteger(const std::string& name);

  // Adds a problem found by a rule beyond types (format, uniqueness, ...).
  void reject(const std::string& name, Text problem);
  bool hasProblem(const std::string& name) const { return problems_.contains(name); }
  void finish() const;
  // The whole object, for domains whose fields are described by a table of their own.
  const nlohmann::json& object() const { return body_; }

 private:
  explicit JsonInput(nlohmann::json body) : body_(std::move(body)) {}
  std::optional<std::string> string(const std::string& name, std::size_t max_length);

  nlohmann::json body_;
  std::map<std::string, Text> problems_;
};

}  // namespace logis
