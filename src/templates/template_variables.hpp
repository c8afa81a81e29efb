#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace logis {

// One value a template may name, as {{group.name}}: French names without accents (typed easily on any
// keyboard, read easily by an agency), each with its description and an example for the editor page.
struct TemplateVariable {
  std::string_view group;  // "bien"; empty for lien_desabonnement
  std::string_view field;  // "prix"
  std::string_view description;
  std::string_view example;

  std::string name() const;  // "bien.prix"
};

// Every variable, grouped: contact, demande (the lead), bien (the property), agent, agence, visite, and
// lien_desabonnement (alert emails).
const std::vector<TemplateVariable>& templateVariables();
// The groups ("contact", "bien", ...): a section may test a whole group ({{#bien}}...{{/bien}}).
const std::vector<std::string_view>& templateVariableGroups();
bool isTemplateVariable(std::string_view name);
bool isTemplateVariableGroup(std::string_view name);

}  // namespace logis
