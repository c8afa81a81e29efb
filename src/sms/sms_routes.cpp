#include "sms/sms_routes.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "sms/twilio_sms_provider.hpp"

namespace logis::sms {
namespace {

constexpr std::size_t kMaxWebhookBytes = 32 * 1024;

// Twilio posts application/x-www-form-urlencoded parameters ('+' is a space: Poco's decode only knows
// that after a '?').
std::map<std::string, std::string> formFields(const Request& request) {
  std::map<std::string, std::string> fields;
  const auto decoded = [](std::string text, std::string& into) {
    std::replace(text.begin(), text.end(), '+', ' ');
    Poco::URI::decode(text, into);
  };
  for (const auto& pair : splitNonEmpty(request.body, '&')) {
    const auto equals = pair.find('=');
    std::string name;
    std::string value;
    try {
      decoded(pair.substr(0, equals), name);
      if (equals != std::string::npos) decoded(pair.substr(equals + 1), value);
    } catch (const Poco::Exception&) {
      throw ApiError::badRequest("malformed_form", {"lead.form_malformed"});
    }
    fields[name] = value;
  }
  return fields;
}

// The agency named by the secret in the path and, when its provider is Twilio with an auth token, a
// request that Twilio signed (X-Twilio-Signature over the URL it was given and the parameters).
SmsSettings authenticated(const SmsSettingsService& service, const Request& request, const std::string& kind,
                          const std::map<std::string, std::string>& fields) {
  const auto found = request.path_params.find("secret");
  const auto settings = service.forWebhookSecret(found == request.path_params.end() ? "" : found->second);
  if (!settings) throw ApiError::notFound();
  if (settings->provider == "twilio" && settings->auth_token) {
    const auto expected = twilioSignature(*settings->auth_token, service.webhookUrl(*settings, kind), fields);
    const auto given = request.header("X-Twilio-Signature").value_or("");
    if (!crypto::constantTimeEquals(expected, given)) {
      throw ApiError(403, "signature_invalid", {"sms.signature_invalid"});
    }
  }
  return *settings;
}

Response twimlEmpty() {
  Response response;
  response.status = 200;
  response.content_type = "text/xml; charset=utf-8";
  response.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";
  return response;
}

}  // namespace

void addSmsRoutes(Router& router, const SmsSettingsService& settings, const SmsService& messages) {
  router.add("GET", "/api/v1/sms-settings", Access::to(Action::manage_messaging_settings),
             [&settings](Request& request) { return Response::json(200, settings.get(request.caller())); });

  router.add("PUT", "/api/v1/sms-settings", Access::to(Action::manage_messaging_settings),
             [&settings](Request& request) {
               const auto input = JsonInput::parse(request);
               return Response::json(200, settings.update(request.caller(), input.object()));
             });

  router.add("POST", "/api/v1/sms", Access::to(Action::send_messages), [&messages](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(202, messages.send(request.caller(), input.object()));
  });

  router.add("GET", "/api/v1/sms/{id}", Access::to(Action::view_conversations),
             [&messages](Request& request) {
               return Response::json(200, messages.get(request.caller(), request.idParam("id")));
             });

  router
      .add("POST", "/api/v1/public/sms/{secret}/status", Access::anyone(),
           [&settings, &messages](Request& request) {
             const auto fields = formFields(request);
             messages.statusReport(authenticated(settings, request, "status", fields), fields);
             return Response::noContent();
           })
      .max_body_bytes = kMaxWebhookBytes;

  router
      .add("POST", "/api/v1/public/sms/{secret}/inbound", Access::anyone(),
           [&settings, &messages](Request& request) {
             const auto fields = formFields(request);
             messages.inbound(authenticated(settings, request, "inbound", fields), fields);
             return twimlEmpty();
           })
      .max_body_bytes = kMaxWebhookBytes;
}

}  // namespace logis::sms
