#include "tasks/notification_repository.hpp"

namespace logis {

std::vector<Row> NotificationRepository::list(std::int64_t agency_id, std::int64_t user_id,
                                              std::int64_t offset, std::int64_t limit) const {
  return db_.query(
      "SELECT * FROM notifications WHERE agency_id = ? AND user_id = ? "
      "ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, id DESC LIMIT ? OFFSET ?",
      {agency_id, user_id, limit, offset});
}

std::int64_t NotificationRepository::count(std::int64_t agency_id, std::int64_t user_id,
                                           bool unread_only) const {
  return db_
      .query(std::string("SELECT COUNT(*) AS n FROM notifications WHERE agency_id = ? AND user_id = ?") +
                 (unread_only ? " AND read_at IS NULL" : ""),
             {agency_id, user_id})
      .at(0)
      .integer("n");
}

std::optional<Row> NotificationRepository::find(std::int64_t agency_id, std::int64_t user_id,
                                                std::int64_t id) const {
  return db_.queryOne("SELECT * FROM notifications WHERE agency_id = ? AND user_id = ? AND id = ?",
                      {agency_id, user_id, id});
}

void NotificationRepository::markRead(std::int64_t agency_id, std::int64_t user_id, std::int64_t id,
                                      EpochMs at) const {
  db_.execute(
      "UPDATE notifications SET read_at = ? WHERE agency_id = ? AND user_id = ? AND id = ? AND read_at IS "
      "NULL",
      {at, agency_id, user_id, id});
}

std::int64_t NotificationRepository::markAllRead(std::int64_t agency_id, std::int64_t user_id,
                                                 EpochMs at) const {
  return db_.execute(
      "UPDATE notifications SET read_at = ? WHERE agency_id = ? AND user_id = ? AND read_at IS NULL",
      {at, agency_id, user_id});
}

}  // namespace logis
