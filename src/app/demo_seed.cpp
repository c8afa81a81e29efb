#include "app/demo_seed.hpp"

#include "auth/user_repository.hpp"
#include "contacts/contact_service.hpp"
#include "core/time_format.hpp"
#include "leads/lead_service.hpp"
#include "properties/property_service.hpp"
#include "tasks/task_service.hpp"
#include "visits/visit_service.hpp"

namespace logis {
namespace {

struct DemoProperty {
  const char* transaction;
  const char* type;
  const char* status;
  const char* title;
  const char* city;
  const char* postal_code;
  const char* street;
  double lat;
  double lon;
  std::int64_t price_cents;  // sale price, or monthly rent
  double area;
  int rooms;
  const char* dpe;
  std::vector<std::string> features;
};

const std::vector<DemoProperty>& demoProperties() {
  static const std::vector<DemoProperty> properties = {
      {"sale",
       "apartment",
       "available",
       "Appartement haussmannien avec balcon filant",
       "Paris",
       "75008",
       "18 rue de Miromesnil",
       48.8722,
       2.3167,
       128000000,
       98.5,
       4,
       "D",
       {"balcony", "elevator", "cellar"}},
      {"sale",
       "apartment",
       "under_offer",
       "Deux-pièces lumineux au cœur du Marais",
       "Paris",
       "75004",
       "7 rue des Rosiers",
       48.8572,
       2.3589,
       56500000,
       42,
       2,
       "E",
       {"quiet"}},
      {"rent",
       "apartment",
       "available",
       "Studio meublé proche Bastille",
       "Paris",
       "75011",
       "23 rue de la Roquette",
       48.8545,
       2.3731,
       98000,
       24.5,
       1,
       "F",
       {"furnished", "elevator"}},
      {"sale",
       "house",
       "available",
       "Maison familiale avec jardin et piscine",
       "Lyon",
       "69005",
       "12 montée de Choulans",
       45.7559,
       4.8205,
       89000000,
       165,
       7,
       "C",
       {"garden", "pool", "garage", "terrace"}},
      {"sale",
       "apartment",
       "available",
       "T3 rénové avec vue sur la Saône",
       "Lyon",
       "69002",
       "5 quai Saint-Antoine",
       45.7629,
       4.8303,
       41500000,
       71,
       3,
       "C",
       {"view", "renovated", "elevator"}},
      {"rent",
       "house",
       "available",
       "Échoppe bordelaise avec patio",
       "Bordeaux",
       "33000",
       "41 rue Kléber",
       44.8300,
       -0.5730,
       165000,
       95,
       4,
       "D",
       {"terrace", "renovated"}},
      {"sale",
       "apartment",
       "draft",
       "Appartement neuf avec terrasse, quartier Euronantes",
       "Nantes",
       "44000",
       "3 rue de Cornulier",
       47.2113,
       -1.5426,
       32900000,
       64,
       3,
       "A",
       {"terrace", "parking", "new_build"}},
      {"sale",
       "house",
       "under_contract",
       "Longère rénovée au calme",
       "Vertou",
       "44120",
       "8 chemin de la Sèvre",
       47.1690,
       -1.4700,
       47500000,
       140,
       6,
       "B",
       {"garden", "fireplace", "quiet"}},
      {"sale",
       "commercial",
       "available",
       "Local commercial en pied d'immeuble",
       "Lille",
       "59000",
       "27 rue de Béthune",
       50.6330,
       3.0620,
       38000000,
       120,
       3,
       "E",
       {"accessible"}},
      {"sale",
       "land",
       "available",
       "Terrain à bâtir viabilisé, vue mer",
       "Biarritz",
       "64200",
       "Allée des Pins",
       43.4690,
       -1.5560,
       62000000,
       0,
       0,
       "",
       {"view"}},
  };
  return properties;
}

nlohmann::json asInput(const DemoProperty& demo, std::int64_t agent_id) {
  const bool sale = std::string(demo.transaction) == "sale";
  nlohmann::json input = {
      {"transaction", demo.transaction},
      {"type", demo.type},
      {"status", demo.status},
      {"title", demo.title},
      {"description", std::string(demo.title) + ". Bien présenté par l'Agence Démo Logis."},
      {"city", demo.city},
      {"postal_code", demo.postal_code},
      {"street", demo.street},
      {"lat", demo.lat},
      {"lon", demo.lon},
      {"features", demo.features},
      {"agent_id", agent_id}};
  input[sale ? "price_cents" : "rent_cents"] = demo.price_cents;
  input.update({{"mandate_type", sale ? "exclusive" : "simple"},
                {"mandate_number", "M-2026-" + std::to_string(100 + agent_id)},
                {"mandate_start", "2026-01-05"},
                {"mandate_end", "2026-07-05"}});
  if (sale) {
    input["fees_percent"] = 4.5;
    input["fees_paid_by"] = "buyer";
  } else {
    input["charges_cents"] = demo.price_cents / 10;
    input["charges_method"] = "provision";
    input["deposit_cents"] = demo.price_cents;
  }
  if (demo.area > 0) {
    input["living_area_m2"] = demo.area;
    input["rooms"] = demo.rooms;
    input["bedrooms"] = std::max(0, demo.rooms - 1);
  }
  if (*demo.dpe != '\0') {
    input.update({{"dpe_status", "done"},
                  {"dpe_class", demo.dpe},
                  {"ges_class", demo.dpe},
                  {"dpe_date", "2025-06-12"},
                  {"energy_cost_min_cents", 90000},
                  {"energy_cost_max_cents", 140000},
                  {"energy_cost_year", 2023}});
  } else {
    input["dpe_status"] = "not_required";
  }
  return input;
}

// The demo agency's people: the first six own the listings (sellers, landlords), the others are looking.
const std::vector<nlohmann::json>& demoContacts() {
  static const std::vector<nlohmann::json> contacts = {
      {{"civility", "M."},
       {"first_name", "Bernard"},
       {"last_name", "Garnier"},
       {"email", "garnier@example.fr"},
       {"phone", "06 12 34 56 78"},
       {"city", "Paris"},
       {"roles", {"vendeur"}}},
      {{"civility", "Mme"},
       {"first_name", "Hélène"},
       {"last_name", "Lefèvre"},
       {"email", "lefevre@example.fr"},
       {"phone", "06 23 45 67 89"},
       {"city", "Paris"},
       {"roles", {"vendeur", "acquereur"}}},
      {{"civility", "M."},
       {"first_name", "Karim"},
       {"last_name", "Benali"},
       {"email", "k.benali@example.fr"},
       {"phone", "07 34 56 78 90"},
       {"city", "Lyon"},
       {"roles", {"bailleur"}}},
      {{"civility", "Mme"},
       {"first_name", "Isabelle"},
       {"last_name", "Fontaine"},
       {"email", "fontaine@example.fr"},
       {"phone", "06 45 67 89 01"},
       {"city", "Bordeaux"},
       {"roles", {"vendeur"}}},
      {{"civility", "M."},
       {"first_name", "Olivier"},
       {"last_name", "Roux"},
       {"email", "olivier.roux@example.fr"},
       {"phone", "06 56 78 90 12"},
       {"city", "Nantes"},
       {"roles", {"bailleur"}}},
      {{"civility", "Mme"},
       {"first_name", "Nathalie"},
       {"last_name", "Chevalier"},
       {"email", "chevalier@example.fr"},
       {"phone", "+44 20 7946 0958"},
       {"city", "Biarritz"},
       {"roles", {"vendeur"}}},
      {{"civility", "M."},
       {"first_name", "Lucas"},
       {"last_name", "Petit"},
       {"email", "lucas.petit@example.fr"},
       {"phone", "06 67 89 01 23"},
       {"roles", {"acquereur"}},
       {"consent_email", true},
       {"consent_source", "Formulaire du site"},
       {"consent_wording", "J'accepte de recevoir des biens par e-mail."}},
      {{"civility", "Mme"},
       {"first_name", "Emma"},
       {"last_name", "Girard"},
       {"email", "emma.girard@example.fr"},
       {"phone", "07 78 90 12 34"},
       {"roles", {"locataire"}}},
      {{"civility", "M."},
       {"first_name", "Hugo"},
       {"last_name", "Morel"},
       {"email", "hugo.morel@example.fr"},
       {"roles", {"acquereur"}},
       {"preferred_language", "en"}},
      {{"civility", "Mme"},
       {"first_name", "Chloé"},
       {"last_name", "Lambert"},
       {"phone", "06 89 01 23 45"},
       {"roles", {"acquereur"}},
       {"consent_sms", true},
       {"consent_source", "Appel entrant"},
       {"consent_wording", "Accepte d'être prévenue par SMS des nouveaux biens."}},
      {{"civility", "M."},
       {"first_name", "Antoine"},
       {"last_name", "Faure"},
       {"email", "a.faure@example.fr"},
       {"phone", "06 70 12 34 56"},
       {"roles", {"locataire"}}},
      {{"civility", "Mme"},
       {"first_name", "Léa"},
       {"last_name", "Mercier"},
       {"email", "lea.mercier@example.fr"},
       {"roles", {"acquereur", "locataire"}},
       {"notes", "Cherche un 3 pièces avec balcon, budget 450 000 €."}},
  };
  return contacts;
}

constexpr std::size_t kDemoOwners = 6;
constexpr EpochMs kDay = 24 * 3600 * 1000;

// A lead of the demo agency: who (index in demoContacts), what, how far along, and its first exchanges.
struct DemoLead {
  std::size_t contact;
  std::optional<std::size_t> property;  // index in demoProperties: the listing that brought the lead
  std::size_t agent;                    // index in the agents
  nlohmann::json fields;
  std::vector<nlohmann::json> interactions;  // each with "days_ago"
  std::optional<std::string> follow_up;      // a task for the agent, due tomorrow
};

const std::vector<DemoLead>& demoLeads() {
  static const std::vector<DemoLead> leads = {
      {6, 1, 0,
       {{"source", "seloger"}, {"status", "in_progress"}, {"priority", "high"},
        {"message", "Bonjour, le deux-pièces du Marais est-il toujours disponible ? Je peux visiter en semaine."},
        {"criteria", {{{"transaction", "sale"}, {"property_types", {"apartment"}}, {"budget_max_cents", 60000000},
                       {"rooms_min", 2}, {"cities", {"Paris"}}}}}},
       {{{"type", "call"}, {"direction", "in"}, {"days_ago", 3},
         {"summary", "Appel entrant : intéressé par le 2 pièces du Marais"},
         {"body", "Primo-accédant, financement validé par sa banque jusqu'à 600 000 €."}},
        {{"type", "note"}, {"days_ago", 1}, {"summary", "Disponible pour visiter jeudi en fin de journée"}}},
       "Proposer un créneau de visite à Lucas Petit"},
      {7, 2, 1,
       {{"source", "leboncoin"}, {"status", "new"},
        {"message", "Je cherche un studio meublé pour une mutation en janvier."},
        {"criteria", {{{"transaction", "rent"}, {"property_types", {"apartment"}}, {"budget_max_cents", 110000},
                       {"cities", {"Paris"}}, {"features", {"furnished"}}}}}},
       {},
       std::nullopt},
      {8, std::nullopt, 0,
       {{"source", "website"}, {"status", "new"},
        {"message", "We are relocating to Lyon and look for a family house with a garden."},
        {"criteria", {{{"transaction", "sale"}, {"property_types", {"house"}}, {"budget_max_cents", 95000000},
                       {"cities", {"Lyon"}}, {"features", {"garden"}}}}}},
       {},
       std::nullopt},
      {9, 4, 1,
       {{"source", "phone"}, {"status", "in_progress"},
        {"criteria", {{{"transaction", "sale"}, {"property_types", {"apartment"}}, {"budget_max_cents", 45000000},
                       {"rooms_min", 3}, {"cities", {"Lyon"}}}}}},
       {{{"type", "call"}, {"direction", "in"}, {"days_ago", 6}, {"summary", "Demande sur le T3 quai Saint-Antoine"}},
        {{"type", "visit"}, {"days_ago", 2}, {"summary", "Visite du T3 : séduite par la vue, hésite sur le prix"}}},
       "Rappeler Chloé Lambert après la visite du T3"},
      {10, 5, 1,
       {{"source", "walk_in"}, {"status", "converted"},
        {"criteria", {{{"transaction", "rent"}, {"property_types", {"house"}}, {"budget_max_cents", 170000},
                       {"cities", {"Bordeaux"}}}}}},
       {{{"type", "meeting"}, {"days_ago", 12}, {"summary", "Dossier de location complet déposé en agence"}}},
       std::nullopt},
      {11, std::nullopt, 0,
       {{"source", "referral"}, {"status", "lost"}, {"lost_reason", "A acheté avec une autre agence"},
        {"criteria", {{{"transaction", "sale"}, {"property_types", {"apartment"}}, {"budget_max_cents", 45000000},
                       {"rooms_min", 3}, {"cities", {"Paris"}}, {"features", {"balcony"}}}}}},
       {{{"type", "email"}, {"direction", "out"}, {"days_ago", 20}, {"summary", "Envoi de trois biens avec balcon"}}},
       std::nullopt},
  };
  return leads;
}

// The demo agency's leads at every stage of the pipeline, with their criteria, timeline and follow-ups.
void seedDemoLeads(const Database& database, const Clock& clock, const Principal& as_admin,
                   const std::vector<std::int64_t>& contact_ids, const std::vector<std::int64_t>& property_ids,
                   const std::vector<std::int64_t>& agents) {
  const ContactService contacts(database, clock);
  const LeadSettingsService settings(database, "");
  const InteractionLog log(database, clock, contacts);
  const LeadService leads(database, clock, contacts, settings, log);
  const TaskService tasks(database, clock);
  for (const auto& demo : demoLeads()) {
    auto input = demo.fields;
    input["contact_id"] = contact_ids[demo.contact];
    input["assigned_to"] = agents[demo.agent];
    if (demo.property) input["property_id"] = property_ids[*demo.property];
    const auto lead_id = leads.create(as_admin, input)["id"].get<std::int64_t>();
    for (auto interaction : demo.interactions) {
      interaction["occurred_at"] = isoUtc(clock.now() - interaction["days_ago"].get<int>() * kDay);
      interaction.erase("days_ago");
      leads.addInteraction(as_admin, lead_id, interaction);
    }
    if (demo.follow_up) {
      tasks.create(as_admin, {{"title", *demo.follow_up}, {"due_at", isoUtc(clock.now() + kDay)},
                              {"lead_id", lead_id}, {"assigned_to", agents[demo.agent]}});
    }
  }
}

// demo visits
// A visit of the demo agency: in days from today (negative: done), at a local time, of a listing (index in
// demoProperties, visited with its own agent) by one of the people looking (index in demoContacts).
struct DemoVisit {
  int day;
  unsigned hour;
  unsigned minute;
  std::size_t property;
  std::size_t contact;
};

const std::vector<DemoVisit>& demoVisits() {
  static const std::vector<DemoVisit> visits = {
      {-1, 15, 0, 0, 6}, {1, 10, 0, 1, 7},  {1, 14, 30, 2, 8}, {2, 11, 0, 3, 9},  {2, 17, 30, 4, 10},
      {3, 9, 30, 5, 11}, {4, 14, 0, 6, 6},  {5, 10, 30, 7, 7}, {7, 16, 0, 8, 8},  {8, 11, 0, 9, 9},
      {9, 15, 0, 0, 10}, {10, 10, 0, 1, 11}, {12, 14, 0, 2, 6}};
  return visits;
}

// A dozen visits over this week and the next for both agents, and one done yesterday, booked through the
// visit service as the agency would (timeline entries included).
void seedDemoVisits(const Database& database, const Clock& clock, const Principal& as_admin,
                    const std::vector<std::int64_t>& contact_ids, const std::vector<std::int64_t>& property_ids,
                    const std::vector<std::int64_t>& agents) {
  const ContactService contacts(database, clock);
  const InteractionLog log(database, clock, contacts);
  const visits::VisitService visits(database, clock, log);
  const auto zone = visits.directory().zone(as_admin.agency_id);
  for (const auto& demo : demoVisits()) {
    auto local = zone.local(zone.startOfDay(clock.now() + demo.day * kDay));
    local.hour = demo.hour;
    local.minute = demo.minute;
    const auto starts_at = zone.instant(local);
    visits.create(as_admin, {{"property_id", property_ids[demo.property]},
                             {"contact_ids", {contact_ids[demo.contact]}},
                             {"agent_id", agents[demo.property % agents.size()]},
                             {"starts_at", zone.isoLocal(starts_at)},
                             {"ends_at", zone.isoLocal(starts_at + 45 * 60 * 1000)},
                             {"status", demo.day < 0 ? "done" : "planned"}});
  }
}

// The demo agency's listings, made through the services as its agents would, with their owners and the
// leads they brought, once.
void seedDemoProperties(const Database& database, const Clock& clock, const User& admin,
                        const std::vector<std::int64_t>& agents) {
  if (database.queryOne("SELECT id FROM properties WHERE agency_id = ?", {admin.agency_id})) return;
  const PropertyService properties(database, clock);
  const ContactService contacts(database, clock);
  const Principal as_admin{Principal::Via::session, admin.agency_id, Role::admin, admin.id, 0, ""};
  database.transaction([&] {
    std::vector<std::int64_t> contact_ids;
    for (const auto& contact : demoContacts()) {
      contact_ids.push_back(contacts.create(as_admin, contact)["id"].get<std::int64_t>());
    }
    std::vector<std::int64_t> property_ids;
    for (std::size_t i = 0; i < demoProperties().size(); ++i) {
      const auto property =
          properties.create(as_admin, asInput(demoProperties()[i], agents[i % agents.size()]));
      property_ids.push_back(property["id"].get<std::int64_t>());
      contacts.linkOwner(admin.agency_id, property_ids.back(), contact_ids[i % kDemoOwners]);
    }
    seedDemoLeads(database, clock, as_admin, contact_ids, property_ids, agents);
    seedDemoVisits(database, clock, as_admin, contact_ids, property_ids, agents);
  });
}

}  // namespace

std::vector<DemoLogin> seedDemo(const Database& database, const Clock& clock) {
  const std::vector<DemoLogin> logins = {
      {"admin@demo.logis.test", "admin", "Camille Martin"},
      {"gestion@demo.logis.test", "manager", "Julien Bernard"},
      {"agent1@demo.logis.test", "agent", "Sophie Dubois"},
      {"agent2@demo.logis.test", "agent", "Thomas Leroy"},
      {"client@demo.logis.test", "client", "Claire Moreau"},
  };
  const UserRepository existing(database);
  const UserService users(database, clock);
  for (const auto& login : logins) {
    if (existing.findByEmail(login.email)) continue;
    users.createWithPassword(std::string(kDemoAgency), {login.email, login.name, login.role},
                             std::string(kDemoPassword));
  }
  const auto admin = existing.findByEmail(logins[0].email);
  seedDemoProperties(database, clock, *admin,
                     {existing.findByEmail(logins[2].email)->id, existing.findByEmail(logins[3].email)->id});
  return logins;
}

}  // namespace logis
