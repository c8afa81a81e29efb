#include "visits/seller_report.hpp"

#include <date/date.h>

#include <cmath>
#include <cstdio>

#include "core/api_error.hpp"
#include "core/french_format.hpp"
#include "core/paris_time.hpp"
#include "core/time_format.hpp"
#include "docs/pdf_document.hpp"
#include "visits/visit_document_labels.hpp"

namespace logis::visits {
namespace {

constexpr int kDefaultDays = 30;
constexpr int kMaxDays = 731;

std::optional<date::year_month_day> parseDay(const std::string& text) {
  const auto day = parseLocalDate(text);
  if (!day) return std::nullopt;
  return date::year_month_day{date::year{day->year}, date::month{day->month}, date::day{day->day}};
}

std::string dayText(const date::year_month_day& day) {
  return date::format("%F", date::sys_days{day});
}

EpochMs startOf(const TimeZone& zone, const date::year_month_day& day) {
  return zone.instant(
      {static_cast<int>(day.year()), static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day())});
}

std::vector<std::string> utf8Characters(const std::string& text) {
  std::vector<std::string> characters;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 1;
    while (at + length < text.size() && (static_cast<unsigned char>(text[at + length]) & 0xC0) == 0x80)
      ++length;
    characters.push_back(text.substr(at, length));
    at += length;
  }
  return characters;
}

std::string interestText(const nlohmann::json& level) {
  return level.is_null() ? "non renseigné" : std::to_string(level.get<int>()) + " / 5";
}

nlohmann::json optionalJson(const std::optional<std::string>& text) {
  return text ? nlohmann::json(*text) : nlohmann::json();
}

std::string textOr(const nlohmann::json& value, const std::string& fallback) {
  return value.is_string() ? value.get<std::string>() : fallback;
}

}  // namespace

std::string initialsName(const NamedPerson& person) {
  std::string initials;
  if (person.first_name) {
    std::string part;
    for (const auto& character : utf8Characters(*person.first_name + "-")) {
      if (character == "-" || character == " ") {
        if (!part.empty()) initials += (initials.empty() ? "" : "-") + utf8Characters(part).front() + ".";
        part.clear();
      } else {
        part += character;
      }
    }
  }
  if (person.last_name && !person.last_name->empty()) {
    return initials.empty() ? *person.last_name : initials + " " + *person.last_name;
  }
  return initials.empty() ? "Visiteur" : initials;
}

ReportPeriod SellerReport::period(const Principal& caller, const std::optional<std::string>& from,
                                  const std::optional<std::string>& to) const {
  const auto zone = agencyZone(documents_.agency(caller.agency_id));
  const auto today_local = zone.local(clock_.now());
  const date::year_month_day today{date::year(today_local.year), date::month(today_local.month),
                                   date::day(today_local.day)};
  std::map<std::string, Text> problems;
  auto first =
      from ? parseDay(*from) : date::year_month_day{date::sys_days{today} - date::days{kDefaultDays - 1}};
  auto last = to ? parseDay(*to) : today;
  if (!first) problems["from"] = {"field.date_invalid"};
  if (!last) problems["to"] = {"field.date_invalid"};
  if (first && last) {
    const auto days = (date::sys_days{*last} - date::sys_days{*first}).count();
    if (days < 0) problems["to"] = {"seller_report.period_reversed"};
    if (days >= kMaxDays) problems["to"] = {"seller_report.period_too_long"};
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  return {dayText(*first), dayText(*last), startOf(zone, *first),
          startOf(zone, date::year_month_day{date::sys_days{*last} + date::days{1}})};
}

nlohmann::json SellerReport::json(const Principal& caller, std::int64_t property_id,
                                  const ReportPeriod& period) const {
  const auto property = documents_.property(caller.agency_id, property_id);
  if (!property) throw ApiError::notFound();
  const auto visits = documents_.propertyVisits(caller.agency_id, property_id, period.starts, period.ends);
  std::vector<std::int64_t> ids;
  for (const auto& visit : visits) ids.push_back(visit.id);
  const auto reports = documents_.reports(caller.agency_id, ids);

  nlohmann::json opinions = {{"too_high", 0}, {"high", 0}, {"fair", 0}, {"low", 0}};
  std::map<std::string, int> statuses;
  int interest_total = 0;
  int interest_count = 0;
  auto items = nlohmann::json::array();
  for (const auto& visit : visits) {
    ++statuses[visit.status];
    std::string visitors;
    for (const auto& person : documents_.contacts(caller.agency_id, visit.contact_ids))
      visitors += (visitors.empty() ? "" : ", ") + initialsName(person);
    nlohmann::json item = {{"id", visit.id},
                           {"starts_at", isoUtc(visit.starts_at)},
                           {"status", visit.status},
                           {"visitors", visitors.empty() ? "Visiteur" : visitors},
                           {"interest_level", nullptr},
                           {"price_opinion", nullptr},
                           {"objections", nullptr},
                           {"comment", nullptr}};
    if (const auto report = reports.find(visit.id); report != reports.end()) {
      const auto& row = report->second;
      if (const auto level = row.optionalInteger("interest_level")) {
        item["interest_level"] = *level;
        interest_total += static_cast<int>(*level);
        ++interest_count;
      }
      if (const auto opinion = row.optionalText("price_opinion")) {
        item["price_opinion"] = *opinion;
        opinions[*opinion] = opinions[*opinion].get<int>() + 1;
      }
      if (const auto objections = row.optionalText("objections")) item["objections"] = *objections;
      item["comment"] = row.text("comment");
    }
    items.push_back(std::move(item));
  }
  const auto average = interest_count == 0
                           ? nlohmann::json()
                           : nlohmann::json(std::round(interest_total * 10.0 / interest_count) / 10.0);
  return {
      {"property",
       {{"id", property->id},
        {"reference", property->reference},
        {"title", property->title},
        {"city", optionalJson(property->city)},
        {"transaction", property->transaction},
        {"address", optionalJson(addressOf(*property))},
        {"price_cents", property->price_cents ? nlohmann::json(*property->price_cents) : nlohmann::json()}}},
      {"from", period.from},
      {"to", period.to},
      {"summary",
       {{"visits", visits.size()},
        {"done", statuses["done"]},
        {"no_show", statuses["no_show"]},
        {"cancelled", statuses["cancelled"]},
        {"average_interest", average},
        {"price_opinions", opinions}}},
      {"visits", items}};
}

std::string SellerReport::pdf(const Principal& caller, std::int64_t property_id,
                              const ReportPeriod& period) const {
  const auto report = json(caller, property_id, period);
  const auto agency = documents_.agency(caller.agency_id);
  const auto zone = agencyZone(agency);
  const auto& property = report["property"];
  const auto& summary = report["summary"];

  docs::PdfDocument document(
      "Compte-rendu de visites – " + property["reference"].get<std::string>(),
      agency.name + " – compte-rendu au vendeur – " + property["reference"].get<std::string>());
  document.paragraph(letterhead(agency), true);
  document.title("Compte-rendu de visites");
  document.paragraph(property["reference"].get<std::string>() + " – " + property["title"].get<std::string>() +
                     (property["address"].is_string() ? "\n" + property["address"].get<std::string>() : "") +
                     (property["price_cents"].is_number()
                          ? (property["transaction"] == "rent" ? "\nLoyer mensuel : " : "\nPrix : ") +
                                euros(property["price_cents"])
                          : ""));
  document.paragraph("Période : du " + frenchDate(period.starts, zone) + " au " +
                     frenchDate(period.ends - 1, zone));

  document.heading("En résumé");
  std::string opinions;
  for (const auto* code : {"too_high", "high", "fair", "low"}) {
    opinions += (opinions.empty() ? "" : ", ") + priceOpinionLabel(code) + " : " +
                std::to_string(summary["price_opinions"][code].get<int>());
  }
  const auto& average = summary["average_interest"];
  document.table(
      {},
      {{"Visites", std::to_string(summary["visits"].get<int>())},
       {"Effectuées", std::to_string(summary["done"].get<int>())},
       {"Client absent", std::to_string(summary["no_show"].get<int>())},
       {"Annulées", std::to_string(summary["cancelled"].get<int>())},
       {"Intérêt moyen", average.is_null() ? "non renseigné" : frenchDecimal(average.get<double>()) + " / 5"},
       {"Avis sur le prix", opinions}},
      {0.35, 0.65});

  document.heading("Les visites");
  if (report["visits"].empty()) document.paragraph("Aucune visite sur cette période.");
  for (const auto& visit : report["visits"]) {
    const auto starts = *parseIsoInstant(visit["starts_at"].get<std::string>());
    document.heading(frenchDate(starts, zone) + " à " + frenchTime(starts, zone) + " – " +
                     visit["visitors"].get<std::string>());
    document.table(
        {},
        {{"Statut", statusLabel(visit["status"])},
         {"Intérêt", interestText(visit["interest_level"])},
         {"Avis sur le prix",
          visit["price_opinion"].is_string() ? priceOpinionLabel(visit["price_opinion"]) : "non renseigné"},
         {"Objections", textOr(visit["objections"], "aucune")}},
        {0.35, 0.65});
    if (visit["comment"].is_string()) document.paragraph(visit["comment"].get<std::string>());
  }
  document.paragraph("Document établi le " + frenchDate(clock_.now(), zone) + " à " +
                         frenchTime(clock_.now(), zone) + " par " + agency.name + ".",
                     true);
  return document.render();
}

std::vector<std::int64_t> SellerReport::send(const Principal& caller, std::int64_t property_id,
                                             const ReportPeriod& period,
                                             std::optional<std::int64_t> contact_id) const {
  const auto property = documents_.property(caller.agency_id, property_id);
  if (!property) throw ApiError::notFound();
  auto owners = documents_.ownersWithEmail(caller.agency_id, property_id);
  if (contact_id) {
    std::erase_if(owners, [&](const NamedPerson& owner) { return owner.id != *contact_id; });
    if (owners.empty())
      throw ApiError::invalidFields({{"contact_id", {"seller_report.not_an_owner_with_email"}}});
  }
  if (owners.empty()) throw ApiError::invalidFields({{"contact_id", {"seller_report.no_owner_email"}}});
  const auto pdf_bytes = pdf(caller, property_id, period);
  const auto agency = documents_.agency(caller.agency_id);
  const auto subject = "Compte-rendu des visites – " + property->title;
  std::vector<std::int64_t> ids;
  db_.transaction([&] {
    for (const auto& owner : owners) {
      const auto text = "Bonjour,\n\nVous trouverez ci-joint le compte-rendu des visites de votre bien " +
                        property->reference + " (" + property->title + ") du " +
                        frenchDate(period.starts, agencyZone(agency)) + " au " +
                        frenchDate(period.ends - 1, agencyZone(agency)) + ".\n\nBien cordialement,\n" +
                        agency.name;
      const auto id = outbox_.queueAutomatic(
          {.agency_id = caller.agency_id,
           .contact_id = owner.id,
           .property_id = property_id,
           .to = *owner.email,
           .subject = subject,
           .html = htmlParagraphs(text),
           .text = text,
           .attachments = {{"compte-rendu-" + property->reference + ".pdf", "application/pdf", pdf_bytes}}});
      if (!id) throw ApiError::conflict("no_smtp_account", {"email.no_smtp_account"});
      ids.push_back(*id);
    }
  });
  return ids;
}

}  // namespace logis::visits
