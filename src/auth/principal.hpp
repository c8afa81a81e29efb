#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "auth/role.hpp"

namespace logis {

// Who is calling, established by the authentication middleware. Every tenant-owned query takes
// `agency_id` from here and nowhere else.
struct Principal {
  enum class Via { session, api_token };

  Via via;
  std::int64_t agency_id;
  Role role;
  std::optional<std::int64_t> user_id;  // absent for API tokens
  std::int64_t credential_id;           // the session's or the API token's row
  std::string csrf_token;               // sessions only
};

}  // namespace logis
