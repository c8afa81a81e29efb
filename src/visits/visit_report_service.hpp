#pragma once

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "tasks/task_service.hpp"
#include "visits/visit_document_repository.hpp"

namespace logis::visits {

// A report as the route read it (types and lengths checked).
struct ReportForm {
  struct FollowUp {
    std::string title;
    EpochMs due_at = 0;
    std::optional<std::int64_t> assigned_to;  // the visit's agent when absent
  };
  std::string comment;
  std::optional<std::int64_t> interest_level;  // 1-5
  std::optional<std::string> objections;
  std::optional<std::string> price_opinion;  // too_high, high, fair, low
  std::optional<FollowUp> follow_up;
};

// After a visit, the agent's report: the comment, the visitor's interest (1-5), objections and opinion on
// the price, and a follow-up task. Writing it sets a planned or confirmed visit done and puts a
// "Compte-rendu de visite" entry on each visitor's timeline; rewriting it rewrites those entries.
class VisitReportService {
 public:
  VisitReportService(const Database& database, const Clock& clock, const VisitDocumentRepository& documents,
                     const TaskService& tasks, const InteractionLog& interactions)
      : db_(database), clock_(clock), documents_(documents), tasks_(tasks), interactions_(interactions) {}

  // 422 naming each wrong field, or when the visit has not started or is cancelled; 403 for an agent on
  // another agent's visit. A report rewritten with a follow-up changes the task it made the first time.
  nlohmann::json put(const Principal& caller, std::int64_t visit_id, const ReportForm& form) const;
  // 404 when the visit has no report.
  nlohmann::json get(const Principal& caller, std::int64_t visit_id) const;

  static nlohmann::json toJson(const Row& report);

 private:
  std::int64_t followUpTask(const Principal& caller, const Visit& visit,
                            const ReportForm::FollowUp& follow_up,
                            std::optional<std::int64_t> existing_task) const;
  void writeTimeline(const Principal& caller, const Visit& visit, const ReportColumns& report) const;

  const Database& db_;
  const Clock& clock_;
  const VisitDocumentRepository& documents_;
  const TaskService& tasks_;
  const InteractionLog& interactions_;
};

}  // namespace logis::visits
