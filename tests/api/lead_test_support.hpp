#pragma once

#include <string>

#include "test_server.hpp"

namespace logis::testing {

// A new contact's quick entry (as from a phone call), with one search.
inline nlohmann::json phoneLead(const std::string& first_name, const std::string& email) {
  return {{"contact", {{"first_name", first_name}, {"last_name", "Martin"}, {"email", email}}},
          {"source", "phone"},
          {"message", "Cherche un 3 pièces"},
          {"criteria",
           {{{"transaction", "sale"},
             {"property_types", {"apartment"}},
             {"budget_max_cents", 40000000},
             {"cities", {"Lyon"}},
             {"features", {"balcony"}},
             {"dpe_max", "D"}}}}};
}

inline std::string leadPath(const nlohmann::json& lead) {
  return "/api/v1/leads/" + std::to_string(lead["id"].get<std::int64_t>());
}

}  // namespace logis::testing
