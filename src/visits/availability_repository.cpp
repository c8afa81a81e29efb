#include "visits/availability_repository.hpp"

namespace logis::visits {

std::vector<WorkingRange> AvailabilityRepository::workingHours(std::int64_t agency_id,
                                                               std::int64_t user_id) const {
  std::vector<WorkingRange> ranges;
  for (const auto& row : db_.query("SELECT weekday, starts_minute, ends_minute FROM agent_working_hours "
                                   "WHERE agency_id = ? AND user_id = ? ORDER BY weekday, starts_minute",
                                   {agency_id, user_id})) {
    ranges.push_back({static_cast<int>(row.integer("weekday")),
                      static_cast<int>(row.integer("starts_minute")),
                      static_cast<int>(row.integer("ends_minute"))});
  }
  return ranges;
}

void AvailabilityRepository::replaceWorkingHours(std::int64_t agency_id, std::int64_t user_id,
                                                 const std::vector<WorkingRange>& ranges) const {
  db_.execute("DELETE FROM agent_working_hours WHERE agency_id = ? AND user_id = ?", {agency_id, user_id});
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& range : ranges) {
    rows.push_back({agency_id, user_id, std::int64_t{range.weekday}, std::int64_t{range.starts_minute},
                    std::int64_t{range.ends_minute}});
  }
  if (rows.empty()) return;
  db_.insertRows(
      "INSERT INTO agent_working_hours (agency_id, user_id, weekday, starts_minute, ends_minute) VALUES",
      "(?, ?, ?, ?, ?)", rows);
}

std::vector<Unavailability> AvailabilityRepository::unavailabilities(std::int64_t agency_id,
                                                                     std::int64_t user_id, EpochMs from,
                                                                     EpochMs to) const {
  std::vector<Unavailability> items;
  for (const auto& row :
       db_.query("SELECT id, user_id, starts_at, ends_at, reason FROM agent_unavailabilities "
                 "WHERE agency_id = ? AND user_id = ? AND starts_at < ? AND ends_at > ? "
                 "ORDER BY starts_at, id",
                 {agency_id, user_id, to, from})) {
    items.push_back({row.integer("id"), row.integer("user_id"), row.integer("starts_at"),
                     row.integer("ends_at"), row.optionalText("reason")});
  }
  return items;
}

std::int64_t AvailabilityRepository::insertUnavailability(std::int64_t agency_id,
                                                          const Unavailability& unavailability,
                                                          std::optional<std::int64_t> created_by,
                                                          EpochMs now) const {
  return db_.insert(
      "INSERT INTO agent_unavailabilities (agency_id, user_id, starts_at, ends_at, reason, created_by, "
      "created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {agency_id, unavailability.user_id, unavailability.starts_at, unavailability.ends_at,
       unavailability.reason ? SqlValue(*unavailability.reason) : SqlValue(nullptr),
       created_by ? SqlValue(*created_by) : SqlValue(nullptr), now});
}

bool AvailabilityRepository::deleteUnavailability(std::int64_t agency_id, std::int64_t user_id,
                                                  std::int64_t id) const {
  return db_.execute("DELETE FROM agent_unavailabilities WHERE agency_id = ? AND user_id = ? AND id = ?",
                     {agency_id, user_id, id}) > 0;
}

}  // namespace logis::visits
