#include "leads/interaction_log.hpp"

#include "core/time_format.hpp"
#include "db/sql.hpp"

namespace logis {
namespace {

SqlValue optional(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

SqlValue optional(const std::optional<std::string>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

nlohmann::json optionalJson(const Row& row, const std::string& column) {
  if (row.isNull(column)) return nullptr;
  if (column.ends_with("_id") || column == "id") return row.integer(column);
  return row.text(column);
}

constexpr std::string_view kSelect =
    "SELECT i.id, i.contact_id, i.lead_id, i.property_id, i.type, i.direction, i.occurred_at, i.summary, "
    "i.body, i.meta, i.user_id, u.name AS user_name, i.created_at "
    "FROM interactions i LEFT JOIN users u ON u.id = i.user_id ";

nlohmann::json toJson(const Row& row) {
  return {{"id", row.integer("id")},
          {"contact_id", row.integer("contact_id")},
          {"lead_id", optionalJson(row, "lead_id")},
          {"property_id", optionalJson(row, "property_id")},
          {"type", row.text("type")},
          {"direction", optionalJson(row, "direction")},
          {"occurred_at", isoUtc(row.integer("occurred_at"))},
          {"summary", row.text("summary")},
          {"body", optionalJson(row, "body")},
          {"meta", row.isNull("meta") ? nlohmann::json() : nlohmann::json::parse(row.text("meta"))},
          {"user_id", optionalJson(row, "user_id")},
          {"user_name", optionalJson(row, "user_name")},
          {"created_at", isoUtc(row.integer("created_at"))}};
}

}  // namespace

const std::vector<std::string_view>& InteractionLog::types() {
  static const std::vector<std::string_view> all = {"call",    "email", "sms",           "visit",
                                                    "meeting", "note",  "status_change", "proposal"};
  return all;
}

bool InteractionLog::needsDirection(std::string_view type) {
  return type == "call" || type == "email" || type == "sms";
}

std::int64_t InteractionLog::append(const InteractionEntry& entry) const {
  std::int64_t id = 0;
  db_.transaction([&] {
    id = db_.insert(
        "INSERT INTO interactions (agency_id, contact_id, lead_id, property_id, type, direction, "
        "occurred_at, "
        "summary, body, meta, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {entry.agency_id, entry.contact_id, optional(entry.lead_id), optional(entry.property_id), entry.type,
         optional(entry.direction), entry.occurred_at, entry.summary, optional(entry.body),
         entry.meta.is_null() ? SqlValue{nullptr} : SqlValue{entry.meta.dump()}, optional(entry.user_id),
         clock_.now()});
    if (entry.direction == "in") contacts_.touchInbound(entry.agency_id, entry.contact_id, entry.occurred_at);
  });
  return id;
}

void InteractionLog::setMeta(std::int64_t agency_id, std::int64_t id, const nlohmann::json& meta) const {
  db_.execute("UPDATE interactions SET meta = ? WHERE agency_id = ? AND id = ?",
              {meta.dump(), agency_id, id});
}

void InteractionLog::revise(std::int64_t agency_id, std::int64_t id, const std::string& body,
                            const nlohmann::json& meta) const {
  db_.execute("UPDATE interactions SET body = ?, meta = ? WHERE agency_id = ? AND id = ?",
              {body, meta.dump(), agency_id, id});
}

InteractionPage InteractionLog::forLead(std::int64_t agency_id, std::int64_t lead_id,
                                        const std::vector<std::string>& types, std::int64_t offset,
                                        std::int64_t limit) const {
  return list("lead_id", agency_id, lead_id, types, offset, limit, std::nullopt);
}

InteractionPage InteractionLog::forContact(std::int64_t agency_id, std::int64_t contact_id,
                                           const std::vector<std::string>& types, std::int64_t offset,
                                           std::int64_t limit, std::optional<std::int64_t> leads_of) const {
  return list("contact_id", agency_id, contact_id, types, offset, limit, leads_of);
}

std::optional<nlohmann::json> InteractionLog::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(std::string(kSelect) + "WHERE i.agency_id = ? AND i.id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return toJson(*row);
}

// `column` is "lead_id" or "contact_id", never the caller's text; both have an index that starts with
// (agency_id, column) and ends with (occurred_at, id), the order of the page.
InteractionPage InteractionLog::list(const std::string& column, std::int64_t agency_id, std::int64_t id,
                                     const std::vector<std::string>& types, std::int64_t offset,
                                     std::int64_t limit, std::optional<std::int64_t> leads_of) const {
  std::string where = "WHERE i.agency_id = ? AND i." + column + " = ?";
  std::vector<SqlValue> params{agency_id, id};
  if (leads_of) {
    where +=
        " AND (i.lead_id IS NULL OR i.lead_id IN (SELECT l.id FROM leads l WHERE l.agency_id = ? AND "
        "l.assigned_to = ?))";
    params.insert(params.end(), {agency_id, *leads_of});
  }
  if (!types.empty()) where += " AND i.type IN (" + bindEach(types, params) + ")";
  InteractionPage page;
  page.total = db_.query("SELECT COUNT(*) AS n FROM interactions i " + where, params).at(0).integer("n");
  params.emplace_back(limit);
  params.emplace_back(offset);
  for (const auto& row :
       db_.query(std::string(kSelect) + where + " ORDER BY i.occurred_at DESC, i.id DESC LIMIT ? OFFSET ?",
                 params)) {
    page.items.push_back(toJson(row));
  }
  return page;
}

}  // namespace logis
