#pragma once

#include <optional>
#include <string>

#include "mail/mime_parser.hpp"

namespace logis {

// The enquiry a listing portal forwards by email: who asks, about which listing.
struct PortalLead {
  std::string source;  // the lead source code: "seloger", "leboncoin", "bienici"
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::optional<std::string> reference;  // the agency's listing reference
  std::optional<std::string> message;
};

// Recognises the contact notifications of SeLoger, Leboncoin and Bien'ici by their sender's domain and
// their subject, then reads the "Libellé : valeur" lines of their text (or HTML) body. Nullopt for any
// other email, a portal's newsletter included.
class PortalParser {
 public:
  static std::optional<PortalLead> parse(const ParsedMessage& message);
};

}  // namespace logis
