#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "db/database.hpp"
#include "matching/matching.hpp"

namespace logis {

// The lead a match, a proposal or an alert is about.
struct LeadRef {
  std::int64_t id = 0;
  std::int64_t contact_id = 0;
  std::optional<std::int64_t> assigned_to;
  std::string status;
};

// An open lead's criterion, with what a property's matches show of the lead.
struct LeadCriterion {
  MatchCriterion criterion;
  nlohmann::json lead;  // {id, status, assigned_to, contact {id, first_name, last_name}}
  bool consent_email = false;
  std::int64_t contact_id = 0;
  std::int64_t created_at = 0;
};

// The SQL of matching. Every method takes the agency and filters on it.
class MatchRepository {
 public:
  explicit MatchRepository(const Database& database) : db_(database) {}

  std::optional<LeadRef> lead(std::int64_t agency_id, std::int64_t lead_id) const;
  std::vector<MatchCriterion> criteriaOf(std::int64_t agency_id, std::int64_t lead_id) const;

  // The properties on offer (available or under offer, not archived) that may fit one of the criteria,
  // newest first, at most `limit` per criterion and place asked, less those the lead refused; in one
  // statement (a UNION ALL of one indexed branch per criterion and place). `capped` tells whether a branch
  // reached its limit.
  std::vector<MatchCandidate> candidates(std::int64_t agency_id, std::int64_t lead_id,
                                         const std::vector<MatchCriterion>& criteria, std::int64_t limit,
                                         bool& capped) const;
  // What a lead's matches show of each property, by id.
  std::vector<nlohmann::json> propertySummaries(std::int64_t agency_id,
                                                const std::vector<std::int64_t>& ids) const;

  // A property on offer, as scores read it.
  std::optional<MatchCandidate> candidate(std::int64_t agency_id, std::int64_t property_id) const;
  // The criteria of open leads (new, in progress) that may fit the property, less the leads that refused it.
  std::vector<LeadCriterion> openLeadCriteriaFor(std::int64_t agency_id,
                                                 const MatchCandidate& property) const;

 private:
  const Database& db_;
};

}  // namespace logis
