#include "leads/lead_service.hpp"

#include <algorithm>
#include <map>

#include "auth/policy.hpp"
#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "core/paris_time.hpp"
#include "leads/lead_criterion.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;
using CriterionItems = std::vector<std::pair<std::optional<std::int64_t>, Columns>>;

constexpr std::size_t kMaxCriteria = 20;

const std::vector<std::string>& priorities() {
  static const std::vector<std::string> all = {"low", "normal", "high"};
  return all;
}

std::string choices(const std::vector<std::string>& allowed) {
  std::string text;
  for (const auto& item : allowed) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string statusLabel(const std::string& status) {
  static const std::map<std::string, std::string> labels = {
      {"new", "Nouveau"}, {"in_progress", "En cours"}, {"converted", "Converti"}, {"lost", "Perdu"}};
  return labels.at(status);
}

std::string personName(const nlohmann::json& contact) {
  std::string name;
  for (const auto* part : {"first_name", "last_name"}) {
    if (contact[part].is_string()) name += (name.empty() ? "" : " ") + contact[part].get<std::string>();
  }
  if (name.empty() && contact["email"].is_string()) name = contact["email"];
  if (name.empty() && contact["phone"].is_string()) name = formatFrench(contact["phone"].get<std::string>());
  return name.empty() ? "contact sans nom" : name;
}

template <typename T>
SqlValue nullable(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

std::optional<std::int64_t> optionalId(const nlohmann::json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<std::int64_t>();
}

// The fields of a lead as given to POST or PATCH: each checked, the problems collected by name.
class LeadInput {
 public:
  LeadInput(const nlohmann::json& input, Problems& problems) : input_(input), problems_(problems) {}

  bool has(const char* name) const { return input_.contains(name); }

  std::optional<std::string> text(const char* name, std::size_t max, bool required = false) {
    const auto found = input_.find(name);
    if (found == input_.end() || found->is_null()) {
      if (required) problems_.emplace(name, Text{"field.required"});
      return std::nullopt;
    }
    if (!found->is_string()) {
      problems_.emplace(name, Text{"field.must_be_string"});
      return std::nullopt;
    }
    const auto value = found->get<std::string>();
    if (value.size() > max) {
      problems_.emplace(name, Text{"field.too_long", {{"max", std::to_string(max)}}});
      return std::nullopt;
    }
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
      if (required) problems_.emplace(name, Text{"field.required"});
      return std::nullopt;
    }
    return value;
  }

  std::optional<std::string> choice(const char* name, const std::vector<std::string>& allowed) {
    const auto value = text(name, 40);
    if (value && std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
      problems_.emplace(name, Text{"field.choice_invalid", {{"choices", choices(allowed)}}});
      return std::nullopt;
    }
    return value;
  }

  std::optional<std::int64_t> id(const char* name) {
    const auto found = input_.find(name);
    if (found == input_.end() || found->is_null()) return std::nullopt;
    if (!found->is_number_integer() || found->get<std::int64_t>() < 1) {
      problems_.emplace(name, Text{"field.must_be_integer"});
      return std::nullopt;
    }
    return found->get<std::int64_t>();
  }

  std::optional<EpochMs> instant(const char* name) {
    const auto value = text(name, 40);
    if (!value) return std::nullopt;
    const auto parsed = parseIsoInstant(*value);
    if (!parsed) problems_.emplace(name, Text{"lead.datetime_invalid"});
    return parsed;
  }

  void reject(const std::string& name, Text problem) { problems_.emplace(name, std::move(problem)); }

 private:
  const nlohmann::json& input_;
  Problems& problems_;
};

// criteria: [{...}, {"id": 12, ...}]: the items with an id must be this lead's.
std::optional<CriterionItems> criteriaFrom(const nlohmann::json& input, const nlohmann::json& existing,
                                           Problems& problems) {
  const auto found = input.find("criteria");
  if (found == input.end()) return std::nullopt;
  if (!found->is_array() || found->size() > kMaxCriteria) {
    problems.emplace("criteria", Text{"lead.criteria_list", {{"max", std::to_string(kMaxCriteria)}}});
    return std::nullopt;
  }
  CriterionItems items;
  std::vector<std::int64_t> seen;
  for (std::size_t i = 0; i < found->size(); ++i) {
    const auto& item = (*found)[i];
    const auto prefix = "criteria[" + std::to_string(i) + "]";
    std::optional<std::int64_t> id;
    if (item.is_object() && item.contains("id") && !item["id"].is_null()) {
      const bool known = item["id"].is_number_integer() &&
                         std::any_of(existing.begin(), existing.end(),
                                     [&](const auto& criterion) { return criterion["id"] == item["id"]; });
      if (!known || std::find(seen.begin(), seen.end(), item["id"].get<std::int64_t>()) != seen.end()) {
        problems.emplace(prefix + ".id", Text{"lead.criterion_unknown"});
      } else {
        id = item["id"].get<std::int64_t>();
        seen.push_back(*id);
      }
    }
    items.emplace_back(id, criterionColumns(item, prefix, problems));
  }
  return items;
}

}  // namespace

LeadService::LeadService(const Database& database, const Clock& clock, const ContactService& contacts,
                         const LeadSettingsService& settings, const InteractionLog& interactions)
    : db_(database),
      clock_(clock),
      contacts_(contacts),
      settings_(settings),
      interactions_(interactions),
      leads_(database) {}

LeadPage LeadService::search(const Principal& caller, LeadFilter filter, std::int64_t offset,
                             std::int64_t limit) const {
  const auto restrictions = settings_.restrictions(caller.agency_id);
  if (Policy::grant(caller, Action::view_leads, restrictions) == Grant::own) {
    const auto self = caller.user_id.value_or(0);
    filter.assigned_to = filter.assigned_to && *filter.assigned_to != self ? -1 : self;
  }
  return leads_.search(caller.agency_id, filter, offset, limit);
}

nlohmann::json LeadService::visible(const Principal& caller, std::int64_t id, Action action) const {
  auto lead = leads_.find(caller.agency_id, id);
  if (!lead || !Policy::allowsOn(caller, action, optionalId((*lead)["assigned_to"]),
                                 settings_.restrictions(caller.agency_id))) {
    throw ApiError::notFound();
  }
  return *lead;
}

nlohmann::json LeadService::get(const Principal& caller, std::int64_t id) const {
  auto lead = visible(caller, id, Action::view_leads);
  lead["criteria"] = leads_.criteria(caller.agency_id, id);
  return lead;
}

void LeadService::assigned(std::int64_t agency_id, std::int64_t lead_id, std::int64_t user_id,
                           std::optional<std::int64_t> by_user) const {
  if (by_user == user_id) return;
  const auto lead = leads_.find(agency_id, lead_id);
  leads_.notify(agency_id, user_id, lead_id,
                "Lead assigné : " + personName((*lead)["contact"]) +
                    " (source : " + (*lead)["source"].get<std::string>() + ")",
                clock_.now());
}

nlohmann::json LeadService::create(const Principal& caller, const nlohmann::json& input) const {
  Problems problems;
  LeadInput fields(input, problems);
  const auto contact_id = fields.id("contact_id");
  const auto contact_given = input.contains("contact") && !input["contact"].is_null();
  if (contact_given && !input["contact"].is_object())
    fields.reject("contact", {"lead.contact_object_expected"});
  if (!contact_id && !contact_given && !problems.contains("contact_id"))
    fields.reject("contact_id", {"lead.contact_required"});
  if (contact_id && contact_given) fields.reject("contact", {"lead.contact_twice"});
  if (contact_id && !contacts_.find(caller.agency_id, *contact_id))
    fields.reject("contact_id", {"lead.contact_unknown"});
  const auto source = fields.text("source", 32, true);
  if (source && !settings_.isActiveSource(caller.agency_id, *source))
    fields.reject("source", {"lead.source_unknown"});
  const auto status = fields.choice("status", LeadRepository::statuses()).value_or("new");
  const auto lost_reason = fields.text("lost_reason", 200);
  if (status == "lost" && !lost_reason && !problems.contains("lost_reason"))
    fields.reject("lost_reason", {"lead.lost_reason_required"});
  const auto priority = fields.choice("priority", priorities()).value_or("normal");
  const auto next_action_at = fields.instant("next_action_at");
  const auto message = fields.text("message", 5000);
  const auto property_id = fields.id("property_id");
  std::optional<nlohmann::json> property;
  if (property_id && !(property = leads_.property(caller.agency_id, *property_id))) {
    fields.reject("property_id", {"lead.property_unknown"});
  }
  auto assignee = fields.id("assigned_to");
  if (assignee && !settings_.isLeadHolder(caller.agency_id, *assignee))
    fields.reject("assigned_to", {"lead.assignee_unknown"});
  const auto criteria = criteriaFrom(input, nlohmann::json::array(), problems);
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (assignee && assignee != caller.user_id && !Policy::allows(caller, Action::assign_leads)) {
    throw ApiError(403, "forbidden", {"lead.assign_forbidden"});
  }

  const auto now = clock_.now();
  std::int64_t lead_id = 0;
  bool reused = false;
  db_.transaction([&] {
    auto contact = contact_id.value_or(0);
    if (contact_given) {
      settings_.serializeCaptures(caller.agency_id);
      const auto& given = input["contact"];
      const auto email = given.value("email", nlohmann::json()).is_string()
                             ? std::optional<std::string>(lowercase(given["email"].get<std::string>()))
                             : std::nullopt;
      const auto phone = given.value("phone", nlohmann::json()).is_string()
                             ? toE164(given["phone"].get<std::string>())
                             : std::nullopt;
      const auto duplicates = (email || phone) ? contacts_.findDuplicates(caller.agency_id, email, phone)
                                               : std::vector<std::int64_t>{};
      if (!duplicates.empty()) {
        contact = duplicates.front();
        reused = true;
      } else {
        try {
          contact = contacts_.create(caller, given)["id"].get<std::int64_t>();
        } catch (const ApiError& error) {
          if (error.status != 422) throw;
          std::map<std::string, Text> named;
          for (const auto& [field, problem] : error.fields) named.emplace("contact." + field, problem);
          throw ApiError::invalidFields(named);
        }
      }
    }
    if (!assignee && caller.role == Role::agent && caller.user_id) assignee = caller.user_id;
    if (!assignee) {
      std::optional<std::string> city;
      if (property && property->at("city").is_string()) city = property->at("city").get<std::string>();
      if (!city && criteria && !criteria->empty()) {
        for (const auto& [column, value] : criteria->front().second) {
          if (column == "cities" && std::holds_alternative<std::string>(value)) {
            city = splitNonEmpty(std::get<std::string>(value), ',').front();
          }
        }
      }
      assignee = settings_.nextAssignee(caller.agency_id, *source, city);
    }
    lead_id = leads_.insert(caller.agency_id,
                            {{"contact_id", contact},
                             {"source", *source},
                             {"status", status},
                             {"lost_reason", status == "lost" ? nullable(lost_reason) : SqlValue{nullptr}},
                             {"property_id", nullable(property_id)},
                             {"assigned_to", nullable(assignee)},
                             {"priority", priority},
                             {"next_action_at", nullable(next_action_at)},
                             {"message", nullable(message)},
                             {"created_by", nullable(caller.user_id)},
                             {"created_at", now},
                             {"updated_at", now},
                             {"status_changed_at", now}});
    if (criteria) leads_.replaceCriteria(caller.agency_id, lead_id, *criteria, now);
    if (assignee) assigned(caller.agency_id, lead_id, *assignee, caller.user_id);
  });
  auto lead = leads_.find(caller.agency_id, lead_id).value();
  lead["criteria"] = leads_.criteria(caller.agency_id, lead_id);
  lead["contact_reused"] = reused;
  return lead;
}

nlohmann::json LeadService::update(const Principal& caller, std::int64_t id,
                                   const nlohmann::json& input) const {
  const auto before = visible(caller, id, Action::edit_leads);
  const auto existing = leads_.criteria(caller.agency_id, id);
  Problems problems;
  LeadInput fields(input, problems);
  Columns columns;
  for (const auto* fixed : {"contact_id", "contact"}) {
    if (fields.has(fixed)) fields.reject(fixed, {"lead.contact_fixed"});
  }
  if (fields.has("source")) {
    const auto source = fields.text("source", 32, true);
    if (source && source != before["source"] && !settings_.isActiveSource(caller.agency_id, *source)) {
      fields.reject("source", {"lead.source_unknown"});
    } else if (source) {
      columns.emplace_back("source", *source);
    }
  }
  const auto old_status = before["status"].get<std::string>();
  const auto status =
      fields.has("status") ? fields.choice("status", LeadRepository::statuses()) : std::nullopt;
  if (fields.has("status") && !status && !problems.contains("status"))
    fields.reject("status", {"field.required"});
  const auto new_status = status.value_or(old_status);
  auto lost_reason = fields.has("lost_reason")
                         ? fields.text("lost_reason", 200)
                         : (before["lost_reason"].is_string()
                                ? std::optional<std::string>(before["lost_reason"].get<std::string>())
                                : std::nullopt);
  if (new_status == "lost" && !lost_reason && !problems.contains("lost_reason")) {
    fields.reject("lost_reason", {"lead.lost_reason_required"});
  }
  if (new_status != "lost") lost_reason.reset();
  columns.emplace_back("lost_reason", nullable(lost_reason));
  if (fields.has("priority")) {
    if (const auto priority = fields.choice("priority", priorities())) {
      columns.emplace_back("priority", *priority);
    } else if (!problems.contains("priority")) {
      fields.reject("priority", {"field.required"});
    }
  }
  if (fields.has("next_action_at")) {
    const auto next = fields.instant("next_action_at");
    columns.emplace_back("next_action_at", nullable(next));
  }
  if (fields.has("message")) {
    const auto message = fields.text("message", 5000);
    columns.emplace_back("message", nullable(message));
  }
  if (fields.has("property_id")) {
    const auto property_id = fields.id("property_id");
    if (property_id && !leads_.property(caller.agency_id, *property_id))
      fields.reject("property_id", {"lead.property_unknown"});
    columns.emplace_back("property_id", nullable(property_id));
  }
  std::optional<std::int64_t> new_assignee;
  const auto old_assignee = optionalId(before["assigned_to"]);
  const bool reassigning = fields.has("assigned_to");
  if (reassigning) {
    new_assignee = fields.id("assigned_to");
    if (new_assignee && !settings_.isLeadHolder(caller.agency_id, *new_assignee)) {
      fields.reject("assigned_to", {"lead.assignee_unknown"});
    }
    columns.emplace_back("assigned_to", nullable(new_assignee));
  }
  const auto criteria = criteriaFrom(input, existing, problems);
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const bool assignee_changes = reassigning && new_assignee != old_assignee;
  if (assignee_changes && (!new_assignee || new_assignee != caller.user_id) &&
      !Policy::allows(caller, Action::assign_leads)) {
    throw ApiError(403, "forbidden", {"lead.assign_forbidden"});
  }

  const auto now = clock_.now();
  db_.transaction([&] {
    if (new_status != old_status) {
      columns.emplace_back("status", new_status);
      columns.emplace_back("status_changed_at", now);
    }
    columns.emplace_back("updated_at", now);
    leads_.update(caller.agency_id, id, columns);
    if (criteria) leads_.replaceCriteria(caller.agency_id, id, *criteria, now);
    if (new_status != old_status) {
      nlohmann::json meta = {{"from", old_status}, {"to", new_status}, {"lost_reason", nullptr}};
      std::string summary = "Statut : " + statusLabel(old_status) + " → " + statusLabel(new_status);
      if (lost_reason) {
        meta["lost_reason"] = *lost_reason;
        summary += " (" + *lost_reason + ")";
      }
      interactions_.append({.agency_id = caller.agency_id,
                            .contact_id = before["contact_id"].get<std::int64_t>(),
                            .lead_id = id,
                            .property_id = std::nullopt,
                            .type = "status_change",
                            .direction = std::nullopt,
                            .summary = summary,
                            .body = std::nullopt,
                            .meta = meta,
                            .user_id = caller.user_id,
                            .occurred_at = now});
    }
    if (assignee_changes && new_assignee) assigned(caller.agency_id, id, *new_assignee, caller.user_id);
  });
  return get(caller, id);
}

std::int64_t LeadService::createCaptured(const CapturedLead& lead) const {
  const auto now = clock_.now();
  std::int64_t lead_id = 0;
  db_.transaction([&] {
    const auto assignee = settings_.nextAssignee(lead.agency_id, lead.source, lead.city);
    lead_id = leads_.insert(lead.agency_id, {{"contact_id", lead.contact_id},
                                             {"source", lead.source},
                                             {"status", "new"},
                                             {"property_id", nullable(lead.property_id)},
                                             {"assigned_to", nullable(assignee)},
                                             {"priority", "normal"},
                                             {"message", nullable(lead.message)},
                                             {"created_at", now},
                                             {"updated_at", now},
                                             {"status_changed_at", now}});
    if (assignee) assigned(lead.agency_id, lead_id, *assignee, std::nullopt);
  });
  return lead_id;
}

InteractionPage LeadService::interactions(const Principal& caller, std::int64_t lead_id,
                                          const std::vector<std::string>& types, std::int64_t offset,
                                          std::int64_t limit) const {
  visible(caller, lead_id, Action::view_leads);
  return interactions_.forLead(caller.agency_id, lead_id, types, offset, limit);
}

nlohmann::json LeadService::addInteraction(const Principal& caller, std::int64_t lead_id,
                                           const nlohmann::json& input) const {
  const auto lead = visible(caller, lead_id, Action::edit_leads);
  static const std::vector<std::string> logged = {"call", "email", "sms", "visit", "meeting", "note"};
  Problems problems;
  LeadInput fields(input, problems);
  const auto type = fields.choice("type", logged);
  if (!type && !problems.contains("type")) fields.reject("type", {"field.required"});
  const auto direction = fields.choice("direction", {"in", "out"});
  if (type && InteractionLog::needsDirection(*type) && !direction && !problems.contains("direction")) {
    fields.reject("direction", {"lead.direction_required"});
  }
  const auto summary = fields.text("summary", 300, true);
  const auto body = fields.text("body", 20000);
  const auto occurred_at = fields.instant("occurred_at");
  const auto property_id = fields.id("property_id");
  if (property_id && !leads_.property(caller.agency_id, *property_id))
    fields.reject("property_id", {"lead.property_unknown"});
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const auto id = interactions_.append({.agency_id = caller.agency_id,
                                        .contact_id = lead["contact_id"].get<std::int64_t>(),
                                        .lead_id = lead_id,
                                        .property_id = property_id,
                                        .type = *type,
                                        .direction = direction,
                                        .summary = *summary,
                                        .body = body,
                                        .meta = nullptr,
                                        .user_id = caller.user_id,
                                        .occurred_at = occurred_at.value_or(clock_.now())});
  return interactions_.find(caller.agency_id, id).value();
}

InteractionPage LeadService::contactInteractions(const Principal& caller, std::int64_t contact_id,
                                                 const std::vector<std::string>& types, std::int64_t offset,
                                                 std::int64_t limit) const {
  if (!contacts_.find(caller.agency_id, contact_id)) throw ApiError::notFound();
  std::optional<std::int64_t> leads_of;
  if (Policy::grant(caller, Action::view_leads, settings_.restrictions(caller.agency_id)) == Grant::own) {
    leads_of = caller.user_id.value_or(0);
  }
  return interactions_.forContact(caller.agency_id, contact_id, types, offset, limit, leads_of);
}

}  // namespace logis
