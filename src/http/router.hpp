#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/policy.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace logis {

using Handler = std::function<Response(Request&)>;

// Who may call a route: anybody, or a principal the policy allows for `action`.
struct Access {
  bool is_public;
  Action action;
  static Access anyone() { return {true, Action::read_own_account}; }
  static Access to(Action action) { return {false, action}; }
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/users/{id}"
  Access access;
  Handler handler;
  std::vector<std::string> segments;
  std::size_t max_body_bytes = 0;  // 0: the server's default (LOGIS_MAX_BODY_BYTES)
};

// Method + path pattern -> route. A path that matches with another method answers 405 with Allow.
class Router {
 public:
  Route& add(std::string method, std::string pattern, Access access, Handler handler);

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed_methods;  // when the path matches but not the method
  };
  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace logis
