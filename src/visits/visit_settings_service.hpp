#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis::visits {

// An agency's reminders: offsets before the start, channels, recipients (visit_settings; the defaults,
// 24 h and 2 h by email and SMS to everyone, while the agency has no row) and its time zone (agencies).
struct VisitSettings {
  std::vector<int> reminder_offsets_minutes = {1440, 120};
  bool remind_by_email = true;
  bool remind_by_sms = true;
  bool remind_contacts = true;
  bool remind_agents = true;
  std::string time_zone = "Europe/Paris";
};

class VisitSettingsService {
 public:
  static constexpr int kMinOffset = 5;              // minutes
  static constexpr int kMaxOffset = 14 * 24 * 60;   // 14 days
  static constexpr std::size_t kMaxOffsets = 5;

  VisitSettingsService(const Database& database, const Clock& clock) : db_(database), clock_(clock) {}

  VisitSettings settings(std::int64_t agency_id) const;
  // GET /api/v1/visit-settings.
  nlohmann::json get(const Principal& caller) const;
  // PUT /api/v1/visit-settings: the fields given change (422 naming each wrong one, nothing stored).
  nlohmann::json update(const Principal& caller, const nlohmann::json& input) const;

 private:
  const Database& db_;
  const Clock& clock_;
};

}  // namespace logis::visits
