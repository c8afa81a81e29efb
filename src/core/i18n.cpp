#include "core/i18n.hpp"

#include <unordered_map>

namespace logis {
namespace {

struct Sentence {
  std::string_view fr;
  std::string_view en;
};

const std::unordered_map<std::string_view, Sentence>& catalogue() {
  static const std::unordered_map<std::string_view, Sentence> sentences = {
      {"error.unauthenticated", {"Vous devez vous connecter.", "You must sign in."}},
      {"error.forbidden", {"Vous n'avez pas le droit de faire cela.", "You are not allowed to do this."}},
      {"error.not_found", {"Cet élément n'existe pas.", "This item does not exist."}},
      {"error.method_not_allowed",
       {"Cette méthode n'est pas acceptée ici.", "This method is not allowed here."}},
      {"error.invalid_fields", {"Certains champs sont à corriger.", "Some fields need to be corrected."}},
      {"error.malformed_json",
       {"Le corps de la requête n'est pas un JSON valide : {detail}",
        "The request body is not valid JSON: {detail}"}},
      {"error.json_object_expected",
       {"Le corps de la requête doit être un objet JSON.", "The request body must be a JSON object."}},
      {"error.unsupported_media_type",
       {"Envoyez le corps en application/json.", "Send the body as application/json."}},
      {"error.body_too_large",
       {"Le corps de la requête dépasse {limit} octets.", "The request body exceeds {limit} bytes."}},
      {"error.csrf",
       {"Jeton CSRF absent ou invalide : rechargez la page.",
        "Missing or invalid CSRF token: reload the page."}},
      {"error.internal",
       {"Erreur interne. Référence : {request_id}.", "Internal error. Reference: {request_id}."}},
      {"error.invalid_query",
       {"Paramètre « {name} » invalide : {detail}", "Invalid parameter \"{name}\": {detail}"}},
      {"error.database_unavailable",
       {"La base de données est injoignable.", "The database cannot be reached."}},
      {"error.malformed_url", {"L'adresse demandée est mal formée.", "The requested address is malformed."}},
      {"error.web_app_missing",
       {"L'application web n'est pas construite dans {dir} : lancez « make build ».",
        "The web app is not built in {dir}: run \"make build\"."}},
      {"error.multipart_expected",
       {"Envoyez le fichier en multipart/form-data.", "Send the file as multipart/form-data."}},
      {"error.multipart_boundary_missing",
       {"L'en-tête Content-Type multipart/form-data ne donne pas de boundary.",
        "The multipart/form-data Content-Type header gives no boundary."}},
      {"error.multipart_malformed",
       {"Le formulaire envoyé est mal formé ou incomplet : renvoyez-le.",
        "The form sent is malformed or incomplete: send it again."}},
      {"photo.file_too_large", {"Ce fichier dépasse {max} Mo.", "This file is larger than {max} MB."}},
      {"photo.not_an_image",
       {"Ce fichier n'est pas une image JPEG, PNG, WebP ou HEIC.",
        "This file is not a JPEG, PNG, WebP or HEIC image."}},
      {"photo.too_many_pixels",
       {"Cette image dépasse {max} mégapixels.", "This image is larger than {max} megapixels."}},
      {"photo.corrupt_image",
       {"Cette image est endommagée ou incomplète.", "This image is damaged or incomplete."}},
      {"token.role_invalid",
       {"Un jeton d'API a le rôle manager ou agent.", "An API token has the role manager or agent."}},
      {"auth.invalid_credentials",
       {"Adresse e-mail ou mot de passe incorrect.", "Wrong email address or password."}},
      {"auth.locked",
       {"Trop d'essais. Réessayez dans {seconds} secondes.",
        "Too many attempts. Try again in {seconds} seconds."}},
      {"auth.wrong_current_password",
       {"Le mot de passe actuel est incorrect.", "The current password is wrong."}},
      {"auth.token_invalid", {"Jeton d'API invalide ou révoqué.", "Invalid or revoked API token."}},
      {"geo.near_format",
       {"« near » doit être « latitude,longitude », par exemple 48.8566,2.3522.",
        "\"near\" must be \"latitude,longitude\", for example 48.8566,2.3522."}},
      {"geo.near_without_radius",
       {"« near » s'utilise avec « radius_km », le rayon en kilomètres.",
        "\"near\" needs \"radius_km\", the radius in kilometres."}},
      {"geo.radius_without_near",
       {"« radius_km » s'utilise avec « near », le centre du cercle.",
        "\"radius_km\" needs \"near\", the centre of the circle."}},
      {"geo.radius_range",
       {"« radius_km » doit être un nombre de kilomètres supérieur à 0 et d'au plus 500.",
        "\"radius_km\" must be a number of kilometres above 0 and at most 500."}},
      {"geo.bbox_format",
       {"« bbox » doit être « ouest,sud,est,nord » (longitudes et latitudes), par exemple "
        "2.25,48.81,2.42,48.90.",
        "\"bbox\" must be \"west,south,east,north\" (longitudes and latitudes), for example "
        "2.25,48.81,2.42,48.90."}},
      {"geo.bbox_south_above_north",
       {"« bbox » : le sud doit être au plus égal au nord.", "\"bbox\": south must not be above north."}},
      {"geo.out_of_range",
       {"« {name} » : la latitude va de -90 à 90 et la longitude de -180 à 180.",
        "\"{name}\": latitude goes from -90 to 90 and longitude from -180 to 180."}},
      {"geo.polygon_format",
       {"« polygon » doit être une suite de points « latitude,longitude » séparés par « ; ».",
        "\"polygon\" must be points \"latitude,longitude\" separated by \";\"."}},
      {"geo.polygon_point_count",
       {"« polygon » doit avoir de 3 à 200 points distincts (reçu : {count}).",
        "\"polygon\" must have 3 to 200 distinct points (got {count})."}},
      {"geo.polygon_self_intersecting",
       {"« polygon » : les côtés du polygone ne doivent pas se croiser.",
        "\"polygon\": the sides of the polygon must not cross."}},
      {"geo.geocoder_unavailable",
       {"La recherche d'adresse ne répond pas : placez le repère sur la carte.",
        "Address search is not answering: place the pin on the map."}},
      {"field.required", {"Ce champ est obligatoire.", "This field is required."}},
      {"field.must_be_string", {"Ce champ doit être du texte.", "This field must be text."}},
      {"field.must_be_boolean", {"Ce champ doit valoir vrai ou faux.", "This field must be true or false."}},
      {"field.must_be_integer",
       {"Ce champ doit être un nombre entier.", "This field must be a whole number."}},
      {"field.too_long",
       {"Ce champ dépasse {max} caractères.", "This field is longer than {max} characters."}},
      {"field.email_invalid",
       {"Adresse e-mail invalide (exemple : nom@agence.fr).",
        "Invalid email address (example: name@agency.com)."}},
      {"field.role_invalid",
       {"Rôle inconnu : choisissez admin, manager, agent ou client.",
        "Unknown role: choose admin, manager, agent or client."}},
      {"field.locale_invalid", {"Langue inconnue : fr ou en.", "Unknown language: fr or en."}},
      {"field.must_be_number", {"Ce champ doit être un nombre.", "This field must be a number."}},
      {"field.out_of_range",
       {"La valeur doit être comprise entre {min} et {max}.", "The value must be between {min} and {max}."}},
      {"field.amount_in_cents",
       {"Montant invalide : un nombre entier de centimes est attendu.",
        "Invalid amount: a whole number of cents is expected."}},
      {"field.amount_positive",
       {"Le montant doit être supérieur à 0 €.", "The amount must be more than €0."}},
      {"field.amount_not_negative",
       {"Le montant ne peut pas être négatif.", "The amount cannot be negative."}},
      {"field.amount_too_large", {"Ce montant est trop élevé.", "This amount is too large."}},
      {"field.choice_invalid",
       {"Valeur inconnue : choisissez parmi {choices}.", "Unknown value: choose among {choices}."}},
      {"field.features_invalid",
       {"Liste d'équipements invalide : codes possibles {choices}.",
        "Invalid features: known codes are {choices}."}},
      {"field.date_invalid", {"Date invalide (format AAAA-MM-JJ).", "Invalid date (format YYYY-MM-DD)."}},
      {"field.energy_class_invalid", {"Classe de A à G.", "A class from A to G."}},
      {"photo.cover_choose_another",
       {"Pour changer de couverture, choisissez une autre photo.", "To change the cover, choose another photo."}},
      {"property.fees_percent_needs_price",
       {"Indiquez le prix pour calculer les honoraires en pourcentage.",
        "Give the price to compute the fees as a percentage."}},
      {"property.fees_exceed_price",
       {"Les honoraires doivent être inférieurs au prix.", "The fees must be less than the price."}},
      {"property.mandate_end_before_start",
       {"La fin du mandat doit être après son début.", "The mandate must end after it starts."}},
      {"property.energy_cost_range",
       {"Le coût maximal doit être supérieur ou égal au coût minimal.",
        "The highest cost must be at least the lowest cost."}},
      {"property.coordinates_pair",
       {"Indiquez la latitude et la longitude ensemble.", "Give the latitude and the longitude together."}},
      {"property.bedrooms_exceed_rooms",
       {"Le nombre de chambres ne peut pas dépasser le nombre de pièces.",
        "There cannot be more bedrooms than rooms."}},
      {"property.class_without_diagnosis",
       {"Une classe énergétique n'a de sens qu'avec un DPE réalisé.",
        "An energy class needs a completed energy diagnosis (DPE)."}},
      {"property.agent_unknown",
       {"Cet agent n'appartient pas à l'agence.", "This agent does not belong to the agency."}},
      {"property.reference_taken",
       {"Un autre bien de l'agence porte déjà cette référence.",
        "Another property of the agency already has this reference."}},
      {"password.too_short",
       {"Le mot de passe doit contenir au moins {min} caractères.",
        "The password must be at least {min} characters long."}},
      {"password.too_long",
       {"Le mot de passe ne doit pas dépasser {max} caractères.",
        "The password must be at most {max} characters long."}},
      {"password.too_common",
       {"Ce mot de passe est trop courant : choisissez-en un autre.",
        "This password is too common: choose another one."}},
      {"password.contains_email",
       {"Le mot de passe ne doit pas contenir votre adresse e-mail.",
        "The password must not contain your email address."}},
      {"user.email_taken",
       {"Un compte existe déjà avec cette adresse e-mail.", "An account already uses this email address."}},
      {"user.cannot_change_self",
       {"Vous ne pouvez pas retirer vos propres droits d'administrateur ni désactiver votre compte.",
        "You cannot remove your own administrator rights or deactivate your own account."}},
      // contacts
      {"contact.phone_invalid",
       {"Numéro de téléphone invalide (exemple : 06 12 34 56 78 ou +44 20 7946 0958).",
        "Invalid phone number (example: 06 12 34 56 78 or +44 20 7946 0958)."}},
      {"contact.country_invalid",
       {"Code pays sur deux lettres (exemple : FR, BE).", "A two-letter country code (example: FR, BE)."}},
      {"contact.list_expected", {"Ce champ doit être une liste.", "This field must be a list."}},
      {"contact.too_many_channels", {"Au plus {max} éléments.", "At most {max} items."}},
      {"contact.identity_required",
       {"Indiquez au moins un nom, un e-mail ou un téléphone.", "Give at least a name, an email or a phone."}},
      {"contact.agent_unknown",
       {"Cet agent n'appartient pas à l'agence.", "This agent does not belong to the agency."}},
      {"contact.consent_proof_required",
       {"Indiquez la preuve du consentement : sa source et le texte accepté.",
        "Give the proof of consent: its source and the wording agreed to."}},
      {"contact.duplicate",
       {"Un contact de l'agence a déjà cet e-mail ou ce téléphone : fusionnez les fiches, ou confirmez "
        "la création d'un doublon.",
        "An agency contact already has this email or phone: merge the records, or confirm creating a "
        "duplicate."}},
      {"contact.owner_unknown",
       {"Le contact {id} n'existe pas dans l'agence.", "Contact {id} does not exist in the agency."}},
      {"task.due_at_invalid",
       {"Échéance invalide : date et heure ISO 8601 avec fuseau (exemple : 2026-11-24T14:30:00+01:00).",
        "Invalid due date: an ISO 8601 date and time with its offset (example: 2026-11-24T14:30:00+01:00)."}},
      {"task.assignee_unknown",
       {"Cet utilisateur n'est pas un membre actif de l'agence.", "This user is not an active member of the agency."}},
      {"task.lead_unknown", {"Ce lead n'existe pas dans l'agence.", "This lead does not exist in the agency."}},
      {"task.contact_unknown",
       {"Ce contact n'existe pas dans l'agence.", "This contact does not exist in the agency."}},
      {"contact.merge_itself",
       {"Choisissez une autre fiche que celle-ci.", "Choose another record than this one."}},
      {"contact.merge_unknown",
       {"Cette fiche n'existe pas ou a déjà été fusionnée.", "This record does not exist or was already merged."}},
      {"contact.merged",
       {"Ce contact a été fusionné dans une autre fiche.", "This contact has been merged into another record."}},
      {"contact.erased",
       {"Ce contact a été anonymisé : sa fiche ne peut plus être modifiée.",
        "This contact has been anonymised: the record can no longer be changed."}},
  };
  return sentences;
}

}  // namespace

Locale localeFromAcceptLanguage(std::string_view header) {
  const auto en = header.find("en");
  const auto fr = header.find("fr");
  if (en == std::string_view::npos) return Locale::fr;
  return (fr == std::string_view::npos || en < fr) ? Locale::en : Locale::fr;
}

std::string_view localeCode(Locale locale) {
  return locale == Locale::en ? "en" : "fr";
}

bool hasTranslation(std::string_view key) {
  return catalogue().contains(key);
}

std::string translate(Locale locale, const Text& text) {
  const auto found = catalogue().find(text.key);
  if (found == catalogue().end()) return text.key;
  std::string sentence(locale == Locale::en ? found->second.en : found->second.fr);
  for (const auto& [name, value] : text.params) {
    const std::string placeholder = "{" + name + "}";
    for (auto at = sentence.find(placeholder); at != std::string::npos;
         at = sentence.find(placeholder, at + value.size())) {
      sentence.replace(at, placeholder.size(), value);
    }
  }
  return sentence;
}

}  // namespace logis
