#include "tasks/task_service.hpp"

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "core/time_format.hpp"

namespace logis {
namespace {

constexpr EpochMs kDayMs = 24 * 3600 * 1000;
using Problems = std::map<std::string, Text>;

bool seesAgencyTasks(const Principal& caller) {
  return caller.role == Role::admin || caller.role == Role::manager;
}

nlohmann::json optionalInteger(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.integer(column));
}

// A JSON field read for a task: typed, or its problem noted.
class TaskInput {
 public:
  TaskInput(const nlohmann::json& input, Problems& problems) : input_(input), problems_(problems) {}

  bool has(const char* name) const { return input_.contains(name); }

  std::optional<std::string> title() {
    if (!has("title")) return std::nullopt;
    const auto& value = input_["title"];
    if (!value.is_null() && !value.is_string()) {
      problems_["title"] = {"field.must_be_string"};
    } else if (value.is_null() ||
               value.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
      problems_["title"] = {"field.required"};
    } else if (value.get<std::string>().size() > 200) {
      problems_["title"] = {"field.too_long", {{"max", "200"}}};
    } else {
      return value.get<std::string>();
    }
    return std::nullopt;
  }

  std::optional<EpochMs> dueAt() {
    if (!has("due_at")) return std::nullopt;
    const auto& value = input_["due_at"];
    const auto parsed = value.is_string() ? parseIsoInstant(value.get<std::string>()) : std::nullopt;
    if (!parsed) problems_["due_at"] = {"task.due_at_invalid"};
    return parsed;
  }

  std::optional<std::int64_t> id(const char* name) {
    if (!has(name) || input_[name].is_null()) return std::nullopt;
    if (!input_[name].is_number_integer()) {
      problems_[name] = {"field.must_be_integer"};
      return std::nullopt;
    }
    return input_[name].get<std::int64_t>();
  }

  std::optional<bool> done() {
    if (!has("done")) return std::nullopt;
    if (!input_["done"].is_boolean()) {
      problems_["done"] = {"field.must_be_boolean"};
      return std::nullopt;
    }
    return input_["done"].get<bool>();
  }

 private:
  const nlohmann::json& input_;
  Problems& problems_;
};

}  // namespace

TaskService::TaskService(const Database& database, const Clock& clock) : clock_(clock), tasks_(database) {}

nlohmann::json TaskService::toJson(const Row& row) const {
  const bool done = !row.isNull("done_at");
  std::string contact_name;
  for (const auto* part : {"contact_first_name", "contact_last_name"}) {
    if (!row.isNull(part)) contact_name += (contact_name.empty() ? "" : " ") + row.text(part);
  }
  return {{"id", row.integer("id")},
          {"title", row.text("title")},
          {"due_at", isoUtc(row.integer("due_at"))},
          {"done", done},
          {"done_at", done ? nlohmann::json(isoUtc(row.integer("done_at"))) : nlohmann::json()},
          {"overdue", !done && row.integer("due_at") < clock_.now()},
          {"lead_id", optionalInteger(row, "lead_id")},
          {"contact_id", optionalInteger(row, "contact_id")},
          {"contact_name", contact_name.empty() ? nlohmann::json() : nlohmann::json(contact_name)},
          {"assigned_to", row.integer("assigned_to")},
          {"assigned_to_name", row.text("assigned_to_name")},
          {"created_by", optionalInteger(row, "created_by")},
          {"created_at", isoUtc(row.integer("created_at"))}};
}

TaskPage TaskService::list(const Principal& caller, const TaskListQuery& query, std::int64_t offset,
                           std::int64_t limit) const {
  TaskFilter filter;
  filter.lead_id = query.lead_id;
  filter.contact_id = query.contact_id;
  if (query.everyone || (query.assigned_to && query.assigned_to != caller.user_id)) {
    if (!seesAgencyTasks(caller)) throw ApiError::forbidden();
    filter.assigned_to = query.everyone ? std::nullopt : query.assigned_to;
  } else if (caller.user_id) {
    filter.assigned_to = caller.user_id;
  } else if (!seesAgencyTasks(caller)) {
    throw ApiError::forbidden();  // an agent's API token has nobody's tasks of its own
  }
  const auto today = startOfParisDay(clock_.now());
  const auto tomorrow = startOfParisDay(today + kDayMs + 3600 * 1000 * 3);
  switch (query.scope) {
    case TaskScope::open:
      break;
    case TaskScope::overdue:
      filter.due_before = today;
      break;
    case TaskScope::today:
      filter.due_from = today;
      filter.due_before = tomorrow;
      break;
    case TaskScope::upcoming:
      filter.due_from = tomorrow;
      break;
    case TaskScope::done:
      filter.done = true;
      break;
  }
  TaskPage page;
  for (const auto& row : tasks_.list(caller.agency_id, filter, offset, limit))
    page.items.push_back(toJson(row));
  page.total = tasks_.count(caller.agency_id, filter);
  return page;
}

Row TaskService::visible(const Principal& caller, std::int64_t id) const {
  auto row = tasks_.find(caller.agency_id, id);
  if (!row || (!seesAgencyTasks(caller) && row->integer("assigned_to") != caller.user_id)) {
    throw ApiError::notFound();
  }
  return std::move(*row);
}

std::optional<std::int64_t> TaskService::checkedAssignee(const Principal& caller,
                                                         std::optional<std::int64_t> wanted,
                                                         Problems& problems) const {
  if (!wanted) return caller.user_id;
  if (*wanted != caller.user_id && !seesAgencyTasks(caller)) throw ApiError::forbidden();
  if (!tasks_.isActiveUser(caller.agency_id, *wanted)) {
    problems["assigned_to"] = {"task.assignee_unknown"};
    return std::nullopt;
  }
  return wanted;
}

nlohmann::json TaskService::create(const Principal& caller, const nlohmann::json& input) const {
  Problems problems;
  TaskInput read(input, problems);
  const auto title = read.title();
  if (!read.has("title")) problems["title"] = {"field.required"};
  const auto due_at = read.dueAt();
  if (!read.has("due_at")) problems["due_at"] = {"field.required"};
  const auto lead_id = read.id("lead_id");
  auto contact_id = read.id("contact_id");
  const auto assignee = checkedAssignee(caller, read.id("assigned_to"), problems);
  if (!assignee && !problems.contains("assigned_to")) problems["assigned_to"] = {"field.required"};
  if (lead_id) {
    const auto lead_contact = tasks_.leadContact(caller.agency_id, *lead_id);
    if (!lead_contact) {
      problems["lead_id"] = {"task.lead_unknown"};
    } else if (!contact_id) {
      contact_id = *lead_contact;
    }
  }
  if (contact_id && !problems.contains("contact_id") &&
      !tasks_.isLiveContact(caller.agency_id, *contact_id)) {
    problems["contact_id"] = {"task.contact_unknown"};
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const auto id = tasks_.insert(
      caller.agency_id, {{"title", *title},
                         {"due_at", *due_at},
                         {"lead_id", lead_id ? SqlValue{*lead_id} : SqlValue{nullptr}},
                         {"contact_id", contact_id ? SqlValue{*contact_id} : SqlValue{nullptr}},
                         {"assigned_to", *assignee},
                         {"created_by", caller.user_id ? SqlValue{*caller.user_id} : SqlValue{nullptr}},
                         {"created_at", clock_.now()}});
  return toJson(*tasks_.find(caller.agency_id, id));
}

nlohmann::json TaskService::update(const Principal& caller, std::int64_t id,
                                   const nlohmann::json& input) const {
  const auto before = visible(caller, id);
  Problems problems;
  TaskInput read(input, problems);
  Columns columns;
  if (const auto title = read.title()) columns.emplace_back("title", *title);
  if (const auto due_at = read.dueAt()) columns.emplace_back("due_at", *due_at);
  if (const auto done = read.done(); done && *done == before.isNull("done_at")) {
    columns.emplace_back("done_at", *done ? SqlValue{clock_.now()} : SqlValue{nullptr});
  }
  if (read.has("assigned_to")) {
    const auto wanted = read.id("assigned_to");
    if (!wanted && !problems.contains("assigned_to")) problems["assigned_to"] = {"field.required"};
    if (wanted) {
      if (const auto assignee = checkedAssignee(caller, wanted, problems))
        columns.emplace_back("assigned_to", *assignee);
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  tasks_.update(caller.agency_id, id, columns);
  return toJson(*tasks_.find(caller.agency_id, id));
}

}  // namespace logis
