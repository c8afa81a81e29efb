#include "http/pagination.hpp"

#include <charconv>

#include "core/api_error.hpp"

namespace logis {
namespace {

std::int64_t positiveParameter(const Request& request, const std::string& name, std::int64_t fallback,
                               std::int64_t max) {
  const auto found = request.query.find(name);
  if (found == request.query.end()) return fallback;
  const auto& text = found->second;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
    throw ApiError::badRequest(
        "invalid_query", {"error.invalid_query", {{"name", name}, {"detail", "1.." + std::to_string(max)}}});
  }
  return value;
}

}  // namespace

PageRequest PageRequest::fromQuery(const Request& request) {
  return {positiveParameter(request, "page", 1, 1'000'000), positiveParameter(request, "per_page", 20, 100)};
}

nlohmann::json PageRequest::listBody(nlohmann::json items, std::int64_t total) const {
  return {{"items", std::move(items)}, {"total", total}, {"page", page}, {"per_page", per_page}};
}

}  // namespace logis
