#include "http/router.hpp"

#include "core/strings.hpp"

namespace logis {
namespace {

std::vector<std::string> splitPath(const std::string& path) {
  return splitNonEmpty(path, '/');
}

bool isParameter(const std::string& segment) {
  return segment.starts_with('{') && segment.ends_with('}');
}

std::optional<std::map<std::string, std::string>> matchSegments(const Route& route,
                                                                const std::vector<std::string>& path) {
  if (route.segments.size() != path.size()) return std::nullopt;
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const auto& expected = route.segments[i];
    if (isParameter(expected)) {
      params[expected.substr(1, expected.size() - 2)] = path[i];
    } else if (expected != path[i]) {
      return std::nullopt;
    }
  }
  return params;
}

}  // namespace

Route& Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  auto segments = splitPath(pattern);
  return routes_.emplace_back(
      Route{std::move(method), std::move(pattern), access, std::move(handler), std::move(segments)});
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  Match result;
  const auto segments = splitPath(path);
  const std::string wanted = method == "HEAD" ? "GET" : method;
  for (const auto& route : routes_) {
    auto params = matchSegments(route, segments);
    if (!params) continue;
    if (route.method == wanted) {
      result.route = &route;
      result.params = std::move(*params);
      return result;
    }
    result.allowed_methods.push_back(route.method);
  }
  return result;
}

}  // namespace logis
