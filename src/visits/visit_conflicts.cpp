#include "visits/visit_conflicts.hpp"

#include <algorithm>

#include "core/time_format.hpp"
#include "visits/visit_wording.hpp"
#include "visits/working_hours.hpp"

namespace logis::visits {

std::vector<Conflict> VisitConflicts::of(const Visit& visit) const {
  std::vector<Conflict> found;
  if (visit.status == "cancelled") return found;
  const auto zone = directory_.zone(visit.agency_id);
  agentConflicts(visit, zone, found);
  propertyConflicts(visit, zone, found);
  return found;
}

void VisitConflicts::agentConflicts(const Visit& visit, const TimeZone& zone,
                                    std::vector<Conflict>& found) const {
  const auto names = directory_.userNames(visit.agency_id, visit.agent_ids);
  const auto nameOf = [&](std::int64_t id) {
    const auto name = names.find(id);
    return name == names.end() ? std::string("L'agent") : name->second;
  };
  for (const auto& other :
       visits_.agentsBusy(visit.agency_id, visit.agent_ids, visit.starts_at, visit.ends_at, visit.id)) {
    const auto agent = *std::find_first_of(visit.agent_ids.begin(), visit.agent_ids.end(),
                                           other.agent_ids.begin(), other.agent_ids.end());
    const auto label =
        visitLabel(other.kind, other.property_id ? directory_.property(visit.agency_id, *other.property_id)
                                                 : std::nullopt);
    found.push_back({"agent_busy",
                     other.id,
                     agent,
                     other.starts_at,
                     other.ends_at,
                     label,
                     {"visit.conflict_agent_busy",
                      {{"agent", nameOf(agent)},
                       {"span", span(zone, other.starts_at, other.ends_at)},
                       {"label", label}}}});
  }
  for (const auto agent : visit.agent_ids) {
    for (const auto& absence :
         availability_.unavailabilities(visit.agency_id, agent, visit.starts_at, visit.ends_at)) {
      const auto label = absence.reason.value_or("Indisponible");
      found.push_back({"unavailable",
                       std::nullopt,
                       agent,
                       absence.starts_at,
                       absence.ends_at,
                       label,
                       {"visit.conflict_unavailable",
                        {{"agent", nameOf(agent)},
                         {"span", span(zone, absence.starts_at, absence.ends_at)},
                         {"label", label}}}});
    }
    const auto hours = availability_.workingHours(visit.agency_id, agent);
    if (!hours.empty() && !withinWorkingHours(hours, zone, visit.starts_at, visit.ends_at)) {
      found.push_back({"outside_working_hours",
                       std::nullopt,
                       agent,
                       visit.starts_at,
                       visit.ends_at,
                       "Hors des horaires de travail",
                       {"visit.conflict_outside_hours",
                        {{"agent", nameOf(agent)}, {"span", span(zone, visit.starts_at, visit.ends_at)}}}});
    }
  }
}

void VisitConflicts::propertyConflicts(const Visit& visit, const TimeZone& zone,
                                       std::vector<Conflict>& found) const {
  if (!visit.property_id) return;
  const auto property = directory_.property(visit.agency_id, *visit.property_id);
  for (const auto& other :
       visits_.propertyBusy(visit.agency_id, *visit.property_id, visit.starts_at, visit.ends_at, visit.id)) {
    const auto label = visitLabel(other.kind, property);
    found.push_back({"property_busy",
                     other.id,
                     std::nullopt,
                     other.starts_at,
                     other.ends_at,
                     label,
                     {"visit.conflict_property_busy",
                      {{"property", property ? property->title : ""},
                       {"span", span(zone, other.starts_at, other.ends_at)},
                       {"label", label}}}});
  }
}

nlohmann::json VisitConflicts::toJson(const std::vector<Conflict>& conflicts) {
  auto items = nlohmann::json::array();
  for (const auto& conflict : conflicts) {
    nlohmann::json item = {{"type", conflict.type},
                           {"starts_at", isoUtc(conflict.starts_at)},
                           {"ends_at", isoUtc(conflict.ends_at)},
                           {"label", conflict.label}};
    if (conflict.visit_id) item["visit_id"] = *conflict.visit_id;
    if (conflict.agent_id) item["agent_id"] = *conflict.agent_id;
    items.push_back(item);
  }
  return items;
}

}  // namespace logis::visits
