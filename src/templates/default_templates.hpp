#pragma once

#include <string_view>
#include <vector>

namespace logis {

// A template every agency starts with (French, the agency's signature at the end). They are copied into
// the agency's message_templates the first time its templates are listed, then the agency edits its
// copies; the originals here also stand in for a purpose whose templates were all archived.
struct DefaultTemplate {
  std::string_view channel;  // email | sms
  std::string_view purpose;  // see message_templates.purpose (migration 0011)
  std::string_view name;
  std::string_view subject;  // empty for SMS
  std::string_view body;     // HTML for an email, text for an SMS
};

const std::vector<DefaultTemplate>& defaultTemplates();
// The default of a purpose for a channel; nullptr when there is none (custom).
const DefaultTemplate* defaultTemplateFor(std::string_view channel, std::string_view purpose);

}  // namespace logis
