#pragma once

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "dashboard/dashboard_repository.hpp"
#include "db/database.hpp"
#include "tasks/task_service.hpp"

namespace logis {

// The signed-in user's day: their overdue and today's tasks and lead follow-ups, the new leads of the last
// 7 days, and conversion by source over `days`. An agent restricted to their own leads counts only those.
class DashboardService {
 public:
  DashboardService(const Database& database, const Clock& clock, const TaskService& tasks)
      : clock_(clock), tasks_(tasks), leads_(database) {}

  nlohmann::json forCaller(const Principal& caller, std::int64_t days) const;

 private:
  const Clock& clock_;
  const TaskService& tasks_;
  DashboardRepository leads_;
};

}  // namespace logis
