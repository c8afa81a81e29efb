#include "http/pagination.hpp"

#include "http/query_params.hpp"

namespace logis {

PageRequest PageRequest::fromQuery(const Request& request, std::int64_t max_per_page) {
  return {queryInteger(request, "page", 1, 1'000'000).value_or(1),
          queryInteger(request, "per_page", 1, max_per_page).value_or(20)};
}

nlohmann::json PageRequest::listBody(nlohmann::json items, std::int64_t total) const {
  return {{"items", std::move(items)}, {"total", total}, {"page", page}, {"per_page", per_page}};
}

}  // namespace logis
