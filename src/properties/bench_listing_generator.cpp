#include "properties/bench_listing_generator.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/time_format.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr EpochMs kDayMs = 24 * 3600 * 1000;
constexpr EpochMs kYearMs = 365 * kDayMs;
constexpr double kKmPerDegreeLat = 111.2;

using Words = std::vector<std::string_view>;

const Words kFirstNames = {
    "Marie",     "Jean",      "Pierre",  "Nathalie",   "Isabelle", "Philippe", "Michel",  "Sylvie",
    "Catherine", "Françoise", "Nicolas", "Christophe", "Sophie",   "Julien",   "Camille", "Léa",
    "Hugo",      "Lucas",     "Emma",    "Chloé",      "Thomas",   "Manon",    "Antoine", "Sandrine",
    "Valérie",   "Stéphane",  "Laurent", "Céline",     "Aurélie",  "Élodie",   "Mathieu", "Guillaume",
    "Inès",      "Yasmine",   "Karim",   "Mehdi",      "Anne",     "Louis",    "Jules",   "Zoé"};
const Words kLastNames = {
    "Martin",  "Bernard",  "Dubois",   "Thomas",    "Robert",  "Richard", "Petit",    "Durand",   "Leroy",
    "Moreau",  "Simon",    "Laurent",  "Lefebvre",  "Michel",  "Garcia",  "David",    "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel",    "Girard",    "André",   "Lefèvre", "Mercier",  "Dupont",   "Lambert",
    "Bonnet",  "François", "Martinez", "Legrand",   "Garnier", "Faure",   "Rousseau", "Blanc",    "Guérin",
    "Muller",  "Henry",    "Roussel",  "Nicolas",   "Perrin",  "Morin",   "Mathieu",  "Clément",  "Gauthier",
    "Dumont",  "Lopez",    "Fontaine", "Chevalier", "Robin",   "Benali",  "Nguyen",   "Le Gall",  "Kerjean"};
const Words kMailDomains = {"gmail.com", "orange.fr",  "free.fr", "laposte.net",
                            "sfr.fr",    "outlook.fr", "yahoo.fr"};
const Words kStreets = {"rue de la République",
                        "avenue Victor-Hugo",
                        "boulevard Jean-Jaurès",
                        "rue Pasteur",
                        "avenue du Général-de-Gaulle",
                        "rue des Lilas",
                        "rue de la Paix",
                        "place Gambetta",
                        "rue Voltaire",
                        "quai des Chartreux",
                        "allée des Tilleuls",
                        "impasse du Moulin",
                        "rue de l'Église",
                        "rue des Écoles",
                        "chemin du Château",
                        "rue Carnot",
                        "avenue Foch",
                        "rue Émile-Zola",
                        "rue Jules-Ferry",
                        "rue Nationale",
                        "rue du Faubourg",
                        "rue Saint-Jacques",
                        "avenue de la Gare",
                        "rue des Jardins",
                        "rue Lamartine",
                        "rue Condorcet",
                        "cours Mirabeau",
                        "rue du Marché"};
const Words kNearby = {"des commerces",   "des écoles",        "des transports en commun",
                       "du marché",       "d'un grand parc",   "de la gare",
                       "d'une crèche",    "de la médiathèque", "des pistes cyclables",
                       "des restaurants", "du centre-ville",   "des bords de l'eau"};
const Words kOrientations = {"sud", "sud-ouest", "ouest", "est", "sud-est", "nord-ouest"};
const Words kKitchens = {"équipée", "aménagée", "ouverte sur le séjour", "indépendante",
                         "entièrement refaite"};
const Words kFloors = {"parquet en chêne", "carrelage", "parquet massif", "sol en béton ciré", "moquette"};
const Words kApartmentAdjectives = {"lumineux",    "spacieux",      "calme",      "traversant", "rénové",
                                    "charmant",    "familial",      "atypique",   "ensoleillé", "fonctionnel",
                                    "de standing", "refait à neuf", "bien agencé"};
const Words kHouseAdjectives = {"lumineuse",     "spacieuse",      "rénovée",     "charmante",
                                "familiale",     "contemporaine",  "ensoleillée", "de caractère",
                                "de plain-pied", "bien entretenue"};
const Words kClosings = {"Visite virtuelle disponible sur demande.",
                         "Contactez votre conseiller pour une visite.",
                         "À visiter sans tarder !",
                         "Coup de cœur assuré.",
                         "Disponible rapidement.",
                         "Idéal premier achat ou investissement locatif."};
const Words kCaptions = {"Séjour", "Cuisine", "Chambre", "Salle d'eau", "Façade", "Jardin", "Vue", "Entrée"};

// A rare detail and how often it appears: these words give full-text search its needles.
struct RareDetail {
  double probability;
  std::string_view sentence;
};
const std::vector<RareDetail> kRareDetails = {
    {0.03, "Une mezzanine offre un espace de travail."},
    {0.01, "Une verrière d'atelier sépare la cuisine du séjour."},
    {0.04, "Le bien est en duplex."},
    {0.003, "Un triplex rare dans le quartier."},
    {0.002, "Un hammam privatif complète la salle de bains."},
    {0.003, "Sauna et espace détente au sous-sol."},
    {0.01, "Domotique et volets roulants connectés."},
    {0.02, "Borne de recharge pour véhicule électrique."},
    {0.02, "Panneaux solaires en toiture."},
    {0.0005, "Une orangerie du XIXe siècle donne sur le jardin."},
    {0.005, "Tomettes anciennes et poutres apparentes."},
};

// The DPE classes of the French housing stock, A to G (about what the observatory reports).
const std::vector<double> kDpeShares = {0.02, 0.04, 0.19, 0.33, 0.23, 0.12, 0.07};
const std::vector<int> kDpeKwhFloor = {40, 70, 110, 180, 250, 330, 420};
const std::vector<int> kDpeKwhWidth = {30, 40, 70, 70, 80, 90, 280};
const std::vector<int> kGesKgFloor = {1, 6, 11, 30, 50, 70, 100};
const std::vector<int> kGesKgWidth = {5, 5, 19, 20, 20, 30, 80};

// Probability of each feature (in propertyFeatures() order) by property type.
const std::vector<double>& featureOdds(std::string_view type) {
  //                                          balc terr gard park garg cell elev pool furn fire clim acce view
  //                                          quie reno new
  static const std::vector<double> apartment = {.30, .12, .04, .28, .06, .45, 0,   .004,
                                                0,   .05, .08, .06, .12, .30, .25, .05};
  static const std::vector<double> house = {.10, .45, .88, .60, .55, .30, 0,   .15,
                                            .03, .35, .15, .08, .15, .45, .25, .06};
  static const std::vector<double> business = {0, .05, 0,   .20, .05, .10, .30, 0,
                                               0, 0,   .40, .35, .05, .05, .20, .05};
  static const std::vector<double> other = {0, .05, .10, .10, .05, .30, .10, 0,
                                            0, .05, 0,   .05, .30, .30, .10, 0};
  static const std::vector<double> none(16, 0.0);
  if (type == "apartment") return apartment;
  if (type == "house") return house;
  if (type == "commercial" || type == "office") return business;
  if (type == "parking" || type == "land") return none;
  return other;
}

std::string isoDate(EpochMs at) {
  return isoUtc(at).substr(0, 10);
}

std::string asciiLower(std::string_view text) {
  static const std::vector<std::pair<std::string_view, char>> accents = {{"é", 'e'}, {"è", 'e'}, {"ë", 'e'},
                                                                         {"ç", 'c'}, {"É", 'e'}, {"ï", 'i'}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto accent = std::find_if(accents.begin(), accents.end(), [&](const auto& pair) {
      return text.substr(i).starts_with(pair.first);
    });
    if (accent != accents.end()) {
      out += accent->second;
      i += accent->first.size();
    } else {
      const char c = text[i++];
      if (c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::int64_t roundTo(double value, std::int64_t step) {
  return std::max<std::int64_t>(step, std::llround(value / static_cast<double>(step)) * step);
}

double oneDecimal(double value) {
  return std::round(value * 10.0) / 10.0;
}

}  // namespace

// What a listing is made of while it is drawn, before it becomes a record.
struct BenchListingGenerator::Draft {
  const BenchCity* city = nullptr;
  bool paris = false;
  std::string type;
  bool sale = true;
  int rooms = 0;
  double area = 0;  // living area; 0 when the type has none
  double land = 0;
  int floor = 0;
  int floors_total = 0;
  int year_built = 0;
  std::vector<bool> has;  // by feature, in propertyFeatures() order
  int dpe_rank = 0;       // 0: no DPE
  EpochMs created_at = 0;
  nlohmann::json record;

  bool feature(std::string_view code) const {
    const auto& codes = propertyFeatures();
    return has[static_cast<std::size_t>(std::find(codes.begin(), codes.end(), code) - codes.begin())];
  }
};

BenchListingGenerator::BenchListingGenerator(std::uint64_t seed, std::int64_t count, EpochMs last_created,
                                             std::vector<std::int64_t> agent_ids)
    : engine_(seed),
      count_(std::max<std::int64_t>(1, count)),
      first_created_(last_created - 3 * kYearMs),
      last_created_(last_created),
      agent_ids_(std::move(agent_ids)) {
  for (const auto& city : benchCities()) city_weights_.push_back(city.weight);
}

double BenchListingGenerator::unit() {
  return static_cast<double>(engine_() >> 11) * 0x1.0p-53;
}

std::int64_t BenchListingGenerator::below(std::int64_t n) {
  return static_cast<std::int64_t>(unit() * static_cast<double>(n));
}

double BenchListingGenerator::normal() {
  // Box-Muller, one value per call: simple, and the same on every standard library.
  const double u = 1.0 - unit();
  return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * unit());
}

std::size_t BenchListingGenerator::weighted(const std::vector<double>& weights) {
  double total = 0;
  for (const double weight : weights) total += weight;
  double point = unit() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (point < weights[i]) return i;
    point -= weights[i];
  }
  return weights.size() - 1;
}

BenchListing BenchListingGenerator::next() {
  Draft draft;
  draft.record = nlohmann::json::object();
  for (const auto& field : propertyFields()) draft.record[std::string(field.name)] = nullptr;
  const auto span = last_created_ - first_created_;
  draft.created_at = first_created_ + span / count_ * index_ + below(6 * 3600 * 1000);
  ++index_;

  place(draft);
  kind(draft);
  surfaces(draft);
  features(draft);
  prices(draft);
  energy(draft);
  building(draft);
  mandate(draft);
  owner(draft);
  auto& record = draft.record;
  record["title"] = title(draft);
  record["description"] = description(draft);
  if (!agent_ids_.empty()) record["agent_id"] = pick(agent_ids_);

  BenchListing listing;
  listing.created_at = draft.created_at;
  listing.updated_at = std::min(last_created_, draft.created_at + below(60) * kDayMs);
  if (chance(0.05)) listing.archived_at = listing.updated_at;
  const bool draft_status = record["status"] == "draft";
  listing.photo_count = static_cast<int>(draft_status ? below(3) : 1 + below(5));
  listing.record = std::move(record);
  return listing;
}

void BenchListingGenerator::place(Draft& draft) {
  const auto& city = benchCities()[weighted(city_weights_)];
  draft.city = &city;
  draft.paris = city.postal_code.starts_with("75");
  auto& record = draft.record;
  const double lat = city.lat + normal() * city.spread_km / kKmPerDegreeLat;
  const double lon =
      city.lon + normal() * city.spread_km / (kKmPerDegreeLat * std::cos(city.lat * std::numbers::pi / 180));
  record["lat"] = std::round(lat * 1e6) / 1e6;
  record["lon"] = std::round(lon * 1e6) / 1e6;
  record["city"] = std::string(city.name);
  auto postal_code =
      std::stoi(std::string(city.postal_code)) + static_cast<int>(below(city.postal_districts));
  auto postal_text = std::to_string(postal_code);
  record["postal_code"] = std::string(5 - std::min<std::size_t>(5, postal_text.size()), '0') + postal_text;
  record["street"] =
      std::to_string(1 + below(180)) + (chance(0.03) ? " bis " : " ") + std::string(pick(kStreets));
  record["country"] = "FR";
  record["show_exact_address"] = chance(0.3);
}

void BenchListingGenerator::kind(Draft& draft) {
  static const std::vector<std::string> types = {"apartment", "house",   "land",     "commercial",
                                                 "office",    "parking", "building", "other"};
  static const std::vector<double> paris_shares = {.86, .01, 0, .04, .03, .05, .005, .005};
  static const std::vector<double> shares = {.55, .30, .05, .03, .02, .03, .01, .01};
  draft.type = types[weighted(draft.paris ? paris_shares : shares)];
  const bool rentable = draft.type != "land" && draft.type != "building";
  draft.sale = !rentable || !chance(draft.type == "parking" ? 0.5 : 0.28);
  auto& record = draft.record;
  record["type"] = draft.type;
  record["transaction"] = draft.sale ? "sale" : "rent";
  // Older listings are more often concluded: what a three-year-old listing base looks like.
  const double age = static_cast<double>(last_created_ - draft.created_at) / static_cast<double>(3 * kYearMs);
  const double concluded = 0.05 + 0.55 * age;
  const auto roll = unit();
  std::string status = "available";
  if (roll < concluded) {
    status = draft.sale ? "sold" : "rented";
  } else if (roll < concluded + 0.06) {
    status = "under_offer";
  } else if (roll < concluded + 0.10) {
    status = "under_contract";
  } else if (roll < concluded + 0.14) {
    status = "draft";
  } else if (roll < concluded + 0.17) {
    status = "withdrawn";
  }
  record["status"] = status;
}

void BenchListingGenerator::surfaces(Draft& draft) {
  static const std::vector<double> paris_rooms = {.22, .33, .24, .12, .06, .03};
  static const std::vector<double> apartment_rooms = {.14, .27, .29, .18, .08, .04};
  static const std::vector<double> house_rooms = {.10, .28, .30, .18, .09, .05};
  auto& record = draft.record;
  const auto& type = draft.type;
  if (type == "apartment") {
    draft.rooms = 1 + static_cast<int>(weighted(draft.paris ? paris_rooms : apartment_rooms));
    draft.area = std::max(9.0, (draft.rooms == 1 ? 24.0 : draft.rooms * 21.0 + 4) * lognormal(0.18));
  } else if (type == "house") {
    draft.rooms = 3 + static_cast<int>(weighted(house_rooms));
    draft.area = draft.rooms * 23.0 * lognormal(0.18);
    draft.land = 500 * lognormal(0.8);
  } else if (type == "land") {
    draft.land = 700 * lognormal(0.7);
  } else if (type == "commercial" || type == "office" || type == "other") {
    draft.area = (type == "office" ? 150 : 80) * lognormal(0.6);
    draft.rooms = 1 + static_cast<int>(draft.area / 40);
  } else if (type == "building") {
    draft.area = 500 * lognormal(0.5);
    draft.rooms = static_cast<int>(draft.area / 25);
  }
  if (draft.area > 0) record["living_area_m2"] = oneDecimal(draft.area);
  if (draft.land > 0) record["land_area_m2"] = std::round(draft.land);
  if (draft.rooms > 0) {
    record["rooms"] = draft.rooms;
    if (type == "apartment" || type == "house") {
      record["bedrooms"] = std::max(type == "house" ? 1 : 0, draft.rooms - (type == "house" ? 2 : 1));
      record["bathrooms"] = 1 + (draft.rooms >= 5) + (draft.rooms >= 7);
    }
  }
}

void BenchListingGenerator::features(Draft& draft) {
  const auto& odds = featureOdds(draft.type);
  const auto& codes = propertyFeatures();
  draft.has.assign(codes.size(), false);
  auto list = nlohmann::json::array();
  for (std::size_t bit = 0; bit < codes.size(); ++bit) {
    double probability = odds[bit];
    if (codes[bit] == "elevator" && draft.type == "apartment") probability = draft.paris ? 0.7 : 0.45;
    if (codes[bit] == "furnished" && draft.type == "apartment") probability = draft.sale ? 0.02 : 0.35;
    if (codes[bit] == "pool" && draft.city->seaside) probability *= 2;
    draft.has[bit] = chance(probability);
    if (draft.has[bit]) list.push_back(std::string(codes[bit]));
  }
  draft.record["features"] = list;
}

void BenchListingGenerator::prices(Draft& draft) {
  const auto& city = *draft.city;
  const auto& type = draft.type;
  auto& record = draft.record;
  double factor = type == "house"                           ? 0.9
                  : type == "commercial" || type == "other" ? 0.7
                  : type == "office"                        ? 0.75
                                                            : 1.0;
  if (draft.feature("renovated")) factor *= 1.08;
  if (draft.sale) {
    double euros = draft.area * city.sale_eur_per_m2 * factor * lognormal(0.18);
    if (type == "land") euros = draft.land * city.sale_eur_per_m2 * 0.05 * lognormal(0.3);
    if (type == "parking") euros = city.sale_eur_per_m2 * 3.5 * lognormal(0.25);
    if (type == "house") euros += draft.land * city.sale_eur_per_m2 * 0.05;
    const auto price = roundTo(euros, 1000) * 100;
    const double percent = 3.5 + unit() * 3.5;
    record["price_cents"] = price;
    record["fees_cents"] = std::llround(static_cast<double>(price) * percent / (100 + percent));
    record["fees_paid_by"] = chance(0.75) ? "seller" : "buyer";
    return;
  }
  double euros = draft.area * city.rent_eur_per_m2 * factor * lognormal(0.12);
  if (type == "parking") euros = city.rent_eur_per_m2 * 5 * lognormal(0.2);
  const auto rent = roundTo(euros, 5) * 100;
  record["rent_cents"] = rent;
  const auto method = unit();
  record["charges_method"] = method < 0.75 ? "provision" : method < 0.9 ? "flat" : "included";
  if (method < 0.9)
    record["charges_cents"] = roundTo(std::max(10.0, draft.area) * (1.5 + unit() * 2.5), 5) * 100;
  record["deposit_cents"] = draft.feature("furnished") ? 2 * rent : rent;
  record["rent_fees_cents"] =
      roundTo(std::max(10.0, draft.area) * (draft.paris ? 12 : 8 + unit() * 2), 1) * 100;
}

void BenchListingGenerator::energy(Draft& draft) {
  auto& record = draft.record;
  if (draft.type == "land" || draft.type == "parking") {
    record["dpe_status"] = "not_required";
    return;
  }
  if (chance(0.04)) {
    record["dpe_status"] = "blank";
    return;
  }
  auto rank = static_cast<int>(weighted(kDpeShares));
  if (draft.feature("new_build")) rank = static_cast<int>(below(2));
  const auto ges = std::clamp(rank - static_cast<int>(below(3)) + (chance(0.2) ? 1 : 0), 0, 6);
  const auto kwh = kDpeKwhFloor[rank] + below(kDpeKwhWidth[rank]);
  const double yearly_euros = static_cast<double>(kwh) * std::max(draft.area, 10.0) * 0.15;
  const auto dpe_day =
      std::max(draft.created_at - below(700) * kDayMs, EpochMs{1625097600000});  // 2021-07-01
  draft.dpe_rank = rank + 1;
  record["dpe_status"] = "done";
  record["dpe_class"] = std::string(1, static_cast<char>('A' + rank));
  record["dpe_kwh"] = kwh;
  record["ges_class"] = std::string(1, static_cast<char>('A' + ges));
  record["ges_kg"] = kGesKgFloor[ges] + below(kGesKgWidth[ges]);
  record["energy_cost_min_cents"] = roundTo(yearly_euros * 0.85, 10) * 100;
  record["energy_cost_max_cents"] = roundTo(yearly_euros * 1.15, 10) * 100;
  record["energy_cost_year"] = std::stoi(isoDate(dpe_day).substr(0, 4));
  record["dpe_date"] = isoDate(dpe_day);
}

void BenchListingGenerator::building(Draft& draft) {
  auto& record = draft.record;
  const auto& type = draft.type;
  if (type == "apartment" || type == "office") {
    draft.floors_total = draft.paris ? 5 + static_cast<int>(below(4)) : 2 + static_cast<int>(below(11));
    draft.floor = static_cast<int>(below(draft.floors_total + 1));
    record["floor"] = draft.floor;
    record["floors_total"] = draft.floors_total;
  }
  if (type != "land" && type != "parking") {
    const auto era = unit();
    if (draft.feature("new_build")) {
      draft.year_built = 2024 + static_cast<int>(below(3));
    } else if (era < (draft.paris ? 0.45 : 0.15)) {
      draft.year_built = 1850 + static_cast<int>(below(draft.paris ? 65 : 90));
    } else if (era < (draft.paris ? 0.70 : 0.50)) {
      draft.year_built = 1945 + static_cast<int>(below(35));
    } else {
      draft.year_built = 1980 + static_cast<int>(below(44));
    }
    record["year_built"] = draft.year_built;
  }
  const bool shared = type == "apartment" ? chance(0.97) : type == "house" ? chance(0.05) : chance(0.5);
  record["copro"] = shared;
  record["copro_procedure"] = shared && chance(0.02);
  if (shared) {
    record["copro_lots"] = draft.paris ? 10 + below(50) : 5 + below(300);
    record["copro_charges_cents"] = roundTo(std::max(draft.area, 12.0) * (20 + unit() * 25), 10) * 100;
  }
}

void BenchListingGenerator::mandate(Draft& draft) {
  static const std::vector<std::string> types = {"simple", "exclusive", "semi_exclusive"};
  auto& record = draft.record;
  const auto type = types[weighted({0.6, 0.3, 0.1})];
  const auto start = draft.created_at - below(10) * kDayMs;
  record["mandate_type"] = type;
  record["mandate_number"] = "M" + isoDate(start).substr(0, 4) + "-" + std::to_string(10000 + index_ % 90000);
  record["mandate_start"] = isoDate(start);
  record["mandate_end"] = isoDate(start + (type == "exclusive" ? 90 : 365) * kDayMs);
}

void BenchListingGenerator::owner(Draft& draft) {
  const auto first = pick(kFirstNames);
  const auto last = pick(kLastNames);
  auto& record = draft.record;
  record["owner_name"] = std::string(first) + " " + std::string(last);
  std::string phone = chance(0.5) ? "06" : "07";
  for (int pair = 0; pair < 4; ++pair) {
    const auto digits = below(100);
    phone += " " + std::to_string(digits / 10) + std::to_string(digits % 10);
  }
  record["owner_phone"] = phone;
  record["owner_email"] = asciiLower(first) + "." + asciiLower(last) + "@" + std::string(pick(kMailDomains));
}

std::string BenchListingGenerator::title(const Draft& draft) {
  const auto area = std::to_string(std::lround(draft.area)) + " m²";
  const auto rooms = std::to_string(draft.rooms);
  const auto& type = draft.type;
  std::string text;
  if (type == "apartment") {
    const std::vector<std::string> shapes = {
        "Appartement " + rooms + " pièces " + area, "T" + rooms + " de " + area,
        "Appartement " + std::string(pick(kApartmentAdjectives)) + " de " + rooms + " pièces",
        "Bel appartement " + rooms + " pièces"};
    text = draft.rooms == 1 ? "Studio " + area : pick(shapes);
  } else if (type == "house") {
    const std::vector<std::string> shapes = {
        "Maison " + rooms + " pièces " + area, "Maison familiale de " + area,
        "Maison " + std::string(pick(kHouseAdjectives)),
        draft.feature("pool") ? "Villa avec piscine" : "Villa contemporaine", "Maison de ville"};
    text = pick(shapes);
  } else if (type == "land") {
    text = chance(0.5) ? "Terrain constructible de " + std::to_string(std::lround(draft.land)) + " m²"
                       : "Terrain à bâtir viabilisé";
  } else if (type == "commercial") {
    text = chance(0.5) ? "Local commercial " + area : "Boutique en pied d'immeuble";
  } else if (type == "office") {
    text = chance(0.5) ? "Bureaux " + area : "Plateau de bureaux lumineux";
  } else if (type == "parking") {
    text = pick(Words{"Place de parking en sous-sol", "Box fermé", "Parking sécurisé"});
  } else if (type == "building") {
    text = "Immeuble de rapport " + area;
  } else {
    text = pick(Words{"Péniche aménagée", "Atelier d'artiste", "Cave voûtée", "Chalet", "Moulin à restaurer",
                      "Loft industriel"});
  }
  if (draft.feature("garden") && type != "house") text += " avec jardin";
  if (draft.feature("terrace") && chance(0.5)) text += " avec terrasse";
  return text + " – " + std::string(draft.city->name);
}

std::string BenchListingGenerator::description(const Draft& draft) {
  const auto& record = draft.record;
  const bool house = draft.type == "house";
  std::string text = std::string(draft.city->name) + ", à proximité " + std::string(pick(kNearby)) + " et " +
                     std::string(pick(kNearby)) + ". ";
  if (draft.type == "apartment" || house) {
    text += std::string(house ? "Cette maison " : "Cet appartement ") +
            std::string(pick(house ? kHouseAdjectives : kApartmentAdjectives)) + " de " +
            std::to_string(std::lround(draft.area)) + " m² se compose d'une entrée, d'un séjour de " +
            std::to_string(std::lround(draft.area * 0.35)) + " m², d'une cuisine " +
            std::string(pick(kKitchens));
    const auto bedrooms = record["bedrooms"].get<int>();
    if (bedrooms == 1) text += ", d'une chambre";
    if (bedrooms > 1) text += ", de " + std::to_string(bedrooms) + " chambres";
    text += " et d'une salle " + std::string(chance(0.5) ? "d'eau" : "de bains") + ". ";
    text += "Au sol, " + std::string(pick(kFloors)) + ". ";
  } else if (draft.area > 0) {
    text += "Surface de " + std::to_string(std::lround(draft.area)) + " m², idéale pour une activité " +
            std::string(pick(Words{"libérale", "commerciale", "artisanale", "de bureau"})) + ". ";
  }
  if (draft.paris && draft.year_built > 0 && draft.year_built < 1915) {
    text += "Dans un bel immeuble haussmannien en pierre de taille";
    text += chance(0.5) ? ", moulures, cheminées de marbre et hauteur sous plafond. " : ". ";
  } else if (draft.year_built >= 2010) {
    text += "Dans une résidence récente aux normes actuelles. ";
  }
  if (draft.floors_total > 0) {
    text +=
        draft.floor == 0 ? "Situé en rez-de-chaussée" : "Situé au " + std::to_string(draft.floor) + "e étage";
    text += " sur " + std::to_string(draft.floors_total) +
            (draft.feature("elevator") ? ", avec ascenseur. " : ", sans ascenseur. ");
  }
  text += featureSentences(draft) + rareDetails(draft);
  if (draft.dpe_rank >= 6) text += "Travaux de rénovation énergétique à prévoir. ";
  return text + std::string(pick(kClosings));
}

std::string BenchListingGenerator::featureSentences(const Draft& draft) {
  std::string text;
  if (draft.feature("balcony"))
    text += "Un balcon exposé " + std::string(pick(kOrientations)) + " prolonge le séjour. ";
  if (draft.feature("terrace"))
    text += "Belle terrasse de " + std::to_string(8 + below(40)) + " m² sans vis-à-vis. ";
  if (draft.feature("garden")) text += "Jardin arboré et clos. ";
  if (draft.feature("pool"))
    text += "Piscine " + std::string(chance(0.5) ? "chauffée" : "à débordement") + ". ";
  if (draft.feature("parking")) text += "Une place de stationnement complète le bien. ";
  if (draft.feature("garage")) text += "Garage fermé. ";
  if (draft.feature("cellar")) text += "Cave en sous-sol. ";
  if (draft.feature("furnished")) text += "Loué meublé et équipé. ";
  if (draft.feature("fireplace")) text += "Cheminée en état de fonctionnement. ";
  if (draft.feature("air_conditioning")) text += "Climatisation réversible. ";
  if (draft.feature("accessible")) text += "Accessible aux personnes à mobilité réduite. ";
  if (draft.feature("view")) {
    const Words paris = {"les toits de Paris", "la Seine", "la tour Eiffel"};
    const Words elsewhere = {"la campagne", "la ville", "le parc"};
    const auto sight = draft.paris           ? pick(paris)
                       : draft.city->seaside ? std::string_view("la mer")
                                             : pick(elsewhere);
    text += "Vue dégagée sur " + std::string(sight) + ". ";
  }
  if (draft.feature("quiet")) text += "Au calme, sur cour. ";
  if (draft.feature("renovated")) text += "Entièrement rénové en " + std::to_string(2015 + below(11)) + ". ";
  if (draft.feature("new_build")) text += "Programme neuf, frais de notaire réduits. ";
  return text;
}

std::string BenchListingGenerator::rareDetails(const Draft& draft) {
  std::string text;
  for (const auto& detail : kRareDetails) {
    if (chance(detail.probability)) text += std::string(detail.sentence) + " ";
  }
  if (draft.type == "house") {
    if (chance(0.08)) text += "Une véranda ouvre sur le jardin. ";
    if (chance(0.06)) text += "Une dépendance aménageable. ";
    if (chance(0.002)) text += "Un ancien pigeonnier restauré. ";
  }
  return text;
}

}  // namespace logis
