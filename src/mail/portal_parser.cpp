#include "mail/portal_parser.hpp"

#include <array>
#include <regex>
#include <vector>

#include "core/strings.hpp"

namespace logis {
namespace {

struct Portal {
  std::string_view source;
  std::string_view domain;
};

constexpr std::array<Portal, 3> kPortals = {
    {{"seloger", "seloger.com"}, {"leboncoin", "leboncoin.fr"}, {"bienici", "bienici.com"}}};

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string withoutAccents(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> folds = {
      {"\xC2\xA0", " "}, {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"É", "E"}, {"à", "a"}, {"ç", "c"}, {"’", "'"}};
  for (const auto& [from, to] : folds) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

// "Prénom", "PRENOM " and "prénom" are one label: lower case, without accents or spaces around.
std::string normalised(const std::string& label) {
  const auto text = lowercase(withoutAccents(label));
  const auto first = text.find_first_not_of(" \t*-•");
  const auto last = text.find_last_not_of(" \t\r*.");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\xC2\xA0");
  const auto last = text.find_last_not_of(" \t\r");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

enum class Field { first_name, last_name, full_name, email, phone, reference, message };

std::optional<Field> fieldOf(const std::string& label) {
  static const std::vector<std::pair<std::string_view, Field>> labels = {
      {"prenom", Field::first_name},
      {"nom", Field::last_name},
      {"nom de famille", Field::last_name},
      {"nom et prenom", Field::full_name},
      {"prenom et nom", Field::full_name},
      {"nom complet", Field::full_name},
      {"de la part de", Field::full_name},
      {"expediteur", Field::full_name},
      {"e-mail", Field::email},
      {"email", Field::email},
      {"adresse e-mail", Field::email},
      {"adresse email", Field::email},
      {"courriel", Field::email},
      {"telephone", Field::phone},
      {"tel", Field::phone},
      {"numero de telephone", Field::phone},
      {"reference", Field::reference},
      {"reference de l'annonce", Field::reference},
      {"reference annonce", Field::reference},
      {"ref. annonce", Field::reference},
      {"ref annonce", Field::reference},
      {"ref", Field::reference},
      {"votre reference", Field::reference},
      {"message", Field::message},
      {"son message", Field::message},
      {"message du contact", Field::message}};
  for (const auto& [text, field] : labels) {
    if (label == text) return field;
  }
  return std::nullopt;
}

std::string withoutTags(const std::string& html) {
  static const std::regex breaks(R"(<\s*(br|/p|/div|/tr|/li)[^>]*>)", std::regex::icase);
  static const std::regex tags("<[^>]*>");
  auto text = std::regex_replace(std::regex_replace(html, breaks, "\n"), tags, "");
  static const std::vector<std::pair<std::string, std::string>> entities = {
      {"&nbsp;", " "}, {"&eacute;", "é"}, {"&egrave;", "è"},
      {"&#39;", "'"},  {"&quot;", "\""},  {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

bool looksLikeEnquiry(const std::string& subject) {
  const auto folded = normalised(subject);
  for (const auto word : {"contact", "demande", "message", "interesse", "visite", "renseignement"}) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

void assign(PortalLead& lead, Field field, const std::string& value) {
  if (value.empty()) return;
  switch (field) {
    case Field::first_name:
      lead.first_name = value;
      break;
    case Field::last_name:
      lead.last_name = value;
      break;
    case Field::full_name: {
      const auto space = value.find(' ');
      if (space == std::string::npos) {
        lead.last_name = value;
      } else {
        lead.first_name = value.substr(0, space);
        lead.last_name = trimmed(value.substr(space + 1));
      }
      break;
    }
    case Field::email:
      lead.email = lowercase(value);
      break;
    case Field::phone:
      lead.phone = value;
      break;
    case Field::reference:
      lead.reference = value;
      break;
    case Field::message:
      lead.message = value;
      break;
  }
}

// "Libellé : valeur" lines; a message runs on over the following lines until the next label or a blank
// line after some text.
void readLines(const std::string& body, PortalLead& lead) {
  std::optional<Field> open_message;
  std::string message;
  std::size_t start = 0;
  while (start <= body.size()) {
    auto end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    const auto line = trimmed(body.substr(start, end - start));
    start = end + 1;
    const auto colon = line.find(':');
    const auto field = colon == std::string::npos ? std::nullopt : fieldOf(normalised(line.substr(0, colon)));
    if (field) {
      open_message = field == Field::message ? field : std::nullopt;
      const auto value = trimmed(line.substr(colon + 1));
      if (field == Field::message) {
        message = value;
      } else if (!lead.email || field != Field::email) {
        assign(lead, *field, value);
      }
    } else if (open_message) {
      if (line.empty() && !message.empty()) {
        open_message.reset();
      } else if (!line.empty()) {
        message += (message.empty() ? "" : "\n") + line;
      }
    }
  }
  if (!message.empty()) lead.message = message;
}

std::optional<std::string> referenceInSubject(const std::string& subject) {
  static const std::regex pattern(R"(\bref(?:erence)?\.?\s*:?\s*([A-Za-z0-9][A-Za-z0-9_/-]{1,39}))",
                                  std::regex::icase);
  const auto folded = withoutAccents(subject);
  std::smatch match;
  if (std::regex_search(folded, match, pattern)) return match[1].str();
  return std::nullopt;
}

}  // namespace

std::optional<PortalLead> PortalParser::parse(const ParsedMessage& message) {
  const auto& sender = message.from.address;
  const auto at = sender.rfind('@');
  if (at == std::string::npos) return std::nullopt;
  const auto domain = std::string_view(sender).substr(at + 1);
  for (const auto& portal : kPortals) {
    if (domain != portal.domain && !endsWith(domain, "." + std::string(portal.domain))) continue;
    if (!looksLikeEnquiry(message.subject)) return std::nullopt;
    PortalLead lead;
    lead.source = portal.source;
    readLines(message.text_body.empty() ? withoutTags(message.html_body) : message.text_body, lead);
    if (!lead.reference) lead.reference = referenceInSubject(message.subject);
    if (!lead.first_name && lead.last_name) assign(lead, Field::full_name, *lead.last_name);
    if (!lead.email && !lead.phone) return std::nullopt;
    return lead;
  }
  return std::nullopt;
}

}  // namespace logis
