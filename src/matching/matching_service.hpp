#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "contacts/contact_service.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_settings_service.hpp"
#include "matching/alert_repository.hpp"
#include "matching/match_repository.hpp"
#include "matching/proposal_repository.hpp"

namespace logis {

// Rapprochement: the properties that fit a lead's criteria and the leads a property fits, ranked by
// MatchScorer; the properties proposed to a lead and the client's answers (on the lead's timeline); the
// alerts queued when a property becomes available or its price drops.
class MatchingService {
 public:
  // At most this many candidates per criterion and place are scored, newest first.
  static constexpr std::int64_t kCandidatesPerBranch = 300;

  MatchingService(const Database& database, const Clock& clock);

  MatchPage forLead(const Principal& caller, std::int64_t lead_id, std::int64_t offset,
                    std::int64_t limit) const;
  MatchPage forProperty(const Principal& caller, std::int64_t property_id, std::int64_t offset,
                        std::int64_t limit) const;

  nlohmann::json propose(const Principal& caller, std::int64_t lead_id, const nlohmann::json& input) const;
  nlohmann::json answer(const Principal& caller, std::int64_t proposal_id, const nlohmann::json& input) const;
  RecordPage proposals(const Principal& caller, std::int64_t lead_id, std::int64_t offset,
                       std::int64_t limit) const;
  RecordPage alerts(const Principal& caller, const std::optional<std::string>& status, std::int64_t offset,
                    std::int64_t limit) const;

  // PropertyService calls it inside the transaction that saves a property, with the record before (the
  // defaults of a new one) and after: queues an alert ('new' when it becomes available, 'price_drop' when
  // its price falls while on offer) for each open lead it fits whose contact accepts emails.
  void propertySaved(std::int64_t agency_id, std::int64_t property_id, const nlohmann::json& before,
                     const nlohmann::json& after) const;

 private:
  LeadRef visibleLead(const Principal& caller, std::int64_t lead_id, bool to_edit) const;
  std::vector<Match> leadsFitting(std::int64_t agency_id, const MatchCandidate& property) const;

  const Database& db_;
  const Clock& clock_;
  MatchRepository matches_;
  ProposalRepository proposals_;
  AlertRepository alerts_;
  ContactService contacts_;
  InteractionLog interactions_;
  LeadSettingsService settings_;  // only the agency's restrictions are read: no public URL
};

}  // namespace logis
