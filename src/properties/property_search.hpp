#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace logis {

// What a list of properties is filtered and sorted by; parsed from the query string by the routes.
struct PropertySearch {
  std::optional<std::string> transaction;
  std::vector<std::string> types;
  std::vector<std::string> statuses;
  std::optional<std::int64_t> price_min;
  std::optional<std::int64_t> price_max;
  std::optional<double> area_min;
  std::optional<double> area_max;
  std::optional<std::int64_t> rooms_min;
  std::optional<std::int64_t> bedrooms_min;
  std::optional<std::string> city;
  std::optional<std::string> postal_code;
  std::optional<std::int64_t> agent_id;
  std::optional<int> dpe_max_rank;  // A = 1 ... G = 7
  std::int64_t features_mask = 0;
  std::vector<std::string> words;  // full text, each word a prefix
  std::string sort = "-created_at";
};

}  // namespace logis
