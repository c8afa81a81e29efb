#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "matching/matching.hpp"

namespace logis {

struct NewProposal {
  std::int64_t lead_id = 0;
  std::int64_t property_id = 0;
  std::optional<std::string> channel;
  std::optional<std::string> note;
  std::optional<std::int64_t> user_id;
};

// The SQL of proposals. Every method takes the agency and filters on it. A proposal is returned as JSON:
// id, lead_id, property {id, reference, title}, channel, note, answer, answered_at, created_by, created_at.
class ProposalRepository {
 public:
  explicit ProposalRepository(const Database& database) : db_(database) {}

  std::int64_t insert(std::int64_t agency_id, const NewProposal& proposal, EpochMs now) const;
  std::optional<nlohmann::json> find(std::int64_t agency_id, std::int64_t id) const;
  RecordPage forLead(std::int64_t agency_id, std::int64_t lead_id, std::int64_t offset,
                     std::int64_t limit) const;
  void answer(std::int64_t agency_id, std::int64_t id, const std::string& answer, EpochMs now) const;
  bool refused(std::int64_t agency_id, std::int64_t lead_id, std::int64_t property_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
