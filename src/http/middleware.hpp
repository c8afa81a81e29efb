#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"

namespace logis {

using Next = std::function<Response(Request&)>;

// One concern of the request flow (request id, access log, authentication, ...), as Django's middleware.
class Middleware {
 public:
  virtual ~Middleware() = default;
  virtual Response handle(Request& request, const Next& next) = 0;
};

// The chain, outermost first, ending in the endpoint.
class Pipeline {
 public:
  Pipeline& use(std::unique_ptr<Middleware> middleware);
  Next build(Next endpoint) const;

 private:
  std::vector<std::shared_ptr<Middleware>> chain_;
};

}  // namespace logis
