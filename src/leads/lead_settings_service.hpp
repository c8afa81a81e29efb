#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/policy.hpp"
#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct LeadSettings {
  bool agents_see_own_leads_only = false;
  std::string public_key;
  std::vector<std::string> allowed_origins;  // "https://www.agence.fr"
  std::string assignment_mode;               // manual | round_robin
  std::string assignment_by;                 // none | source | city
};

// An agency's lead pipeline: its settings (created with a fresh public key at first use), its lead
// sources (the defaults created at first use), and who gets the next lead in round robin.
class LeadSettingsService {
 public:
  LeadSettingsService(const Database& database, std::string public_url)
      : db_(database), public_url_(std::move(public_url)) {}

  LeadSettings settings(std::int64_t agency_id) const;
  AgencyRestrictions restrictions(std::int64_t agency_id) const;
  // The agency whose public capture key this is.
  std::optional<std::int64_t> agencyForKey(const std::string& key) const;

  // GET /api/v1/lead-settings: the settings, the assignment rules and the form snippet to paste.
  nlohmann::json get(const Principal& caller) const;
  nlohmann::json update(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json regenerateKey(const Principal& caller) const;

  nlohmann::json sources(const Principal& caller) const;
  nlohmann::json createSource(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json updateSource(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;
  bool isActiveSource(std::int64_t agency_id, const std::string& code) const;

  // Round robin (when the agency asks for it): the next active agent of the pool for this source or
  // city (the agency's rules), or of all its agents when no rule names one. nullopt in manual mode or
  // without agents. Runs inside the caller's transaction; concurrent callers take turns.
  std::optional<std::int64_t> nextAssignee(std::int64_t agency_id, const std::string& source,
                                           const std::optional<std::string>& city) const;
  // Inside a transaction: makes the agency's other lead captures wait for this one to commit, so two
  // requests from the same person at once find one contact instead of creating two (and deadlocking
  // on MariaDB's index locks).
  void serializeCaptures(std::int64_t agency_id) const;
  // An active user of the agency who can hold leads (not a client).
  bool isLeadHolder(std::int64_t agency_id, std::int64_t user_id) const;

 private:
  void ensureSources(std::int64_t agency_id) const;
  std::vector<std::int64_t> pool(std::int64_t agency_id, const std::string& kind,
                                 const std::string& key) const;
  nlohmann::json rules(std::int64_t agency_id, const std::string& kind) const;
  nlohmann::json source(std::int64_t agency_id, std::int64_t id) const;

  const Database& db_;
  std::string public_url_;
};

}  // namespace logis
