#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// Which tasks a list shows. Bounds are instants; absent ones do not filter.
struct TaskFilter {
  std::optional<std::int64_t> assigned_to;
  std::optional<std::int64_t> lead_id;
  std::optional<std::int64_t> contact_id;
  bool done = false;                  // done tasks (newest first) instead of open ones (soonest first)
  std::optional<EpochMs> due_from;    // inclusive
  std::optional<EpochMs> due_before;  // exclusive
};

// The SQL of follow-up tasks. Every method takes the agency and filters on it. Rows carry contact_name and
// assigned_to_name beside the columns.
class TaskRepository {
 public:
  explicit TaskRepository(const Database& database) : db_(database) {}

  std::vector<Row> list(std::int64_t agency_id, const TaskFilter& filter, std::int64_t offset,
                        std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id, const TaskFilter& filter) const;
  std::optional<Row> find(std::int64_t agency_id, std::int64_t id) const;
  std::int64_t insert(std::int64_t agency_id,
                      const Columns& columns) const;
  void update(std::int64_t agency_id, std::int64_t id,
              const Columns& columns) const;

  // The contact of a lead of the agency; nullopt when the agency has no such lead.
  std::optional<std::optional<std::int64_t>> leadContact(std::int64_t agency_id, std::int64_t lead_id) const;
  bool isLiveContact(std::int64_t agency_id, std::int64_t contact_id) const;
  bool isActiveUser(std::int64_t agency_id, std::int64_t user_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
