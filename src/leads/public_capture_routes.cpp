#include "leads/public_capture_routes.hpp"

#include <Poco/URI.h>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxCaptureBytes = 16 * 1024;

// The form's fields as texts: an HTML form's (x-www-form-urlencoded) or a JSON object's (strings, or
// booleans for the consents).
std::map<std::string, std::string> formFields(const Request& request) {
  std::map<std::string, std::string> fields;
  const auto type = lowercase(request.header("Content-Type").value_or(""));
  if (type.starts_with("application/x-www-form-urlencoded")) {
    for (const auto& pair : splitNonEmpty(request.body, '&')) {
      const auto equals = pair.find('=');
      std::string name;
      std::string value;
      try {
        auto plus_as_space = [](std::string text) {
          std::replace(text.begin(), text.end(), '+', ' ');
          return text;
        };
        Poco::URI::decode(plus_as_space(pair.substr(0, equals)), name);
        if (equals != std::string::npos) Poco::URI::decode(plus_as_space(pair.substr(equals + 1)), value);
      } catch (const Poco::Exception&) {
        throw ApiError::badRequest("malformed_form", {"lead.form_malformed"});
      }
      fields[name] = value;
    }
    return fields;
  }
  const auto input = JsonInput::parse(request);
  std::map<std::string, Text> problems;
  for (const auto& [name, value] : input.object().items()) {
    if (value.is_string()) {
      fields[name] = value.get<std::string>();
    } else if (value.is_boolean()) {
      fields[name] = value.get<bool>() ? "true" : "";
    } else if (!value.is_null()) {
      problems.emplace(name, Text{"field.must_be_string"});
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  return fields;
}

std::optional<std::string> field(const std::map<std::string, std::string>& fields, const std::string& name) {
  const auto found = fields.find(name);
  if (found == fields.end()) return std::nullopt;
  return found->second;
}

bool checked(const std::map<std::string, std::string>& fields, const std::string& name) {
  const auto value = lowercase(field(fields, name).value_or(""));
  return value == "1" || value == "on" || value == "true" || value == "yes" || value == "oui";
}

void allowOrigin(Response& response, const std::string& origin) {
  response.setHeader("Access-Control-Allow-Origin", origin);
  response.setHeader("Vary", "Origin");
}

}  // namespace

void addPublicCaptureRoutes(Router& router, const PublicCaptureService& capture) {
  const std::string path = "/api/v1/public/leads";

  router
      .add("POST", path, Access::anyone(),
           [&capture](Request& request) {
             const auto fields = formFields(request);
             const auto key =
                 field(fields, "agency_key")
                     .value_or(request.query.contains("agency_key") ? request.query.at("agency_key") : "");
             const auto agency_id = capture.agencyFor(key);
             const auto origin = request.header("Origin");
             if (origin && !capture.originAllowed(agency_id, *origin)) {
               throw ApiError(403, "origin_not_allowed", {"lead.origin_not_allowed"});
             }
             capture.countRequest(agency_id, request.remote_ip);
             capture.capture(agency_id,
                             {.agency_key = key,
                              .first_name = field(fields, "first_name"),
                              .last_name = field(fields, "last_name"),
                              .email = field(fields, "email"),
                              .phone = field(fields, "phone"),
                              .message = field(fields, "message"),
                              .property_reference = field(fields, "property_reference"),
                              .consent_email = checked(fields, "consent_email"),
                              .consent_sms = checked(fields, "consent_sms"),
                              .website = field(fields, "website")},
                             request.remote_ip);
             auto response = Response::json(201, {{"received", true}});
             if (origin) allowOrigin(response, *origin);
             return response;
           })
      .max_body_bytes = kMaxCaptureBytes;

  // A page of another site asks whether it may post JSON here: yes for the origins an agency allows
  // (the agency's own when the URL names its key), otherwise the answer carries no CORS header.
  router.add("OPTIONS", path, Access::anyone(), [&capture](Request& request) {
    auto response = Response::noContent();
    const auto origin = request.header("Origin");
    if (!origin) return response;
    const auto key = request.query.find("agency_key");
    const bool allowed = key != request.query.end()
                             ? capture.originAllowed(capture.agencyFor(key->second), *origin)
                             : capture.originAllowedAnywhere(*origin);
    if (!allowed) return response;
    allowOrigin(response, *origin);
    response.setHeader("Access-Control-Allow-Methods", "POST");
    response.setHeader("Access-Control-Allow-Headers", "Content-Type");
    response.setHeader("Access-Control-Max-Age", "600");
    return response;
  });
}

}  // namespace logis
