#include "tasks/notification_service.hpp"

#include "core/api_error.hpp"
#include "core/time_format.hpp"

namespace logis {
namespace {

std::int64_t userOf(const Principal& caller) {
  if (!caller.user_id) throw ApiError::forbidden();
  return *caller.user_id;
}

nlohmann::json toJson(const Row& row) {
  const bool read = !row.isNull("read_at");
  return {
      {"id", row.integer("id")},
      {"kind", row.text("kind")},
      {"object_type", row.isNull("object_type") ? nlohmann::json() : nlohmann::json(row.text("object_type"))},
      {"object_id", row.isNull("object_id") ? nlohmann::json() : nlohmann::json(row.integer("object_id"))},
      {"text", row.text("text")},
      {"created_at", isoUtc(row.integer("created_at"))},
      {"read", read},
      {"read_at", read ? nlohmann::json(isoUtc(row.integer("read_at"))) : nlohmann::json()}};
}

}  // namespace

nlohmann::json NotificationService::list(const Principal& caller, std::int64_t offset,
                                         std::int64_t limit) const {
  const auto user_id = userOf(caller);
  auto items = nlohmann::json::array();
  for (const auto& row : notifications_.list(caller.agency_id, user_id, offset, limit))
    items.push_back(toJson(row));
  return {{"items", items},
          {"total", notifications_.count(caller.agency_id, user_id, false)},
          {"unread", notifications_.count(caller.agency_id, user_id, true)}};
}

nlohmann::json NotificationService::markRead(const Principal& caller, std::int64_t id) const {
  const auto user_id = userOf(caller);
  if (!notifications_.find(caller.agency_id, user_id, id)) throw ApiError::notFound();
  notifications_.markRead(caller.agency_id, user_id, id, clock_.now());
  return toJson(*notifications_.find(caller.agency_id, user_id, id));
}

nlohmann::json NotificationService::markAllRead(const Principal& caller) const {
  const auto user_id = userOf(caller);
  return {{"updated", notifications_.markAllRead(caller.agency_id, user_id, clock_.now())}};
}

}  // namespace logis
