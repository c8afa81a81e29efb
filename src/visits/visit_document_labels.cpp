#include "visits/visit_document_labels.hpp"

#include <map>

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
  std::string town;
  if (property.postal_code) town = *property.postal_code;
  if (property.city) town += (town.empty() ? "" : " ") + *property.city;
  if (property.street && !town.empty()) return *property.street + ", " + town;
  if (property.street) return property.street;
  if (!town.empty()) return town;
  return std::nullopt;
}

std::string letterhead(const AgencyFacts& agency) {
  std::string text = agency.name;
  if (agency.address) text += "\n" + *agency.address;
  if (agency.phone) text += "\nTél. " + *agency.phone;
  return text;
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
