#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "matching/matching.hpp"

namespace logis {

struct NewAlert {
  std::int64_t property_id = 0;
  std::int64_t lead_id = 0;
  std::int64_t contact_id = 0;
  std::string reason;  // new | price_drop
  int score = 0;
};

// The SQL of property alerts. Every method takes the agency and filters on it.
class AlertRepository {
 public:
  explicit AlertRepository(const Database& database) : db_(database) {}

  void insert(std::int64_t agency_id, const NewAlert& alert, EpochMs now) const;
  // Newest first; `status` pending or sent, every alert when absent; `leads_of`: only the alerts of the
  // leads assigned to that user.
  RecordPage list(std::int64_t agency_id, const std::optional<std::string>& status,
                  std::optional<std::int64_t> leads_of, std::int64_t offset, std::int64_t limit) const;
  // The contact unsubscribed: its pending alerts become 'canceled' and are never sent. Returns how many.
  std::int64_t cancelPendingFor(std::int64_t agency_id, std::int64_t contact_id) const;
  // The oldest pending alerts of every agency, at most `limit`: what the alerts task sends next.
  std::vector<std::int64_t> pendingIds(int limit) const;
  // The alert left as email `email_id` (sent), or will never leave (canceled).
  void markSent(std::int64_t alert_id, std::int64_t email_id, EpochMs now) const;
  void markCanceled(std::int64_t alert_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
