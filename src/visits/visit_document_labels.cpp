#include "visits/visit_document_labels.hpp"

#include <map>

#include "core/french_format.hpp"
#include "core/html_escape.hpp"

namespace logis::visits {

std::string statusLabel(const std::string& status) {
  static const std::map<std::string, std::string> labels = {{"planned", "Planifiée"},
                                                            {"confirmed", "Confirmée"},
                                                            {"done", "Effectuée"},
                                                            {"cancelled", "Annulée"},
                                                            {"no_show", "Client absent"}};
  const auto found = labels.find(status);
  return found == labels.end() ? status : found->second;
}

std::string priceOpinionLabel(const std::string& opinion) {
  static const std::map<std::string, std::string> labels = {
      {"too_high", "Trop élevé"}, {"high", "Élevé"}, {"fair", "Juste"}, {"low", "Bas"}};
  const auto found = labels.find(opinion);
  return found == labels.end() ? opinion : found->second;
}

std::optional<std::string> addressOf(const PropertyFacts& property) {
  return postalAddress(property.street, property.postal_code, property.city);
}

TimeZone agencyZone(const AgencyFacts& agency) {
  return TimeZone::named(agency.time_zone).value_or(TimeZone::paris());
}

std::string fullName(const NamedPerson& person) {
  std::string name;
  for (const auto* part : {&person.first_name, &person.last_name}) {
    if (*part && !(*part)->empty()) name += (name.empty() ? "" : " ") + **part;
  }
  return name.empty() ? "Contact sans nom" : name;
}

std::string htmlParagraphs(const std::string& text) {
  std::string html = "<p>";
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text.compare(at, 2, "\n\n") == 0) {
      html += "</p>\n<p>";
      ++at;
    } else if (text[at] == '\n') {
      html += "<br>\n";
    } else {
      html += escapeHtml(text.substr(at, 1));
    }
  }
  return html + "</p>";
}

}  // namespace logis::visits
