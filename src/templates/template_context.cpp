#include "templates/template_context.hpp"

#include <map>

#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/french_format.hpp"
#include "core/strings.hpp"
#include "core/time_zone.hpp"

namespace logis {
namespace {

std::string textOf(const Row& row, const std::string& column) {
  return row.optionalText(column).value_or("");
}

std::string label(const std::map<std::string, std::string>& labels, const std::string& code) {
  const auto found = labels.find(code);
  return found == labels.end() ? code : found->second;
}

std::string propertyTypeLabel(const std::string& code) {
  static const std::map<std::string, std::string> labels = {
      {"apartment", "appartement"},       {"house", "maison"},  {"land", "terrain"},
      {"commercial", "local commercial"}, {"office", "bureau"}, {"parking", "parking"},
      {"building", "immeuble"},           {"other", "bien"}};
  return label(labels, code);
}

std::string phoneText(const Row& row, const std::string& column) {
  const auto phone = row.optionalText(column);
  return phone ? formatFrench(*phone) : "";
}

// "Jean-Pierre Durand" -> {"Jean-Pierre", "Durand"}: users have one name field.
std::pair<std::string, std::string> splitName(const std::string& name) {
  const auto space = name.find(' ');
  if (space == std::string::npos) return {name, ""};
  return {name.substr(0, space), name.substr(space + 1)};
}

// « Achat · appartement, maison · 450 000 € max · 60 m² min · 3 pièces min · Lyon, Villeurbanne ».
std::string criteriaSummary(const Row& row) {
  std::vector<std::string> parts;
  if (const auto transaction = row.optionalText("transaction_type")) {
    parts.push_back(*transaction == "rent" ? "Location" : "Achat");
  }
  if (const auto types = row.optionalText("property_types")) {
    std::string names;
    for (const auto& type : splitNonEmpty(*types, ','))
      names += (names.empty() ? "" : ", ") + propertyTypeLabel(type);
    if (!names.empty()) parts.push_back(names);
  }
  if (const auto budget = row.optionalInteger("budget_max_cents")) parts.push_back(euros(*budget) + " max");
  if (!row.isNull("living_area_min_m2"))
    parts.push_back(frenchDecimal(row.real("living_area_min_m2")) + " m² min");
  if (const auto rooms = row.optionalInteger("rooms_min"))
    parts.push_back(std::to_string(*rooms) + " pièces min");
  if (const auto cities = row.optionalText("cities")) {
    std::string names;
    for (const auto& city : splitNonEmpty(*cities, ',')) names += (names.empty() ? "" : ", ") + city;
    if (!names.empty()) parts.push_back(names);
  }
  std::string summary;
  for (const auto& part : parts) summary += (summary.empty() ? "" : " · ") + part;
  return summary;
}

}  // namespace

TemplateContext::TemplateContext(const Database& database, std::string public_url,
                                 const UnsubscribeLinks& unsubscribe)
    : db_(database), public_url_(std::move(public_url)), unsubscribe_(unsubscribe) {
  while (public_url_.ends_with('/')) public_url_.pop_back();
}

nlohmann::json TemplateContext::build(std::int64_t agency_id, std::optional<std::int64_t> user_id,
                                      const TemplateRecords& records) const {
  nlohmann::json context = nlohmann::json::object();
  auto contact_id = records.contact_id;
  auto property_id = records.property_id;
  auto lead_id = records.lead_id;
  std::optional<std::int64_t> agent_id;
  if (records.visit_id) {  // its agent is the one at the appointment
    const auto row = db_.queryOne(
        "SELECT v.starts_at, v.place, v.property_id, v.lead_id, v.agent_id, a.time_zone FROM visits v "
        "JOIN agencies a ON a.id = v.agency_id WHERE v.agency_id = ? AND v.id = ?",
        {agency_id, *records.visit_id});
    if (!row) throw ApiError::notFound();
    const auto zone = TimeZone::named(row->text("time_zone")).value_or(TimeZone::paris());
    context["visite"] = {{"date", frenchDate(row->integer("starts_at"), zone)},
                         {"heure", frenchTime(row->integer("starts_at"), zone)},
                         {"lieu", textOf(*row, "place")}};
    if (!property_id) property_id = row->optionalInteger("property_id");
    if (!lead_id) lead_id = row->optionalInteger("lead_id");
    agent_id = row->integer("agent_id");
  }
  if (lead_id) {
    const auto row =
        db_.queryOne("SELECT * FROM leads WHERE agency_id = ? AND id = ?", {agency_id, *lead_id});
    if (!row) throw ApiError::notFound();
    context["demande"] = lead(agency_id, *row);
    if (!contact_id) contact_id = row->integer("contact_id");
    if (!property_id) property_id = row->optionalInteger("property_id");
    if (!agent_id) agent_id = row->optionalInteger("assigned_to");
  }
  if (contact_id) {
    context["contact"] = contact(agency_id, *contact_id);
    if (!agent_id) {
      const auto row = db_.queryOne("SELECT agent_id FROM contacts WHERE agency_id = ? AND id = ?",
                                    {agency_id, *contact_id});
      agent_id = row->optionalInteger("agent_id");
    }
    context["lien_desabonnement"] = unsubscribe_.url({agency_id, *contact_id, "email"});
  }
  if (property_id) {
    const auto row =
        db_.queryOne("SELECT * FROM properties WHERE agency_id = ? AND id = ?", {agency_id, *property_id});
    if (!row) throw ApiError::notFound();
    context["bien"] = property(*row);
    if (!agent_id) agent_id = row->optionalInteger("agent_id");
  }
  if (!agent_id) agent_id = user_id;
  if (agent_id) context["agent"] = agent(agency_id, *agent_id);
  context["agence"] = agency(agency_id);
  if (records.visit && !records.visit_id) {
    context["visite"] = {{"date", frenchDate(records.visit->starts_at)},
                         {"heure", frenchTime(records.visit->starts_at)},
                         {"lieu", records.visit->place}};
  }
  return context;
}

nlohmann::json TemplateContext::contact(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(
      "SELECT civility, first_name, last_name, email, phone FROM contacts "
      "WHERE agency_id = ? AND id = ? AND merged_into_id IS NULL AND erased_at IS NULL",
      {agency_id, id});
  if (!row) throw ApiError::notFound();
  return {{"civilite", textOf(*row, "civility")},
          {"prenom", textOf(*row, "first_name")},
          {"nom", textOf(*row, "last_name")},
          {"email", textOf(*row, "email")},
          {"telephone", phoneText(*row, "phone")}};
}

nlohmann::json TemplateContext::lead(std::int64_t agency_id, const Row& row) const {
  static const std::map<std::string, std::string> statuses = {
      {"new", "nouvelle"}, {"in_progress", "en cours"}, {"converted", "aboutie"}, {"lost", "perdue"}};
  const auto source = row.text("source");
  const auto source_row =
      db_.queryOne("SELECT label FROM lead_sources WHERE agency_id = ? AND code = ?", {agency_id, source});
  const auto criterion =
      db_.queryOne("SELECT * FROM lead_criteria WHERE agency_id = ? AND lead_id = ? ORDER BY id LIMIT 1",
                   {agency_id, row.integer("id")});
  return {{"statut", label(statuses, row.text("status"))},
          {"source", source_row ? source_row->text("label") : source},
          {"message", textOf(row, "message")},
          {"criteres", criterion ? criteriaSummary(*criterion) : ""}};
}

nlohmann::json TemplateContext::property(const Row& row) const {
  std::string price;
  if (row.text("transaction_type") == "rent") {
    if (const auto rent = row.optionalInteger("rent_cents")) price = euros(*rent) + " par mois";
  } else if (const auto sale = row.optionalInteger("price_cents")) {
    price = euros(*sale);
  }
  const auto rooms = row.optionalInteger("rooms");
  return {{"reference", row.text("reference")},
          {"titre", row.text("title")},
          {"type", propertyTypeLabel(row.text("property_type"))},
          {"prix", price},
          {"surface", row.isNull("living_area_m2") ? "" : frenchDecimal(row.real("living_area_m2"))},
          {"pieces", rooms ? std::to_string(*rooms) : ""},
          {"ville", textOf(row, "city")},
          {"lien", public_url_ + "/biens/" + std::to_string(row.integer("id"))}};
}

nlohmann::json TemplateContext::agent(std::int64_t agency_id, std::int64_t user_id) const {
  const auto row = db_.queryOne("SELECT name, email, phone FROM users WHERE agency_id = ? AND id = ?",
                                {agency_id, user_id});
  if (!row) return nullptr;
  const auto [first, last] = splitName(row->text("name"));
  return {{"prenom", first},
          {"nom", last},
          {"email", row->text("email")},
          {"telephone", phoneText(*row, "phone")}};
}

nlohmann::json TemplateContext::agency(std::int64_t agency_id) const {
  const auto row =
      db_.queryOne("SELECT name, address, phone, website FROM agencies WHERE id = ?", {agency_id});
  if (!row) throw ApiError::notFound();
  return {{"nom", row->text("name")},
          {"adresse", textOf(*row, "address")},
          {"telephone", phoneText(*row, "phone")},
          {"site", textOf(*row, "website")}};
}

}  // namespace logis
