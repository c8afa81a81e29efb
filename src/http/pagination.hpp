#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>

#include "http/request.hpp"

namespace logis {

// ?page=1&per_page=20 (at most 100 unless a route allows more); anything else is a 400 naming the parameter.
struct PageRequest {
  std::int64_t page = 1;
  std::int64_t per_page = 20;
  std::int64_t offset() const { return (page - 1) * per_page; }

  static PageRequest fromQuery(const Request& request, std::int64_t max_per_page = 100);
  // {"items", "total", "page", "per_page"}: the shape of every list.
  nlohmann::json listBody(nlohmann::json items, std::int64_t total) const;
};

}  // namespace logis
