#include "matching/alert_repository.hpp"

#include "core/time_format.hpp"

namespace logis {

void AlertRepository::insert(std::int64_t agency_id, const NewAlert& alert, EpochMs now) const {
  db_.execute(
      "INSERT INTO property_alerts (agency_id, property_id, lead_id, contact_id, reason, score, status, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)",
      {agency_id, alert.property_id, alert.lead_id, alert.contact_id, alert.reason, std::int64_t{alert.score},
       now});
}

std::int64_t AlertRepository::cancelPendingFor(std::int64_t agency_id, std::int64_t contact_id) const {
  return db_.execute(
      "UPDATE property_alerts SET status = 'canceled' WHERE agency_id = ? AND contact_id = ? AND status = "
      "'pending'",
      {agency_id, contact_id});
}

RecordPage AlertRepository::list(std::int64_t agency_id, const std::optional<std::string>& status,
                                 std::optional<std::int64_t> leads_of, std::int64_t offset,
                                 std::int64_t limit) const {
  std::string where = "WHERE a.agency_id = ?";
  std::vector<SqlValue> params{agency_id};
  if (status) {
    where += " AND a.status = ?";
    params.emplace_back(*status);
  }
  if (leads_of) {
    where += " AND a.lead_id IN (SELECT l.id FROM leads l WHERE l.agency_id = ? AND l.assigned_to = ?)";
    params.insert(params.end(), {agency_id, *leads_of});
  }
  RecordPage page;
  page.total = db_.query("SELECT COUNT(*) AS n FROM property_alerts a " + where, params).at(0).integer("n");
  params.emplace_back(limit);
  params.emplace_back(offset);
  for (const auto& row :
       db_.query("SELECT a.id, a.property_id, p.reference, p.title, a.lead_id, a.contact_id, ct.first_name, "
                 "ct.last_name, "
                 "ct.email, a.reason, a.score, a.status, a.created_at, a.sent_at FROM property_alerts a "
                 "JOIN properties p ON p.id = a.property_id JOIN contacts ct ON ct.id = a.contact_id " +
                     where + " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?",
                 params)) {
    const auto text = [&](const char* column) {
      const auto value = row.optionalText(column);
      return value ? nlohmann::json(*value) : nlohmann::json();
    };
    const auto sent_at = row.optionalInteger("sent_at");
    page.items.push_back({{"id", row.integer("id")},
                          {"property",
                           {{"id", row.integer("property_id")},
                            {"reference", row.text("reference")},
                            {"title", row.text("title")}}},
                          {"lead_id", row.integer("lead_id")},
                          {"contact",
                           {{"id", row.integer("contact_id")},
                            {"first_name", text("first_name")},
                            {"last_name", text("last_name")},
                            {"email", text("email")}}},
                          {"reason", row.text("reason")},
                          {"score", row.integer("score")},
                          {"status", row.text("status")},
                          {"created_at", isoUtc(row.integer("created_at"))},
                          {"sent_at", sent_at ? nlohmann::json(isoUtc(*sent_at)) : nlohmann::json()}});
  }
  return page;
}

std::vector<std::int64_t> AlertRepository::pendingIds(int limit) const {
  std::vector<std::int64_t> ids;
  for (const auto& row : db_.query("SELECT id FROM property_alerts WHERE status = 'pending' ORDER BY id LIMIT ?",
                                   {std::int64_t{limit}})) {
    ids.push_back(row.integer("id"));
  }
  return ids;
}

void AlertRepository::markSent(std::int64_t alert_id, std::int64_t email_id, EpochMs now) const {
  db_.execute("UPDATE property_alerts SET status = 'sent', sent_at = ?, email_id = ? WHERE id = ? AND status = "
              "'pending'",
              {now, email_id, alert_id});
}

void AlertRepository::markCanceled(std::int64_t alert_id) const {
  db_.execute("UPDATE property_alerts SET status = 'canceled' WHERE id = ? AND status = 'pending'", {alert_id});
}

}  // namespace logis
