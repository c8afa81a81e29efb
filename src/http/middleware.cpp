#include "http/middleware.hpp"

namespace logis {

Pipeline& Pipeline::use(std::unique_ptr<Middleware> middleware) {
  chain_.push_back(std::move(middleware));
  return *this;
}

Next Pipeline::build(Next endpoint) const {
  Next next = std::move(endpoint);
  for (auto it = chain_.rbegin(); it != chain_.rend(); ++it) {
    next = [middleware = *it, inner = std::move(next)](Request& request) {
      return middleware->handle(request, inner);
    };
  }
  return next;
}

}  // namespace logis
