#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_repository.hpp"
#include "leads/lead_settings_service.hpp"

namespace logis {

// What a new lead needs beyond the fields of POST /api/v1/leads when it does not come from a person
// signed in: the public capture.
struct CapturedLead {
  std::int64_t agency_id = 0;
  std::int64_t contact_id = 0;
  std::string source;
  std::optional<std::int64_t> property_id;
  std::optional<std::string> city;  // for the assignment rules by city
  std::optional<std::string> message;
};

// The rules of leads: validation (every problem named by field), visibility (agents restricted to their
// own leads by the agency's setting: another's lead is 404), assignment (by hand with assign_leads for
// someone else, or round robin) with its notification, status changes written to the timeline.
class LeadService {
 public:
  LeadService(const Database& database, const Clock& clock, const ContactService& contacts,
              const LeadSettingsService& settings, const InteractionLog& interactions);

  LeadPage search(const Principal& caller, LeadFilter filter, std::int64_t offset, std::int64_t limit) const;
  nlohmann::json get(const Principal& caller, std::int64_t id) const;
  // `contact_id`, or a `contact` object (a new contact; an existing one when its email or phone is
  // already known: the answer then says "contact_reused": true).
  nlohmann::json create(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;
  // Round-robin assignment and the assignee's notification included; returns the lead's id.
  std::int64_t createCaptured(const CapturedLead& lead) const;

  InteractionPage interactions(const Principal& caller, std::int64_t lead_id,
                               const std::vector<std::string>& types, std::int64_t offset,
                               std::int64_t limit) const;
  nlohmann::json addInteraction(const Principal& caller, std::int64_t lead_id,
                                const nlohmann::json& input) const;
  InteractionPage contactInteractions(const Principal& caller, std::int64_t contact_id,
                                      const std::vector<std::string>& types, std::int64_t offset,
                                      std::int64_t limit) const;

 private:
  // The lead as the caller may see it for `action`; 404 otherwise.
  nlohmann::json visible(const Principal& caller, std::int64_t id, Action action) const;
  void assigned(std::int64_t agency_id, std::int64_t lead_id, std::int64_t user_id,
                std::optional<std::int64_t> by_user) const;

  const Database& db_;
  const Clock& clock_;
  const ContactService& contacts_;
  const LeadSettingsService& settings_;
  const InteractionLog& interactions_;
  LeadRepository leads_;
};

}  // namespace logis
