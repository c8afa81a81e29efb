#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// One entry of a contact's timeline (a row of interactions).
struct InteractionEntry {
  std::int64_t agency_id = 0;
  std::int64_t contact_id = 0;
  std::optional<std::int64_t> lead_id;
  std::optional<std::int64_t> property_id;
  std::string type;                      // one of InteractionLog::types()
  std::optional<std::string> direction;  // "in" | "out"
  std::string summary;
  std::optional<std::string> body;
  nlohmann::json meta = nullptr;  // what the type needs beyond the summary, stored as JSON
  std::optional<std::int64_t> user_id;
  EpochMs occurred_at = 0;
};

struct InteractionPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
};

// The timeline of calls, emails, SMS, visits, meetings, notes, status changes and proposals. Any code
// appends to it through `append`; an inbound entry also marks the contact's last inbound contact (the
// start of the CNIL retention period).
class InteractionLog {
 public:
  InteractionLog(const Database& database, const Clock& clock, const ContactService& contacts)
      : db_(database), clock_(clock), contacts_(contacts) {}

  static const std::vector<std::string_view>& types();
  // call, email and sms say their direction.
  static bool needsDirection(std::string_view type);

  // The caller has checked the entry (type known, summary present, contact of the agency).
  std::int64_t append(const InteractionEntry& entry) const;
  // Replaces an entry's meta (a message's delivery state as it changes).
  void setMeta(std::int64_t agency_id, std::int64_t id, const nlohmann::json& meta) const;
  // Replaces an entry's body and meta (a visit report written again).
  void revise(std::int64_t agency_id, std::int64_t id, const std::string& body, const nlohmann::json& meta) const;

  // Newest first; `types` empty: every type.
  InteractionPage forLead(std::int64_t agency_id, std::int64_t lead_id, const std::vector<std::string>& types,
                          std::int64_t offset, std::int64_t limit) const;
  // `leads_of`: only the entries without a lead or of the leads assigned to that user (an agent kept to
  // their own leads does not read another agent's through the contact).
  InteractionPage forContact(std::int64_t agency_id, std::int64_t contact_id,
                             const std::vector<std::string>& types, std::int64_t offset, std::int64_t limit,
                             std::optional<std::int64_t> leads_of = std::nullopt) const;
  std::optional<nlohmann::json> find(std::int64_t agency_id, std::int64_t id) const;

 private:
  InteractionPage list(const std::string& column, std::int64_t agency_id, std::int64_t id,
                       const std::vector<std::string>& types, std::int64_t offset, std::int64_t limit,
                       std::optional<std::int64_t> leads_of) const;

  const Database& db_;
  const Clock& clock_;
  const ContactService& contacts_;
};

}  // namespace logis
