#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "db/database.hpp"
#include "tasks/task_repository.hpp"

namespace logis {

// Which of the caller's tasks: open (default), overdue (due before today, Paris time), today, upcoming
// (from tomorrow), done.
enum class TaskScope { open, overdue, today, upcoming, done };

struct TaskListQuery {
  TaskScope scope = TaskScope::open;
  std::optional<std::int64_t> lead_id;
  std::optional<std::int64_t> contact_id;
  // Whose tasks: the caller's by default; managers and admins may name another user, or everyone.
  std::optional<std::int64_t> assigned_to;
  bool everyone = false;
};

struct TaskPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
};

// Follow-up tasks: an agent sees and changes only their own; managers and admins those of the agency.
class TaskService {
 public:
  TaskService(const Database& database, const Clock& clock);

  TaskPage list(const Principal& caller, const TaskListQuery& query, std::int64_t offset,
                std::int64_t limit) const;
  // {title, due_at, lead_id?, contact_id?, assigned_to?}: 422 naming each wrong field.
  nlohmann::json create(const Principal& caller, const nlohmann::json& input) const;
  // {done?, due_at?, title?, assigned_to?}.
  nlohmann::json update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;

 private:
  nlohmann::json toJson(const Row& row) const;
  Row visible(const Principal& caller, std::int64_t id) const;
  // The assignee a caller may give: themselves, or (managers, admins) any active user of the agency.
  std::optional<std::int64_t> checkedAssignee(const Principal& caller, std::optional<std::int64_t> wanted,
                                              std::map<std::string, Text>& problems) const;

  const Clock& clock_;
  TaskRepository tasks_;
};

}  // namespace logis
