#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/text.hpp"

namespace logis {

// HTML: values are HTML-escaped ({{x}}) and the unescaped forms ({{{x}}}, {{&x}}) are refused, so nothing
// from a record reaches the HTML as markup. Text (subjects, SMS, plain text): values are inserted as
// they are.
enum class TemplateMode { html, text };

struct RenderedMessage {
  std::string subject;    // empty for SMS
  std::string body;       // HTML for an email, text for an SMS
  std::string body_text;  // the plain-text alternative of an email (the body itself for an SMS)
};

// Mustache (mstch) restricted to what an agency needs: variables from templateVariables() written with
// their full name ({{bien.prix}}), sections and inverted sections on a variable or a group
// ({{#bien.surface}}...{{/bien.surface}}, {{^agent}}...{{/agent}}), comments. Refused: unknown names,
// unbalanced sections, partials, delimiter changes, and unescaped values in HTML.
class TemplateRenderer {
 public:
  // The first problem of the template, as a sentence naming it (« Variable inconnue : {{bien.prixx}} »).
  static std::optional<Text> problemIn(const std::string& source, TemplateMode mode);
  // Renders a template without problems against a context shaped like the variables:
  // {"contact": {"prenom": ...}, "bien": {...}, "lien_desabonnement": "..."}; an absent group is empty.
  static std::string render(const std::string& source, const nlohmann::json& context, TemplateMode mode);
  // An email (subject in text mode, HTML body, its text alternative) or an SMS (no subject).
  static RenderedMessage renderEmail(const std::string& subject, const std::string& body,
                                     const nlohmann::json& context);
  static RenderedMessage renderSms(const std::string& body, const nlohmann::json& context);
};

}  // namespace logis
