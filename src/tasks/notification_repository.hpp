#pragma once

#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// The SQL of in-app notifications: always one user's, within their agency.
class NotificationRepository {
 public:
  explicit NotificationRepository(const Database& database) : db_(database) {}

  // Unread first, then newest first.
  std::vector<Row> list(std::int64_t agency_id, std::int64_t user_id, std::int64_t offset,
                        std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id, std::int64_t user_id, bool unread_only) const;
  std::optional<Row> find(std::int64_t agency_id, std::int64_t user_id, std::int64_t id) const;
  void markRead(std::int64_t agency_id, std::int64_t user_id, std::int64_t id, EpochMs at) const;
  // Returns how many were unread.
  std::int64_t markAllRead(std::int64_t agency_id, std::int64_t user_id, EpochMs at) const;

 private:
  const Database& db_;
};

}  // namespace logis
