#pragma once

#include "core/api_error.hpp"
#include "core/i18n.hpp"
#include "http/response.hpp"

namespace logis {

// {"error": {"code", "message", "fields"}} in the caller's language: the API's only error format.
Response errorResponse(const ApiError& error, Locale locale);

}  // namespace logis
