#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "visits/visit.hpp"
#include "visits/visit_conflicts.hpp"
#include "visits/visit_directory.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {

// The rules of visits: validation (every problem named by field, referenced ids of the agency only),
// who may plan what (agents: their own visits), conflicts (409 unless a manager overrides), the timeline
// entries, and the observer told of each booking, change and cancellation inside the same transaction.
class VisitService {
 public:
  VisitService(const Database& database, const Clock& clock, const InteractionLog& interactions);

  // Told of every change from now on (nullptr: nobody). Not owned.
  void setObserver(VisitObserver* observer) { observer_ = observer; }
  // Fills "report" and "voucher" on each of an array of answers (the visit documents part); without it they
  // stay null.
  using AnswerDocuments = std::function<void(std::int64_t agency_id, nlohmann::json& answers)>;
  void setAnswerDocuments(AnswerDocuments documents) { documents_ = std::move(documents); }

  // The agency's visit, without any permission check.
  std::optional<Visit> find(std::int64_t agency_id, std::int64_t id) const;
  // The visit if the caller may see it; 404 otherwise.
  Visit visible(const Principal& caller, std::int64_t id) const;
  // The Visit answer of the API, with its report and voucher when the documents part is wired.
  nlohmann::json toJson(const Visit& visit) const;
  // The answers of visits of one agency, as a JSON array, in a fixed number of queries.
  nlohmann::json toJson(const std::vector<Visit>& visits) const;
  VisitPage list(const Principal& caller, const VisitFilter& filter, std::int64_t offset,
                 std::int64_t limit) const;

  Visit create(const Principal& caller, const nlohmann::json& input) const;
  // Any field of create, and status; the sequence grows when time, place, people or status change.
  Visit update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;
  // Cancelling a cancelled visit changes nothing.
  Visit cancel(const Principal& caller, std::int64_t id) const;

  const VisitDirectory& directory() const { return directory_; }

 private:
  // Inside the transaction: locks, then 409 unless nothing conflicts or the caller overrides.
  std::optional<std::int64_t> checkConflicts(const Principal& caller, const Visit& visit,
                                             bool override) const;
  // "Visite planifiée le …" (`participle`, `preposition`) on the timeline of each of `contacts`.
  void logTimeline(const Principal& caller, const Visit& visit, const std::string& participle,
                   const std::string& preposition, const std::vector<std::int64_t>& contacts) const;
  void mayManage(const Principal& caller, std::int64_t agent_id) const;

  const Database& db_;
  const Clock& clock_;
  const InteractionLog& interactions_;
  VisitRepository visits_;
  VisitDirectory directory_;
  VisitConflicts conflicts_;
  VisitObserver* observer_ = nullptr;
  AnswerDocuments documents_;
};

}  // namespace logis::visits
