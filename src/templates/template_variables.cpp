#include "templates/template_variables.hpp"

#include <algorithm>

namespace logis {

const std::vector<TemplateVariable>& templateVariables() {
  static const std::vector<TemplateVariable> variables = {
      {"contact", "civilite", "Civilité du contact (M., Mme)", "Mme"},
      {"contact", "prenom", "Prénom du contact", "Claire"},
      {"contact", "nom", "Nom du contact", "Martin"},
      {"contact", "email", "Adresse e-mail du contact", "claire.martin@example.fr"},
      {"contact", "telephone", "Téléphone du contact", "06 12 34 56 78"},
      {"demande", "statut", "Statut de la demande (nouvelle, en cours, ...)", "en cours"},
      {"demande", "source", "Origine de la demande", "seloger"},
      {"demande", "message", "Message laissé par le contact",
       "Bonjour, ce bien est-il toujours disponible ?"},
      {"demande", "criteres", "Résumé des critères de recherche",
       "Achat · appartement · 450 000 € max · Paris"},
      {"bien", "reference", "Référence du bien", "V-2026-00017"},
      {"bien", "titre", "Titre de l'annonce", "Appartement lumineux avec balcon"},
      {"bien", "type", "Type de bien", "appartement"},
      {"bien", "prix", "Prix de vente ou loyer mensuel, formaté", "350 000 €"},
      {"bien", "surface", "Surface habitable en m²", "65,5"},
      {"bien", "pieces", "Nombre de pièces", "3"},
      {"bien", "ville", "Ville du bien", "Lyon"},
      {"bien", "lien", "Lien vers la fiche du bien", "https://agence.example.fr/biens/17"},
      {"agent", "prenom", "Prénom de l'agent", "Julien"},
      {"agent", "nom", "Nom de l'agent", "Moreau"},
      {"agent", "email", "Adresse e-mail de l'agent", "julien.moreau@agence.example.fr"},
      {"agent", "telephone", "Téléphone de l'agent", "04 72 00 00 00"},
      {"agence", "nom", "Nom de l'agence", "Agence du Parc"},
      {"agence", "adresse", "Adresse de l'agence", "12 place Bellecour, 69002 Lyon"},
      {"agence", "telephone", "Téléphone de l'agence", "04 72 00 00 00"},
      {"agence", "site", "Site web de l'agence", "https://agence.example.fr"},
      {"visite", "date", "Date de la visite", "mardi 3 mars 2026"},
      {"visite", "heure", "Heure de la visite", "14 h 30"},
      {"visite", "lieu", "Lieu du rendez-vous", "12 rue de la République, Lyon"},
      {"", "lien_desabonnement", "Lien de désabonnement (alertes et relances par e-mail)",
       "https://agence.example.fr/desabonnement?t=..."},
  };
  return variables;
}

const std::vector<std::string_view>& templateVariableGroups() {
  static const std::vector<std::string_view> groups = {"",      "contact", "demande", "bien",
                                                       "agent", "agence",  "visite"};
  return groups;
}

std::string TemplateVariable::name() const {
  return group.empty() ? std::string(field) : std::string(group) + "." + std::string(field);
}

bool isTemplateVariable(std::string_view name) {
  const auto& all = templateVariables();
  return std::any_of(all.begin(), all.end(), [&](const auto& variable) { return variable.name() == name; });
}

bool isTemplateVariableGroup(std::string_view name) {
  const auto& groups = templateVariableGroups();
  return std::find(groups.begin(), groups.end(), name) != groups.end();
}

}  // namespace logis
