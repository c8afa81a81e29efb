#pragma once

#include <nlohmann/json.hpp>

#include "core/api_error.hpp"

namespace logis {

// A refusal that hands the client what it needs to act (the contacts a duplicate matches, the contact a
// merged one now lives in): `details` members are added to the error object beside code and message.
class DetailedApiError : public ApiError {
 public:
  DetailedApiError(ApiError error, nlohmann::json details)
      : ApiError(std::move(error)), details(std::move(details)) {}

  nlohmann::json details;
};

}  // namespace logis
