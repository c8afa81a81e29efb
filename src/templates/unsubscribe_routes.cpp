#include "templates/unsubscribe_routes.hpp"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "core/api_error.hpp"
#include "core/html_escape.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxFormBytes = 4 * 1024;

Response page(int status, const std::string& title, const std::string& content) {
  Response response;
  response.status = status;
  response.content_type = "text/html; charset=utf-8";
  response.setHeader("Cache-Control", "no-store");
  response.setHeader("Referrer-Policy", "no-referrer");
  response.body =
      "<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      escapeHtml(title) + "</title>\n</head>\n<body>\n<main>\n<h1>" + escapeHtml(title) + "</h1>\n" +
      content + "</main>\n</body>\n</html>\n";
  return response;
}

std::string what(const UnsubscribePage& unsubscribe) {
  return unsubscribe.target.channel == "sms" ? "par SMS" : "par e-mail";
}

Response invalidLinkPage() {
  return page(400, "Lien de désabonnement invalide",
              "<p>Ce lien n'est pas valide ou a été tronqué. Pour ne plus recevoir de messages, répondez "
              "simplement au dernier message de l'agence en le demandant.</p>\n");
}

Response confirmPage(const UnsubscribePage& unsubscribe, const std::string& token) {
  const auto agency = escapeHtml(unsubscribe.agency_name);
  return page(200, "Se désabonner",
              "<p>Vous ne recevrez plus d'alertes ni de messages commerciaux " + what(unsubscribe) + " de " +
                  agency +
                  ".</p>\n<form method=\"post\" action=\"/desabonnement\">\n"
                  "<input type=\"hidden\" name=\"t\" value=\"" +
                  escapeHtml(token) +
                  "\">\n"
                  "<button type=\"submit\">Confirmer le désabonnement</button>\n</form>\n");
}

Response donePage(const UnsubscribePage& unsubscribe) {
  return page(200, "Vous êtes désabonné(e)",
              "<p>C'est fait : " + escapeHtml(unsubscribe.agency_name) +
                  " ne vous enverra plus d'alertes ni "
                  "de messages commerciaux " +
                  what(unsubscribe) +
                  ". Vous pouvez changer d'avis à tout moment "
                  "en le demandant à l'agence.</p>\n");
}

// The token of the page's form (t=...) or of the one-click URL (?t=...).
std::string formToken(const Request& request) {
  for (const auto& pair : splitNonEmpty(request.body, '&')) {
    if (!pair.starts_with("t=")) continue;
    std::string token;
    try {
      Poco::URI::decode(pair.substr(2), token);
    } catch (const Poco::Exception&) {
      return {};
    }
    return token;
  }
  const auto query = request.query.find("t");
  return query == request.query.end() ? "" : query->second;
}

}  // namespace

void addUnsubscribeRoutes(Router& router, const UnsubscribeService& unsubscribe) {
  router.add("GET", "/desabonnement", Access::anyone(), [&unsubscribe](Request& request) {
    const auto query = request.query.find("t");
    const auto token = query == request.query.end() ? "" : query->second;
    try {
      return confirmPage(unsubscribe.read(token), token);
    } catch (const ApiError&) {
      return invalidLinkPage();
    }
  });

  router
      .add("POST", "/desabonnement", Access::anyone(),
           [&unsubscribe](Request& request) {
             try {
               return donePage(unsubscribe.withdraw(formToken(request), request.remote_ip));
             } catch (const ApiError&) {
               return invalidLinkPage();
             }
           })
      .max_body_bytes = kMaxFormBytes;

  router
      .add("POST", "/api/v1/public/unsubscribe", Access::anyone(),
           [&unsubscribe](Request& request) {
             auto input = JsonInput::parse(request);
             const auto token = input.requiredString("token", 300);
             input.finish();
             const auto done = unsubscribe.withdraw(token, request.remote_ip);
             return Response::json(200, {{"unsubscribed", true},
                                         {"channel", done.target.channel},
                                         {"agency_name", done.agency_name}});
           })
      .max_body_bytes = kMaxFormBytes;
}

}  // namespace logis
