#include "visits/visit_draft.hpp"

#include <algorithm>
#include <map>

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {
namespace {

using Problems = std::map<std::string, Text>;

constexpr EpochMs kMaxDurationMs = 12 * 3'600'000;
constexpr std::size_t kMaxPeople = 20;

// The fields of one body, each read once with its problem recorded under its name.
class Fields {
 public:
  Fields(const nlohmann::json& input, Problems& problems) : input_(input), problems_(problems) {}

  bool given(const char* name) const { return input_.contains(name); }
  const nlohmann::json& operator[](const char* name) const { return input_.at(name); }
  void reject(const std::string& name, Text problem) { problems_.emplace(name, std::move(problem)); }
  bool rejected(const std::string& name) const { return problems_.contains(name); }

  // nullopt for null or a problem (recorded).
  std::optional<std::string> text(const char* name, std::size_t max) {
    const auto& value = input_.at(name);
    if (value.is_null()) return std::nullopt;
    if (!value.is_string()) return reject(name, {"field.must_be_string"}), std::nullopt;
    const auto text = value.get<std::string>();
    if (text.size() > max)
      return reject(name, {"field.too_long", {{"max", std::to_string(max)}}}), std::nullopt;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
    return text;
  }

  std::optional<std::string> choice(const char* name, const std::vector<std::string>& allowed) {
    const auto value = text(name, 20);
    if (!value || std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) {
      if (!value && !rejected(name)) reject(name, {"field.required"});
      return value;
    }
    std::string list;
    for (const auto& item : allowed) list += (list.empty() ? "" : ", ") + item;
    reject(name, {"field.choice_invalid", {{"choices", list}}});
    return std::nullopt;
  }

  std::optional<std::int64_t> id(const char* name) {
    const auto& value = input_.at(name);
    if (value.is_null()) return std::nullopt;
    if (!value.is_number_integer() || value.get<std::int64_t>() < 1) {
      return reject(name, {"field.must_be_integer"}), std::nullopt;
    }
    return value.get<std::int64_t>();
  }

  std::optional<std::vector<std::int64_t>> ids(const char* name) {
    const auto& value = input_.at(name);
    if (value.is_null()) return std::vector<std::int64_t>{};
    std::vector<std::int64_t> ids;
    const bool list = value.is_array() && value.size() <= kMaxPeople &&
                      std::all_of(value.begin(), value.end(), [](const auto& item) {
                        return item.is_number_integer() && item.template get<std::int64_t>() > 0;
                      });
    if (!list) return reject(name, {"visit.ids_list", {{"max", std::to_string(kMaxPeople)}}}), std::nullopt;
    for (const auto& item : value) {
      const auto id = item.get<std::int64_t>();
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
  }

  std::optional<EpochMs> instant(const char* name) {
    const auto& value = input_.at(name);
    const auto parsed = value.is_string() ? parseIsoInstant(value.get<std::string>()) : std::nullopt;
    if (!parsed) reject(name, {value.is_null() ? "field.required" : "visit.datetime_invalid"});
    return parsed;
  }

 private:
  const nlohmann::json& input_;
  Problems& problems_;
};

void readReferences(Fields& fields, Visit& visit, const VisitDirectory& directory) {
  const auto agency = visit.agency_id;
  if (fields.given("property_id")) {
    visit.property_id = fields.id("property_id");
    if (visit.property_id && !directory.property(agency, *visit.property_id)) {
      fields.reject("property_id", {"visit.property_unknown"});
    }
  }
  if (fields.given("lead_id")) {
    visit.lead_id = fields.id("lead_id");
    if (visit.lead_id && !directory.leadContact(agency, *visit.lead_id))
      fields.reject("lead_id", {"visit.lead_unknown"});
  }
  if (fields.given("contact_ids")) {
    if (const auto ids = fields.ids("contact_ids")) {
      visit.contact_ids = *ids;
      if (directory.contactNames(agency, *ids).size() != ids->size()) {
        fields.reject("contact_ids", {"visit.contact_unknown"});
      }
    }
  }
}

void readAgents(Fields& fields, Visit& visit, const VisitDirectory& directory) {
  const auto previous = visit.agent_id;
  if (fields.given("agent_id")) {
    if (const auto id = fields.id("agent_id")) visit.agent_id = *id;
  }
  std::vector<std::int64_t> co_agents;
  for (const auto id : visit.agent_ids) {
    if (id != previous) co_agents.push_back(id);
  }
  if (fields.given("agent_ids")) {
    if (const auto ids = fields.ids("agent_ids")) co_agents = *ids;
  }
  visit.agent_ids = {visit.agent_id};
  for (const auto id : co_agents) {
    if (id != visit.agent_id) visit.agent_ids.push_back(id);
  }
  if (visit.agent_id == 0) {
    if (!fields.rejected("agent_id")) fields.reject("agent_id", {"field.required"});
    return;
  }
  const auto staff = directory.userNames(visit.agency_id, visit.agent_ids, true);
  if (!staff.contains(visit.agent_id)) fields.reject("agent_id", {"visit.agent_unknown"});
  if (staff.size() + (staff.contains(visit.agent_id) ? 0 : 1) != visit.agent_ids.size()) {
    fields.reject("agent_ids", {"visit.agent_unknown"});
  }
}

void readTimes(Fields& fields, Visit& visit, bool creating) {
  if (creating || fields.given("starts_at")) {
    if (const auto at = fields.instant("starts_at")) visit.starts_at = *at;
  }
  if (creating || fields.given("ends_at")) {
    if (const auto at = fields.instant("ends_at")) visit.ends_at = *at;
  }
  if (fields.rejected("starts_at") || fields.rejected("ends_at")) return;
  if (visit.ends_at <= visit.starts_at) {
    fields.reject("ends_at", {"visit.ends_before_start"});
  } else if (visit.ends_at - visit.starts_at > kMaxDurationMs) {
    fields.reject("ends_at", {"visit.too_long"});
  }
}

}  // namespace

VisitDraft readDraft(const nlohmann::json& input, const Visit& base, bool creating,
                     const VisitDirectory& directory, EpochMs now) {
  Problems problems;
  auto body = input;
  if (creating) {  // required: read as null when absent
    for (const auto* name : {"starts_at", "ends_at"}) {
      if (!body.contains(name)) body[name] = nullptr;
    }
  }
  Fields fields(body, problems);
  VisitDraft draft{base};
  auto& visit = draft.visit;
  if (fields.given("kind")) visit.kind = fields.choice("kind", VisitRepository::kinds()).value_or(visit.kind);
  if (fields.given("status"))
    visit.status = fields.choice("status", VisitRepository::statuses()).value_or(visit.status);
  readReferences(fields, visit, directory);
  readAgents(fields, visit, directory);
  readTimes(fields, visit, creating);
  if (fields.given("place")) visit.place = fields.text("place", 300);
  if (fields.given("notes")) visit.notes = fields.text("notes", 5000);
  if (fields.given("override_conflicts")) {
    if (fields["override_conflicts"].is_boolean()) {
      draft.override_conflicts = fields["override_conflicts"].get<bool>();
    } else if (!fields["override_conflicts"].is_null()) {
      fields.reject("override_conflicts", {"field.must_be_boolean"});
    }
  }
  if (creating && visit.contact_ids.empty() && visit.lead_id && !fields.rejected("lead_id")) {
    visit.contact_ids = {*directory.leadContact(visit.agency_id, *visit.lead_id)};
  }
  if (visit.kind == "visit") {
    if (!visit.property_id && !fields.rejected("property_id"))
      fields.reject("property_id", {"field.required"});
    if (visit.contact_ids.empty() && !fields.rejected("contact_ids")) {
      fields.reject("contact_ids", {"visit.contact_required"});
    }
  }
  if (creating && !fields.given("place") && visit.property_id && !fields.rejected("property_id")) {
    visit.place = directory.property(visit.agency_id, *visit.property_id)->address;
  }
  const bool timing_changed = creating || visit.starts_at != base.starts_at || visit.status != base.status;
  if (timing_changed && visit.starts_at < now && (visit.status == "planned" || visit.status == "confirmed") &&
      !fields.rejected("starts_at")) {
    fields.reject("status", {"visit.past_not_done"});
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  return draft;
}

bool rescheduled(const Visit& before, const Visit& after) {
  return before.starts_at != after.starts_at || before.ends_at != after.ends_at ||
         before.place != after.place || before.agent_ids != after.agent_ids ||
         before.contact_ids != after.contact_ids || before.property_id != after.property_id ||
         before.status != after.status || before.kind != after.kind;
}

}  // namespace logis::visits
