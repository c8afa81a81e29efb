#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "templates/unsubscribe_links.hpp"

namespace logis {

// A visit given explicitly (the template editor's preview); a stored one is named by visit_id.
struct TemplateVisit {
  EpochMs starts_at = 0;
  std::string place;
};

// The records a message is about. A lead brings its contact and property when they are not given; a
// stored visit (visit_id) brings its property, its lead, its agent and {{visite.*}} in the agency's zone.
struct TemplateRecords {
  std::optional<std::int64_t> contact_id;
  std::optional<std::int64_t> lead_id;
  std::optional<std::int64_t> property_id;
  std::optional<TemplateVisit> visit;
  std::optional<std::int64_t> visit_id{};
};

// Loads the values of templateVariables() for an agency's records: every query filters on the agency, so
// another agency's id answers 404 like an unknown one (an erased or merged contact too). The agent is the
// lead's assignee, else the contact's or the property's agent, else `user_id` (the person writing).
class TemplateContext {
 public:
  TemplateContext(const Database& database, std::string public_url, const UnsubscribeLinks& unsubscribe);

  nlohmann::json build(std::int64_t agency_id, std::optional<std::int64_t> user_id,
                       const TemplateRecords& records) const;

 private:
  nlohmann::json contact(std::int64_t agency_id, std::int64_t id) const;
  nlohmann::json lead(std::int64_t agency_id, const Row& row) const;
  nlohmann::json property(const Row& row) const;
  nlohmann::json agent(std::int64_t agency_id, std::int64_t user_id) const;
  nlohmann::json agency(std::int64_t agency_id) const;

  const Database& db_;
  std::string public_url_;
  const UnsubscribeLinks& unsubscribe_;
};

}  // namespace logis
