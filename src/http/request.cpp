#include "http/request.hpp"

#include <strings.h>

#include <charconv>

#include "core/api_error.hpp"

namespace logis {

bool CaseInsensitiveLess::operator()(const std::string& a, const std::string& b) const {
  return strcasecmp(a.c_str(), b.c_str()) < 0;
}

std::optional<std::string> Request::header(const std::string& name) const {
  const auto found = headers.find(name);
  if (found == headers.end()) return std::nullopt;
  return found->second;
}

std::string Request::userAgent() const {
  return header("User-Agent").value_or("").substr(0, 255);
}

const Principal& Request::caller() const {
  if (!principal) throw ApiError::unauthorized();
  return *principal;
}

std::int64_t Request::idParam(const std::string& name) const {
  const auto& text = path_params.at(name);
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id <= 0) throw ApiError::notFound();
  return id;
}

}  // namespace logis
