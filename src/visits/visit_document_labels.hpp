#pragma once

#include <optional>
#include <string>

#include "core/time_zone.hpp"
#include "visits/visit_document_repository.hpp"

namespace logis::visits {

// The words the documents written after a visit print (French, as the agency's clients read them).

// "Effectuée", "Client absent"...
std::string statusLabel(const std::string& status);
// "Trop élevé", "Élevé", "Juste", "Bas".
std::string priceOpinionLabel(const std::string& opinion);
// "12 rue Victor Hugo, 69002 Lyon"; nullopt when the property has no address at all.
std::optional<std::string> addressOf(const PropertyFacts& property);
using docs::letterhead;
// The agency's zone (Paris when its name is unknown to the tz database).
TimeZone agencyZone(const AgencyFacts& agency);
// "Claire Martin"; "Contact sans nom" without names.
std::string fullName(const NamedPerson& person);
// Plain text as HTML paragraphs, escaped (blank lines separate paragraphs, line breaks are kept).
std::string htmlParagraphs(const std::string& text);

}  // namespace logis::visits
