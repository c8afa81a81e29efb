#include "http/json_input.hpp"

#include "core/api_error.hpp"

namespace logis {

JsonInput JsonInput::parse(const Request& request) {
  const auto type = request.header("Content-Type").value_or("");
  if (!type.starts_with("application/json")) {
    throw ApiError(415, "unsupported_media_type", {"error.unsupported_media_type"});
  }
  nlohmann::json body;
  try {
    body = nlohmann::json::parse(request.body);
  } catch (const nlohmann::json::parse_error& error) {
    const std::string detail = error.what();
    throw ApiError::badRequest("malformed_json",
                               {"error.malformed_json", {{"detail", detail.substr(detail.find(' ') + 1)}}});
  }
  if (!body.is_object()) throw ApiError::badRequest("json_object_expected", {"error.json_object_expected"});
  return JsonInput(std::move(body));
}

std::optional<std::string> JsonInput::string(const std::string& name, std::size_t max_length) {
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) return std::nullopt;
  if (!found->is_string()) {
    reject(name, {"field.must_be_string"});
    return std::nullopt;
  }
  auto value = found->get<std::string>();
  if (value.size() > max_length) {
    reject(name, {"field.too_long", {{"max", std::to_string(max_length)}}});
    return std::nullopt;
  }
  return value;
}

std::string JsonInput::requiredString(const std::string& name, std::size_t max_length) {
  auto value = string(name, max_length);
  if (!value && !hasProblem(name)) reject(name, {"field.required"});
  if (value && value->find_first_not_of(" \t\r\n") == std::string::npos) {
    reject(name, {"field.required"});
    return "";
  }
  return value.value_or("");
}

std::optional<std::string> JsonInput::optionalString(const std::string& name, std::size_t max_length) {
  return string(name, max_length);
}

std::optional<bool> JsonInput::optionalBoolean(const std::string& name) {
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) return std::nullopt;
  if (!found->is_boolean()) {
    reject(name, {"field.must_be_boolean"});
    return std::nullopt;
  }
  return found->get<bool>();
}

std::optional<std::int64_t> JsonInput::optionalInteger(const std::string& name) {
  const auto found = body_.find(name);
  if (found == body_.end() || found->is_null()) return std::nullopt;
  if (!found->is_number_integer()) {
    reject(name, {"field.must_be_integer"});
    return std::nullopt;
  }
  return found->get<std::int64_t>();
}

void JsonInput::reject(const std::string& name, Text problem) {
  problems_.emplace(name, std::move(problem));
}

void JsonInput::finish() const {
  if (!problems_.empty()) throw ApiError::invalidFields(problems_);
}

}  // namespace logis
