#include "app/bench_lead_generator.hpp"

#include <algorithm>
#include <cmath>

#include "properties/bench_city.hpp"

namespace logis {
namespace {

constexpr EpochMs kDayMs = 24 * 3600 * 1000LL;
constexpr EpochMs kYearMs = 365 * kDayMs;

using Names = std::vector<std::string>;

// First names with their ASCII spelling for the email address.
const std::vector<std::pair<std::string, std::string>> kFirstNames = {
    {"Camille", "camille"},     {"Léa", "lea"},           {"Manon", "manon"},
    {"Chloé", "chloe"},         {"Inès", "ines"},         {"Sarah", "sarah"},
    {"Julie", "julie"},         {"Pauline", "pauline"},   {"Claire", "claire"},
    {"Anaïs", "anais"},         {"Hélène", "helene"},     {"Agnès", "agnes"},
    {"Nadia", "nadia"},         {"Fatima", "fatima"},     {"Mélanie", "melanie"},
    {"Laura", "laura"},         {"Maxime", "maxime"},     {"Alexandre", "alexandre"},
    {"Romain", "romain"},       {"Kevin", "kevin"},       {"Théo", "theo"},
    {"Nathan", "nathan"},       {"Adrien", "adrien"},     {"Benoît", "benoit"},
    {"Olivier", "olivier"},     {"Frédéric", "frederic"}, {"Jérôme", "jerome"},
    {"Sébastien", "sebastien"}, {"Yanis", "yanis"},       {"Rayan", "rayan"},
    {"Bruno", "bruno"},         {"Gilles", "gilles"}};
const std::vector<std::pair<std::string, std::string>> kLastNames = {
    {"Lemaire", "lemaire"},   {"Renard", "renard"},
    {"Arnaud", "arnaud"},     {"Barbier", "barbier"},
    {"Brunet", "brunet"},     {"Schmitt", "schmitt"},
    {"Colin", "colin"},       {"Caron", "caron"},
    {"Picard", "picard"},     {"Roger", "roger"},
    {"Aubert", "aubert"},     {"Lemoine", "lemoine"},
    {"Dufour", "dufour"},     {"Meunier", "meunier"},
    {"Boyer", "boyer"},       {"Charpentier", "charpentier"},
    {"Lucas", "lucas"},       {"Hubert", "hubert"},
    {"Marchand", "marchand"}, {"Noël", "noel"},
    {"Gaillard", "gaillard"}, {"Bouvier", "bouvier"},
    {"Joly", "joly"},         {"Hamon", "hamon"},
    {"Le Goff", "legoff"},    {"Riviere", "riviere"},
    {"Bailly", "bailly"},     {"Collet", "collet"},
    {"Haddad", "haddad"},     {"Tran", "tran"},
    {"Pereira", "pereira"},   {"Benoît", "benoit"},
    {"Cordier", "cordier"},   {"Étienne", "etienne"},
    {"Prévost", "prevost"},   {"Besnard", "besnard"}};
const Names kMailDomains = {"gmail.com", "orange.fr",  "free.fr",   "laposte.net",
                            "sfr.fr",    "hotmail.fr", "icloud.com"};
const std::vector<std::vector<std::string>> kSources = {{"website", "Site web de l'agence", "1"},
                                                        {"seloger", "SeLoger", "2"},
                                                        {"leboncoin", "Leboncoin", "3"},
                                                        {"bienici", "Bien'ici", "4"},
                                                        {"phone", "Téléphone", "5"},
                                                        {"walk_in", "Vitrine", "6"},
                                                        {"referral", "Recommandation", "7"},
                                                        {"other", "Autre", "8"}};
const std::vector<double> kSourceShares = {18, 24, 22, 10, 10, 6, 7, 3};
const Names kStatuses = {"new", "in_progress", "converted", "lost"};
const std::vector<double> kStatusShares = {20, 35, 15, 30};
const Names kLostReasons = {"A acheté ailleurs", "Projet abandonné", "Budget insuffisant", "Injoignable",
                            "Financement refusé"};
const Names kMessages = {
    "Bonjour, ce bien est-il toujours disponible ?", "Je souhaiterais organiser une visite.",
    "Nous cherchons un logement pour la rentrée.", "Pouvez-vous me rappeler en fin de journée ?",
    "Quel est le montant des charges de copropriété ?"};
const Names kTypes = {"call", "email", "sms", "visit", "note", "status_change"};
const std::vector<double> kTypeShares = {30, 25, 15, 10, 15, 5};
const std::vector<Names> kSummaries = {
    {"Appel : premier contact, projet confirmé", "Appel : point sur le financement",
     "Appel manqué, message laissé"},
    {"Envoi d'une sélection de biens", "Demande de documents", "Réponse à une question sur les charges"},
    {"Rappel du rendez-vous de demain", "Confirmation de visite", "Nouveau bien à proposer"},
    {"Visite effectuée, bon ressenti", "Visite : trop de travaux", "Contre-visite avec le conjoint"},
    {"Client très réactif", "Budget à confirmer avec la banque", "Préfère un étage élevé"},
    {"Statut : en cours", "Statut : relancé"}};

}  // namespace

const std::vector<std::string>& BenchLeadGenerator::contactColumns() {
  static const std::vector<std::string> columns = {
      "id",          "agency_id", "civility", "first_name",    "last_name",   "email",           "phone",
      "postal_code", "city",      "agent_id", "consent_email", "consent_sms", "last_inbound_at", "created_at",
      "updated_at"};
  return columns;
}

const std::vector<std::string>& BenchLeadGenerator::leadColumns() {
  static const std::vector<std::string> columns = {
      "id",          "agency_id",   "contact_id",       "source",         "status",
      "lost_reason", "assigned_to", "priority",         "next_action_at", "message",
      "created_at",  "updated_at",  "status_changed_at"};
  return columns;
}

const std::vector<std::string>& BenchLeadGenerator::criterionColumns() {
  static const std::vector<std::string> columns = {"id",
                                                   "agency_id",
                                                   "lead_id",
                                                   "transaction_type",
                                                   "property_types",
                                                   "budget_min_cents",
                                                   "budget_max_cents",
                                                   "living_area_min_m2",
                                                   "rooms_min",
                                                   "bedrooms_min",
                                                   "cities",
                                                   "postal_codes",
                                                   "near_lat",
                                                   "near_lon",
                                                   "radius_km",
                                                   "features_mask",
                                                   "dpe_max_rank",
                                                   "created_at",
                                                   "updated_at"};
  return columns;
}

const std::vector<std::string>& BenchLeadGenerator::interactionColumns() {
  static const std::vector<std::string> columns = {"id",      "agency_id", "contact_id",  "lead_id",
                                                   "type",    "direction", "occurred_at", "summary",
                                                   "user_id", "created_at"};
  return columns;
}

const std::vector<std::vector<std::string>>& BenchLeadGenerator::sources() {
  return kSources;
}

BenchLeadGenerator::BenchLeadGenerator(std::uint64_t seed, std::int64_t agency_id, std::int64_t count,
                                       EpochMs last_created, std::vector<std::int64_t> agent_ids,
                                       double interactions_per_lead)
    : engine_(seed),
      agency_id_(agency_id),
      count_(std::max<std::int64_t>(1, count)),
      first_created_(last_created - 3 * kYearMs),
      last_created_(last_created),
      agent_ids_(std::move(agent_ids)),
      interactions_per_lead_(interactions_per_lead) {
  for (const auto& city : benchCities()) city_weights_.push_back(city.weight);
}

double BenchLeadGenerator::unit() {
  return static_cast<double>(engine_() >> 11) * 0x1.0p-53;
}

std::int64_t BenchLeadGenerator::below(std::int64_t n) {
  return static_cast<std::int64_t>(unit() * static_cast<double>(n));
}

std::size_t BenchLeadGenerator::weighted(const std::vector<double>& weights) {
  double total = 0;
  for (const double weight : weights) total += weight;
  double point = unit() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (point < weights[i]) return i;
    point -= weights[i];
  }
  return weights.size() - 1;
}

std::string BenchLeadGenerator::phone() {
  std::string number = chance(0.8) ? "+336" : "+337";
  for (int digit = 0; digit < 8; ++digit) number += static_cast<char>('0' + below(10));
  return number;
}

BenchProspect BenchLeadGenerator::next(std::int64_t contact_id, std::int64_t lead_id,
                                       std::int64_t criterion_id, std::int64_t first_interaction_id) {
  BenchProspect prospect;
  const auto span = last_created_ - first_created_;
  const EpochMs created = first_created_ + span / count_ * index_ + below(3600 * 1000);
  ++index_;
  const auto& city = benchCities()[weighted(city_weights_)];
  // The first sixteen first names are women's.
  const auto first_index = static_cast<std::size_t>(below(static_cast<std::int64_t>(kFirstNames.size())));
  const auto& first = kFirstNames[first_index];
  const auto& last = pick(kLastNames);
  const bool woman = first_index < 16;
  const auto agent = agent_ids_.empty() ? SqlValue{nullptr} : SqlValue{pick(agent_ids_)};
  const auto email =
      first.second + "." + last.second + std::to_string(below(1000)) + "@" + pick(kMailDomains);
  const std::string postal(city.postal_code);
  const EpochMs last_inbound = created + below(60) * kDayMs;
  prospect.contact = {contact_id,
                      agency_id_,
                      woman ? "Mme" : "M.",
                      first.first,
                      last.first,
                      email,
                      chance(0.9) ? SqlValue{phone()} : SqlValue{nullptr},
                      postal,
                      std::string(city.name),
                      agent,
                      std::int64_t{chance(0.6)},
                      std::int64_t{chance(0.4)},
                      std::min(last_inbound, last_created_),
                      created,
                      created};

  const auto status = kStatuses[weighted(kStatusShares)];
  const bool open = status == "new" || status == "in_progress";
  const EpochMs changed = status == "new" ? created : created + (1 + below(90)) * kDayMs;
  const auto assigned = status == "new" && chance(0.3) ? SqlValue{nullptr} : agent;
  prospect.lead = {lead_id,
                   agency_id_,
                   contact_id,
                   kSources[weighted(kSourceShares)][0],
                   status,
                   status == "lost" ? SqlValue{pick(kLostReasons)} : SqlValue{nullptr},
                   assigned,
                   pick(Names{"low", "normal", "normal", "normal", "high"}),
                   open ? SqlValue{created + (below(60) - 15) * kDayMs} : SqlValue{nullptr},
                   chance(0.6) ? SqlValue{pick(kMessages)} : SqlValue{nullptr},
                   created,
                   std::min(changed, last_created_),
                   std::min(changed, last_created_)};

  // The search: around the city the person lives in, sized and priced from its market.
  const bool sale = chance(0.7);
  const auto rooms = 1 + static_cast<std::int64_t>(weighted({15, 30, 30, 17, 8}));
  const double area = std::round(12.0 + 18.0 * static_cast<double>(rooms) * (0.85 + 0.3 * unit()));
  const double per_m2 = sale ? city.sale_eur_per_m2 : city.rent_eur_per_m2;
  const double euros = area * per_m2 * (1.0 + 0.4 * unit());
  const std::int64_t budget = sale ? std::llround(euros / 5000) * 500000 : std::llround(euros / 50) * 5000;
  SqlValue cities = nullptr, postal_codes = nullptr, near_lat = nullptr, near_lon = nullptr, radius = nullptr;
  const auto place = weighted({55, 30, 15});
  if (place == 0) {
    cities = std::string(city.name);
  } else if (place == 1) {
    near_lat = city.lat;
    near_lon = city.lon;
    radius = static_cast<double>(2 + below(9));
  } else {
    postal_codes = postal;
  }
  const std::int64_t features = chance(0.3) ? (std::int64_t{1} << below(8)) : 0;
  prospect.criterion = {criterion_id,
                        agency_id_,
                        lead_id,
                        sale ? "sale" : "rent",
                        pick(Names{"apartment", "apartment", "apartment", "house", "apartment,house"}),
                        chance(0.2) ? SqlValue{budget / 2} : SqlValue{nullptr},
                        budget,
                        area,
                        rooms,
                        rooms > 1 && chance(0.5) ? SqlValue{rooms - 1} : SqlValue{nullptr},
                        cities,
                        postal_codes,
                        near_lat,
                        near_lon,
                        radius,
                        features,
                        chance(0.15) ? SqlValue{std::int64_t{4 + below(2)}} : SqlValue{nullptr},
                        created,
                        created};

  // The timeline: 1 to 2n - 1 entries (n on average) over the weeks after the enquiry.
  const auto mean = std::max(1.0, interactions_per_lead_);
  const auto count = interactions_per_lead_ <= 0 ? 0 : 1 + below(static_cast<std::int64_t>(2 * mean - 1));
  std::vector<EpochMs> times;
  for (std::int64_t i = 0; i < count; ++i)
    times.push_back(std::min(created + below(120 * kDayMs), last_created_));
  std::sort(times.begin(), times.end());
  for (std::int64_t i = 0; i < count; ++i) {
    const auto type = weighted(kTypeShares);
    const bool directed = type <= 2;
    prospect.interactions.push_back(
        {first_interaction_id + i, agency_id_, contact_id, lead_id, kTypes[type],
         directed ? SqlValue{std::string(chance(0.5) ? "in" : "out")} : SqlValue{nullptr}, times[i],
         pick(kSummaries[type]), agent, times[i]});
  }
  return prospect;
}

}  // namespace logis
