#include "http/error_body.hpp"

#include "core/detailed_api_error.hpp"

namespace logis {

Response errorResponse(const ApiError& error, Locale locale) {
  const auto* detailed = dynamic_cast<const DetailedApiError*>(&error);
  nlohmann::json body = detailed != nullptr ? detailed->details : nlohmann::json::object();
  body["code"] = error.code;
  body["message"] = translate(locale, error.message);
  if (!error.fields.empty()) {
    auto& fields = body["fields"] = nlohmann::json::object();
    for (const auto& [name, text] : error.fields) fields[name] = translate(locale, text);
  }
  auto response = Response::json(error.status, {{"error", body}});
  if (error.retry_after_seconds)
    response.setHeader("Retry-After", std::to_string(*error.retry_after_seconds));
  if (error.status == 401) response.setHeader("WWW-Authenticate", "Bearer realm=\"logis\"");
  return response;
}

}  // namespace logis
