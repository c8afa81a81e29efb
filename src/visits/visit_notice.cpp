#include "visits/visit_notice.hpp"

#include <map>

#include "core/french_format.hpp"
#include "db/sql.hpp"
#include "visits/visit_wording.hpp"

namespace logis::visits {
namespace {

std::string contactName(const Row& row) {
  std::string name;
  for (const auto* part : {"first_name", "last_name"}) {
    if (const auto text = row.optionalText(part); text && !text->empty())
      name += (name.empty() ? "" : " ") + *text;
  }
  return name.empty() ? row.optionalText("email").value_or("Contact") : name;
}

}  // namespace

bool isMobileNumber(const std::string& e164) {
  if (!e164.starts_with("+")) return false;
  if (!e164.starts_with("+33")) return true;
  return e164.starts_with("+336") || e164.starts_with("+337");
}

TimeZone VisitNotices::zone(std::int64_t agency_id) const {
  return directory_.zone(agency_id);
}

std::optional<Visit> VisitNotices::load(std::int64_t agency_id, std::int64_t id) const {
  return visits_.find(agency_id, id);
}

VisitNotice VisitNotices::notice(const Visit& visit) const {
  VisitNotice notice;
  notice.visit = visit;
  if (const auto agency = db_.queryOne("SELECT name FROM agencies WHERE id = ?", {visit.agency_id}))
    notice.agency_name = agency->text("name");
  notice.zone = directory_.zone(visit.agency_id);
  const auto property =
      visit.property_id ? directory_.property(visit.agency_id, *visit.property_id) : std::nullopt;
  notice.summary = visitLabel(visit.kind, property);
  if (property && property->address) notice.place = *property->address;
  if (visit.place && !visit.place->empty()) notice.place = *visit.place;
  notice.date = frenchDate(visit.starts_at, notice.zone);
  notice.time = frenchTime(visit.starts_at, notice.zone);

  if (!visit.agent_ids.empty()) {
    std::vector<SqlValue> params{visit.agency_id};
    params.insert(params.end(), visit.agent_ids.begin(), visit.agent_ids.end());
    std::map<std::int64_t, Invitee> users;
    for (const auto& row : db_.query(
             "SELECT id, name, email, phone FROM users WHERE agency_id = ? AND id IN (" + placeholders(visit.agent_ids.size()) + ")",
             params)) {
      users[row.integer("id")] = {"user", row.integer("id"), row.text("name"), row.optionalText("email"),
                                  row.optionalText("phone")};
    }
    for (const auto id : visit.agent_ids)
      if (users.contains(id)) notice.agents.push_back(users[id]);
  }
  if (!visit.contact_ids.empty()) {
    std::vector<SqlValue> params{visit.agency_id};
    params.insert(params.end(), visit.contact_ids.begin(), visit.contact_ids.end());
    std::map<std::int64_t, Invitee> contacts;
    for (const auto& row : db_.query("SELECT id, first_name, last_name, email, phone FROM contacts WHERE agency_id = ? "
                                     "AND merged_into_id IS NULL AND erased_at IS NULL AND id IN (" +
                                         placeholders(visit.contact_ids.size()) + ")",
                                     params)) {
      contacts[row.integer("id")] = {"contact", row.integer("id"), contactName(row), row.optionalText("email"),
                                     row.optionalText("phone")};
    }
    for (const auto id : visit.contact_ids)
      if (contacts.contains(id)) notice.contacts.push_back(contacts[id]);
  }
  return notice;
}

std::string VisitNotice::plainDescription() const {
  std::string text = summary + "\nLe " + date + " à " + time + " (jusqu'à " + frenchTime(visit.ends_at, zone) + ")";
  if (!place.empty()) text += "\nLieu : " + place;
  if (!contacts.empty()) {
    std::string names;
    for (const auto& contact : contacts) names += (names.empty() ? "" : ", ") + contact.name;
    text += "\nVisiteurs : " + names;
  }
  if (!agents.empty()) {
    std::string names;
    for (const auto& agent : agents) names += (names.empty() ? "" : ", ") + agent.name;
    text += "\nAgent" + std::string(agents.size() > 1 ? "s" : "") + " : " + names;
  }
  if (!agency_name.empty()) text += "\n" + agency_name;
  return text;
}

CalendarEvent VisitNotice::event() const {
  CalendarEvent event;
  event.uid = visit.ical_uid;
  event.sequence = visit.sequence;
  event.starts_at = visit.starts_at;
  event.ends_at = visit.ends_at;
  event.cancelled = visit.status == "cancelled";
  event.summary = summary;
  event.location = place;
  event.description = plainDescription();
  event.last_modified = visit.updated_at;
  for (const auto& agent : agents) {
    if (!agent.email) continue;
    if (!event.organizer && agent.id == visit.agent_id) {
      event.organizer = CalendarPerson{agent.name, *agent.email};
    } else {
      event.attendees.push_back({agent.name, *agent.email});
    }
  }
  for (const auto& contact : contacts)
    if (contact.email) event.attendees.push_back({contact.name, *contact.email});
  return event;
}

}  // namespace logis::visits
