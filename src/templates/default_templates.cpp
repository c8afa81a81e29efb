#include "templates/default_templates.hpp"

#include <algorithm>

namespace logis {
namespace {

#define LOGIS_GREETING                                                                         \
  "<p>{{#contact.civilite}}Bonjour {{contact.civilite}} {{contact.nom}},{{/contact.civilite}}" \
  "{{^contact.civilite}}Bonjour {{contact.prenom}} {{contact.nom}},{{/contact.civilite}}</p>\n"

#define LOGIS_SIGNATURE                                                                        \
  "<p>Bien cordialement,</p>\n"                                                                \
  "<p>{{#agent}}{{agent.prenom}} {{agent.nom}}<br>\n{{/agent}}<strong>{{agence.nom}}</strong>" \
  "{{#agence.adresse}}<br>\n{{agence.adresse}}{{/agence.adresse}}"                             \
  "{{#agent.telephone}}<br>\nTél. {{agent.telephone}}{{/agent.telephone}}"                    \
  "{{^agent.telephone}}{{#agence.telephone}}<br>\nTél. "                                      \
  "{{agence.telephone}}{{/agence.telephone}}{{/agent.telephone}}"                              \
  "{{#agence.site}}<br>\n<a href=\"{{agence.site}}\">{{agence.site}}</a>{{/agence.site}}</p>\n"

#define LOGIS_PROPERTY_SUMMARY                                                                                \
  "<ul>\n<li>{{bien.titre}} (réf. {{bien.reference}})</li>\n"                                                \
  "{{#bien.ville}}<li>{{bien.ville}}</li>\n{{/bien.ville}}"                                                   \
  "{{#bien.surface}}<li>{{bien.surface}} m²{{#bien.pieces}}, {{bien.pieces}} pièces{{/bien.pieces}}</li>\n" \
  "{{/bien.surface}}"                                                                                         \
  "{{#bien.prix}}<li>{{bien.prix}}</li>\n{{/bien.prix}}</ul>\n"                                               \
  "<p><a href=\"{{bien.lien}}\">Voir la fiche du bien</a></p>\n"

#define LOGIS_UNSUBSCRIBE                                                                           \
  "<p style=\"font-size:12px;color:#555\">Vous recevez ce message car vous avez demandé à être " \
  "informé(e) des biens correspondant à votre recherche. "                                        \
  "<a href=\"{{lien_desabonnement}}\">Ne plus recevoir ces alertes</a></p>\n"

}  // namespace

const std::vector<DefaultTemplate>& defaultTemplates() {
  static const std::vector<DefaultTemplate> templates = {
      {"email", "reply", "Réponse à une demande",
       "Votre demande{{#bien.titre}} : {{bien.titre}}{{/bien.titre}} – {{agence.nom}}",
       LOGIS_GREETING
       "<p>Nous vous remercions de l'intérêt que vous portez à notre agence"
       "{{#bien.titre}} et au bien « {{bien.titre}} » (réf. {{bien.reference}}){{/bien.titre}}.</p>\n"
       "{{#bien.titre}}<p>Ce bien est toujours disponible. En voici l'essentiel "
       ":</p>\n" LOGIS_PROPERTY_SUMMARY "{{/bien.titre}}"
       "<p>Je me tiens à votre disposition pour répondre à vos questions et, si vous le souhaitez, "
       "organiser une visite au moment qui vous conviendra.</p>\n" LOGIS_SIGNATURE},
      {"email", "follow_up", "Relance", "Votre projet immobilier – {{agence.nom}}",
       LOGIS_GREETING
       "<p>Nous avions échangé récemment au sujet de votre projet immobilier"
       "{{#demande.criteres}} ({{demande.criteres}}){{/demande.criteres}} et je souhaitais prendre de "
       "vos nouvelles.</p>\n"
       "<p>Votre recherche est-elle toujours d'actualité ? De nouveaux biens sont arrivés à l'agence "
       "et certains pourraient vous correspondre. Je serais ravi(e) de vous les présenter ou "
       "d'organiser des visites.</p>\n"
       "<p>N'hésitez pas à me répondre directement à ce message ou à m'appeler.</p>\n" LOGIS_SIGNATURE},
      {"email", "visit_confirmation", "Confirmation de visite",
       "Confirmation de votre visite du {{visite.date}} à {{visite.heure}}",
       LOGIS_GREETING
       "<p>Je vous confirme notre rendez-vous pour la visite du bien « {{bien.titre}} » "
       "(réf. {{bien.reference}}) :</p>\n"
       "<ul>\n<li>le {{visite.date}} à {{visite.heure}}</li>\n"
       "{{#visite.lieu}}<li>adresse du rendez-vous : {{visite.lieu}}</li>\n{{/visite.lieu}}</ul>\n"
       "<p>En cas d'empêchement, merci de nous prévenir afin que nous puissions convenir d'un autre "
       "créneau.</p>\n"
       "<p>Au plaisir de vous rencontrer,</p>\n" LOGIS_SIGNATURE},
      {"email", "visit_reminder", "Rappel de visite", "Rappel : visite le {{visite.date}} à {{visite.heure}}",
       LOGIS_GREETING
       "<p>Je vous rappelle notre rendez-vous pour la visite du bien « {{bien.titre}} » le "
       "{{visite.date}} à {{visite.heure}}{{#visite.lieu}}, {{visite.lieu}}{{/visite.lieu}}.</p>\n"
       "<p>Si vous avez un empêchement, merci de me prévenir dès que possible.</p>\n" LOGIS_SIGNATURE},
      {"email", "visit_report", "Compte-rendu de visite",
       "Compte-rendu de la visite du {{visite.date}} – {{bien.titre}}",
       LOGIS_GREETING "<p>Comme convenu, voici le compte-rendu de la visite de votre bien « {{bien.titre}} » "
                      "(réf. {{bien.reference}}) effectuée le {{visite.date}} à {{visite.heure}}.</p>\n"
                      "<p><strong>Impressions des visiteurs :</strong> à compléter.</p>\n"
                      "<p><strong>Points positifs :</strong> à compléter.</p>\n"
                      "<p><strong>Réserves exprimées :</strong> à compléter.</p>\n"
                      "<p><strong>Suite envisagée :</strong> à compléter.</p>\n"
                      "<p>Je reste à votre disposition pour en parler de vive voix.</p>\n" LOGIS_SIGNATURE},
      {"email", "new_property_alert", "Alerte nouveau bien", "Nouveau bien à {{bien.ville}} : {{bien.titre}}",
       LOGIS_GREETING
       "<p>Un nouveau bien correspondant à votre recherche vient d'arriver à l'agence "
       ":</p>\n" LOGIS_PROPERTY_SUMMARY
       "<p>Les biens de ce type partent vite : contactez-moi pour organiser une visite.</p>\n" LOGIS_SIGNATURE
           LOGIS_UNSUBSCRIBE},
      {"email", "price_drop_alert", "Baisse de prix", "Baisse de prix : {{bien.titre}}",
       LOGIS_GREETING
       "<p>Bonne nouvelle : le prix d'un bien correspondant à votre recherche vient de baisser. "
       "Il est désormais proposé à <strong>{{bien.prix}}</strong>.</p>\n" LOGIS_PROPERTY_SUMMARY
       "<p>Je me tiens à votre disposition pour une visite ou pour toute question.</p>\n" LOGIS_SIGNATURE
           LOGIS_UNSUBSCRIBE},
      {"sms", "visit_reminder", "Rappel de visite", "",
       "Rappel : visite de {{bien.titre}} le {{visite.date}} à {{visite.heure}}"
       "{{#visite.lieu}}, {{visite.lieu}}{{/visite.lieu}}. {{agent.prenom}}, {{agence.nom}}"},
      {"sms", "visit_confirmation", "Confirmation de visite", "",
       "Bonjour {{contact.prenom}}, votre visite de {{bien.titre}} est confirmée le {{visite.date}} à "
       "{{visite.heure}}. {{agent.prenom}}, {{agence.nom}}"},
      {"sms", "new_property_alert", "Alerte nouveau bien", "",
       "{{agence.nom}} : nouveau bien pour vous à {{bien.ville}}, {{bien.titre}}, {{bien.prix}}. "
       "{{bien.lien}} STOP pour ne plus recevoir d'alertes"},
  };
  return templates;
}

const DefaultTemplate* defaultTemplateFor(std::string_view channel, std::string_view purpose) {
  const auto& all = defaultTemplates();
  const auto found = std::find_if(all.begin(), all.end(), [&](const DefaultTemplate& item) {
    return item.channel == channel && item.purpose == purpose;
  });
  return found == all.end() ? nullptr : &*found;
}

}  // namespace logis
