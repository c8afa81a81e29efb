#include "leads/capture_form.hpp"

#include "core/html_escape.hpp"

namespace logis {

std::string captureFormSnippet(const std::string& public_url, const std::string& public_key) {
  auto base = public_url;
  while (base.ends_with('/')) base.pop_back();
  return "<form method=\"post\" action=\"" + escapeHtml(base) +
         "/api/v1/public/leads\">\n"
         "  <input type=\"hidden\" name=\"agency_key\" value=\"" +
         escapeHtml(public_key) +
         "\">\n"
         "  <p><label for=\"logis-first-name\">Prénom</label>\n"
         "    <input id=\"logis-first-name\" name=\"first_name\" autocomplete=\"given-name\" "
         "maxlength=\"100\"></p>\n"
         "  <p><label for=\"logis-last-name\">Nom</label>\n"
         "    <input id=\"logis-last-name\" name=\"last_name\" autocomplete=\"family-name\" "
         "maxlength=\"100\"></p>\n"
         "  <p><label for=\"logis-email\">E-mail</label>\n"
         "    <input id=\"logis-email\" name=\"email\" type=\"email\" autocomplete=\"email\" "
         "maxlength=\"254\"></p>\n"
         "  <p><label for=\"logis-phone\">Téléphone</label>\n"
         "    <input id=\"logis-phone\" name=\"phone\" type=\"tel\" autocomplete=\"tel\" "
         "maxlength=\"30\"></p>\n"
         "  <p><label for=\"logis-message\">Message</label>\n"
         "    <textarea id=\"logis-message\" name=\"message\" rows=\"4\" maxlength=\"5000\"></textarea></p>\n"
         "  <input type=\"hidden\" name=\"property_reference\" value=\"\">\n"
         "  <!-- Facultatif : la page de remerciement de votre site (sinon Logis affiche la sienne). -->\n"
         "  <input type=\"hidden\" name=\"redirect\" value=\"\">\n"
         "  <p><input id=\"logis-consent-email\" name=\"consent_email\" type=\"checkbox\" value=\"1\">\n"
         "    <label for=\"logis-consent-email\">" +
         escapeHtml(kEmailConsentWording) +
         "</label></p>\n"
         "  <p><input id=\"logis-consent-sms\" name=\"consent_sms\" type=\"checkbox\" value=\"1\">\n"
         "    <label for=\"logis-consent-sms\">" +
         escapeHtml(kSmsConsentWording) +
         "</label></p>\n"
         "  <p style=\"position:absolute;left:-10000px\" aria-hidden=\"true\"><label for=\"logis-website\">"
         "Ne pas remplir</label>\n"
         "    <input id=\"logis-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></p>\n"
         "  <p><button type=\"submit\">Envoyer</button></p>\n"
         "</form>\n";
}

namespace {

std::string answerPage(const std::string& title, const std::string& content, const std::string& back_url) {
  const auto back = back_url.empty()
                        ? std::string()
                        : "<p><a href=\"" + escapeHtml(back_url) + "\">Revenir au site de l’agence</a></p>\n";
  return "<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         escapeHtml(title) + "</title>\n</head>\n<body>\n<main>\n<h1>" + escapeHtml(title) + "</h1>\n" +
         content + back + "</main>\n</body>\n</html>\n";
}

}  // namespace

std::string captureThanksPage(const std::string& back_url) {
  return answerPage("Merci, votre demande est envoyée",
                    "<p>L’agence l’a bien reçue et vous recontacte rapidement.</p>\n", back_url);
}

std::string captureProblemsPage(const std::vector<std::string>& messages, const std::string& back_url) {
  std::string items;
  for (const auto& message : messages) items += "<li>" + escapeHtml(message) + "</li>\n";
  return answerPage("Votre demande n’est pas envoyée",
                    "<p>Corrigez ce qui suit, puis envoyez le formulaire de nouveau :</p>\n<ul>\n" + items +
                        "</ul>\n",
                    back_url);
}

}  // namespace logis
