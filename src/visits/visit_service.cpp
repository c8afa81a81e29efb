#include "visits/visit_service.hpp"

#include <algorithm>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/detailed_api_error.hpp"
#include "core/time_format.hpp"
#include "visits/visit_draft.hpp"
#include "visits/visit_wording.hpp"

namespace logis::visits {
namespace {

// The ids of `ids` that are not in `removed`, in their order.
std::vector<std::int64_t> without(const std::vector<std::int64_t>& ids, const std::vector<std::int64_t>& removed) {
  std::vector<std::int64_t> kept;
  for (const auto id : ids) {
    if (std::find(removed.begin(), removed.end(), id) == removed.end()) kept.push_back(id);
  }
  return kept;
}

nlohmann::json optionalJson(const auto& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// "Visite planifiée le mardi 3 mars 2026 à 14 h 30 – Appartement T3, Lyon" (participle "planifié",
// preposition "le"): every kind is feminine but "Rendez-vous".
std::string timelineSummary(const Visit& visit, const std::optional<VisitProperty>& property,
                            const TimeZone& zone, const std::string& participle,
                            const std::string& preposition) {
  return kindLabel(visit.kind) + " " + participle + (visit.kind == "other" ? " " : "e ") + preposition + " " +
         dayAt(zone, visit.starts_at) + (property ? " – " + propertyLabel(*property) : "");
}

// What the conflicts depend on.
bool conflictsMayDiffer(const Visit& before, const Visit& after) {
  return before.starts_at != after.starts_at || before.ends_at != after.ends_at ||
         before.agent_ids != after.agent_ids || before.property_id != after.property_id ||
         (before.status == "cancelled" && after.status != "cancelled");
}

}  // namespace

VisitService::VisitService(const Database& database, const Clock& clock, const InteractionLog& interactions)
    : db_(database),
      clock_(clock),
      interactions_(interactions),
      visits_(database),
      directory_(database),
      conflicts_(database) {}

std::optional<Visit> VisitService::find(std::int64_t agency_id, std::int64_t id) const {
  return visits_.find(agency_id, id);
}

Visit VisitService::visible(const Principal& caller, std::int64_t id) const {
  auto visit = visits_.find(caller.agency_id, id);
  if (!visit || !Policy::allowsOn(caller, Action::view_visits, visit->agent_id)) throw ApiError::notFound();
  return std::move(*visit);
}

nlohmann::json VisitService::toJson(const Visit& visit) const {
  return toJson(std::vector<Visit>{visit}).front();
}

// The names, properties and documents of every visit in one query each, whatever the number of visits.
nlohmann::json VisitService::toJson(const std::vector<Visit>& visits) const {
  auto answers = nlohmann::json::array();
  if (visits.empty()) return answers;
  const auto agency_id = visits.front().agency_id;
  std::vector<std::int64_t> property_ids, contact_ids, agent_ids;
  for (const auto& visit : visits) {
    if (visit.property_id) property_ids.push_back(*visit.property_id);
    contact_ids.insert(contact_ids.end(), visit.contact_ids.begin(), visit.contact_ids.end());
    agent_ids.insert(agent_ids.end(), visit.agent_ids.begin(), visit.agent_ids.end());
  }
  const auto properties = directory_.properties(agency_id, property_ids);
  const auto contact_names = directory_.contactNames(agency_id, contact_ids);
  const auto agent_names = directory_.userNames(agency_id, agent_ids);
  const auto zone = std::string(directory_.zone(agency_id).name());
  const auto person = [](const auto& names, std::int64_t id) {
    const auto found = names.find(id);
    return found == names.end() ? nlohmann::json() : nlohmann::json{{"id", id}, {"name", found->second}};
  };
  const auto people = [&](const auto& names, const std::vector<std::int64_t>& ids) {
    auto found = nlohmann::json::array();
    for (const auto id : ids) {
      if (auto named = person(names, id); !named.is_null()) found.push_back(std::move(named));
    }
    return found;
  };
  for (const auto& visit : visits) {
    const auto property = visit.property_id ? properties.find(*visit.property_id) : properties.end();
    answers.push_back({
        {"id", visit.id},
        {"kind", visit.kind},
        {"property_id", optionalJson(visit.property_id)},
        {"lead_id", optionalJson(visit.lead_id)},
        {"contact_ids", visit.contact_ids},
        {"agent_id", visit.agent_id},
        {"agent_ids", visit.agent_ids},
        {"starts_at", isoUtc(visit.starts_at)},
        {"ends_at", isoUtc(visit.ends_at)},
        {"status", visit.status},
        {"place", optionalJson(visit.place)},
        {"notes", optionalJson(visit.notes)},
        {"sequence", visit.sequence},
        {"time_zone", zone},
        {"property", property == properties.end() ? nlohmann::json()
                                                  : nlohmann::json{{"id", property->second.id},
                                                                   {"reference", property->second.reference},
                                                                   {"title", property->second.title},
                                                                   {"city", optionalJson(property->second.city)}}},
        {"contacts", people(contact_names, visit.contact_ids)},
        {"agent", person(agent_names, visit.agent_id)},
        {"agents", people(agent_names, visit.agent_ids)},
        {"conflict_override", visit.conflict_override_by.has_value()},
        {"report", nullptr},
        {"voucher", nullptr},
        {"created_at", isoUtc(visit.created_at)},
        {"updated_at", isoUtc(visit.updated_at)}});
  }
  if (documents_) documents_(agency_id, answers);
  return answers;
}

VisitPage VisitService::list(const Principal& caller, const VisitFilter& filter, std::int64_t offset,
                             std::int64_t limit) const {
  return visits_.search(caller.agency_id, filter, offset, limit);
}

// Agents plan only the visits they are in charge of.
void VisitService::mayManage(const Principal& caller, std::int64_t agent_id) const {
  if (!Policy::allowsOn(caller, Action::manage_visits, agent_id)) throw ApiError::forbidden();
}

std::optional<std::int64_t> VisitService::checkConflicts(const Principal& caller, const Visit& visit,
                                                         bool override) const {
  visits_.lockBooking(visit.agency_id, visit.agent_ids, visit.property_id);
  const auto found = conflicts_.of(visit);
  if (found.empty()) return std::nullopt;
  if (!override) {
    throw DetailedApiError(ApiError::conflict("visit_conflict", found.front().message),
                           {{"conflicts", VisitConflicts::toJson(found)}});
  }
  return caller.user_id.value_or(0);
}

// One entry per contact, on the visit's lead and property.
void VisitService::logTimeline(const Principal& caller, const Visit& visit, const std::string& participle,
                               const std::string& preposition, const std::vector<std::int64_t>& contacts) const {
  const auto property =
      visit.property_id ? directory_.property(visit.agency_id, *visit.property_id) : std::nullopt;
  const auto summary =
      timelineSummary(visit, property, directory_.zone(visit.agency_id), participle, preposition);
  for (const auto contact : contacts) {
    InteractionEntry entry;
    entry.agency_id = visit.agency_id;
    entry.contact_id = contact;
    entry.lead_id = visit.lead_id;
    entry.property_id = visit.property_id;
    entry.type = "visit";
    entry.summary = summary;
    entry.meta = {{"visit_id", visit.id}, {"status", visit.status}};
    entry.user_id = caller.user_id;
    entry.occurred_at = clock_.now();
    interactions_.append(entry);
  }
}

Visit VisitService::create(const Principal& caller, const nlohmann::json& input) const {
  Visit base;
  base.agency_id = caller.agency_id;
  base.agent_id = caller.user_id.value_or(0);
  base.agent_ids = {base.agent_id};
  base.kind = "visit";
  auto draft = readDraft(input, base, true, directory_, clock_.now());
  auto& visit = draft.visit;
  mayManage(caller, visit.agent_id);
  if (draft.override_conflicts && !Policy::allows(caller, Action::override_visit_conflicts)) {
    throw ApiError::forbidden();
  }
  visit.ical_uid = crypto::randomToken(18) + "@logis";
  visit.created_by = caller.user_id;
  visit.created_at = visit.updated_at = clock_.now();
  db_.transaction([&] {
    visit.conflict_override_by = checkConflicts(caller, visit, draft.override_conflicts);
    visit.id = visits_.insert(visit);
    logTimeline(caller, visit, "planifié", "le", visit.contact_ids);
    if (observer_) observer_->booked(visit);
  });
  return visit;
}

Visit VisitService::update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const {
  const auto before = visible(caller, id);
  mayManage(caller, before.agent_id);
  auto draft = readDraft(input, before, false, directory_, clock_.now());
  auto& after = draft.visit;
  mayManage(caller, after.agent_id);
  if (draft.override_conflicts && !Policy::allows(caller, Action::override_visit_conflicts)) {
    throw ApiError::forbidden();
  }
  const bool changed = rescheduled(before, after);
  if (changed) ++after.sequence;
  after.updated_at = clock_.now();
  db_.transaction([&] {
    if (conflictsMayDiffer(before, after)) {
      after.conflict_override_by = checkConflicts(caller, after, draft.override_conflicts);
    }
    visits_.update(after);
    if (after.status == "cancelled" && before.status != "cancelled") {
      logTimeline(caller, after, "annulé", "le", after.contact_ids);
      if (observer_) observer_->cancelled(after);
      return;
    }
    const auto added = without(after.contact_ids, before.contact_ids);
    if (!added.empty()) logTimeline(caller, after, "planifié", "le", added);
    if (after.starts_at != before.starts_at) {
      logTimeline(caller, after, "déplacé", "au", without(after.contact_ids, added));
    }
    if (changed && observer_) observer_->changed(before, after);
  });
  return after;
}

Visit VisitService::cancel(const Principal& caller, std::int64_t id) const {
  auto visit = visible(caller, id);
  mayManage(caller, visit.agent_id);
  if (visit.status == "cancelled") return visit;
  visit.status = "cancelled";
  ++visit.sequence;
  visit.updated_at = clock_.now();
  db_.transaction([&] {
    visits_.update(visit);
    logTimeline(caller, visit, "annulé", "le", visit.contact_ids);
    if (observer_) observer_->cancelled(visit);
  });
  return visit;
}

}  // namespace logis::visits
