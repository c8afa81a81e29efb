#include "leads/public_capture_routes.hpp"

#include <Poco/URI.h>

#include "core/api_error.hpp"
#include "core/i18n.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "leads/capture_form.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxCaptureBytes = 16 * 1024;

// The form's fields as texts: an HTML form's (x-www-form-urlencoded) or a JSON object's (strings, or
// booleans for the consents).
bool postedByHtmlForm(const Request& request) {
  return lowercase(request.header("Content-Type").value_or("")).starts_with("application/x-www-form-urlencoded");
}

std::map<std::string, std::string> formFields(const Request& request) {
  std::map<std::string, std::string> fields;
  if (postedByHtmlForm(request)) {
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

// "https://www.agence.fr/contact?x" -> "https://www.agence.fr"; nothing for what is not an http(s) URL.
std::optional<std::string> originOf(const std::string& url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) return std::nullopt;
  const auto host_start = url.find("://") + 3;
  const auto end = url.find_first_of("/?#", host_start);
  if (end == host_start) return std::nullopt;
  return url.substr(0, end);
}

// A page of one of the agency's own sites (never elsewhere: no open redirect), or nothing.
std::string agencyPage(const PublicCaptureService& capture, std::optional<std::int64_t> agency_id,
                       const std::optional<std::string>& url) {
  if (!agency_id || !url) return "";
  const auto origin = originOf(*url);
  return origin && capture.originAllowed(*agency_id, *origin) ? *url : "";
}

Response htmlAnswer(int status, std::string page) {
  Response response;
  response.status = status;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::move(page);
  return response;
}

// What a browser without JavaScript shows for a refused form: every message, in the visitor's language.
Response problemsPage(const ApiError& error, const Request& request, const std::string& back_url) {
  std::vector<std::string> messages;
  for (const auto& [field, text] : error.fields) messages.push_back(translate(request.locale, text));
  if (messages.empty()) messages.push_back(translate(request.locale, error.message));
  auto response = htmlAnswer(error.status, captureProblemsPage(messages, back_url));
  if (error.retry_after_seconds) response.setHeader("Retry-After", std::to_string(*error.retry_after_seconds));
  return response;
}

// The agency's public key: a field of the form, or the URL's ?agency_key= of a page posting JSON.
std::string agencyKey(const std::map<std::string, std::string>& fields, const Request& request) {
  const auto in_url = request.query.find("agency_key");
  return field(fields, "agency_key").value_or(in_url == request.query.end() ? "" : in_url->second);
}

// Checks the key, the origin and the rate, then records the lead; 201 {"received": true} (for robots too).
Response captureLead(const PublicCaptureService& capture, const Request& request,
                     const std::map<std::string, std::string>& fields) {
  const auto key = agencyKey(fields, request);
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
}

}  // namespace

void addPublicCaptureRoutes(Router& router, const PublicCaptureService& capture) {
  const std::string path = "/api/v1/public/leads";

  router
      .add("POST", path, Access::anyone(),
           [&capture](Request& request) {
             if (!postedByHtmlForm(request)) return captureLead(capture, request, formFields(request));
             // A form of the agency's site posted without JavaScript: the browser shows an HTML answer.
             std::optional<std::int64_t> agency_id;
             std::map<std::string, std::string> fields;
             try {
               fields = formFields(request);
               agency_id = capture.agencyFor(agencyKey(fields, request));
               captureLead(capture, request, fields);
             } catch (const ApiError& error) {
               return problemsPage(error, request, agencyPage(capture, agency_id, request.header("Referer")));
             }
             const auto thanks = agencyPage(capture, agency_id, field(fields, "redirect"));
             if (thanks.empty()) {
               return htmlAnswer(201, captureThanksPage(agencyPage(capture, agency_id, request.header("Referer"))));
             }
             auto response = htmlAnswer(303, "");
             response.setHeader("Location", thanks);
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
