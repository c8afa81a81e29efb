#pragma once

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "tasks/notification_repository.hpp"

namespace logis {

// The signed-in user's in-app notifications (written by other domains: a lead assigned, ...). An API
// token has no user, hence no notifications (403).
class NotificationService {
 public:
  NotificationService(const Database& database, const Clock& clock)
      : clock_(clock), notifications_(database) {}

  // {"items", "total", "unread"}: unread first.
  nlohmann::json list(const Principal& caller, std::int64_t offset, std::int64_t limit) const;
  nlohmann::json markRead(const Principal& caller, std::int64_t id) const;
  // {"updated": how many were unread}.
  nlohmann::json markAllRead(const Principal& caller) const;

 private:
  const Clock& clock_;
  NotificationRepository notifications_;
};

}  // namespace logis
