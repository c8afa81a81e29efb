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

}  // namespace logis
