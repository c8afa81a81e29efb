#include "mail/conversation_service.hpp"

#include <map>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "core/time_format.hpp"
#include "db/sql.hpp"

namespace logis {
namespace {

nlohmann::json optionalIso(const std::optional<std::int64_t>& instant) {
  return instant ? nlohmann::json(isoUtc(*instant)) : nlohmann::json();
}

nlohmann::json optionalValue(const std::optional<std::int64_t>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json optionalValue(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// About 160 characters of the text on one line, cut on a UTF-8 boundary.
std::string snippet(const std::string& text) {
  std::string line;
  for (const char c : text) {
    const bool space = c == '\r' || c == '\n' || c == '\t' || c == ' ';
    if (space && (line.empty() || line.back() == ' ')) continue;
    line += space ? ' ' : c;
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  if (line.size() <= 160) return line;
  auto end = std::size_t{160};
  while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
  return line.substr(0, end) + "…";
}

std::vector<std::string> addressList(const std::optional<std::string>& text) {
  return text ? splitNonEmpty(*text, ',') : std::vector<std::string>{};
}

std::vector<std::string> trimmedAll(std::vector<std::string> items) {
  for (auto& item : items) {
    const auto first = item.find_first_not_of(' ');
    item = first == std::string::npos ? std::string() : item.substr(first);
  }
  return items;
}

constexpr const char* kLastMessage =
    "FROM email_messages m JOIN contacts c ON c.id = m.contact_id AND c.agency_id = m.agency_id "
    "WHERE m.agency_id = ? AND m.id = (SELECT MAX(x.id) FROM email_messages x WHERE x.agency_id = "
    "m.agency_id "
    "AND x.contact_id = m.contact_id)";

constexpr const char* kUnread =
    "(SELECT COUNT(*) FROM email_messages u WHERE u.agency_id = m.agency_id AND u.contact_id = m.contact_id "
    "AND u.direction = 'in' AND u.read_at IS NULL)";

}  // namespace

ConversationService::ConversationService(const Database& database, const Clock& clock,
                                         const MediaStorage& media, const ContactService& contacts)
    : db_(database), clock_(clock), media_(media), contacts_(contacts) {}

ConversationPage ConversationService::list(const Principal& caller, const ConversationFilter& filter,
                                           std::int64_t offset, std::int64_t limit) const {
  std::string where = kLastMessage;
  std::vector<SqlValue> params = {caller.agency_id};
  if (filter.unread_only) where += std::string(" AND ") + kUnread + " > 0";
  if (filter.q) {
    where +=
        " AND (c.first_name LIKE ? ESCAPE '!' OR c.last_name LIKE ? ESCAPE '!' OR c.email LIKE ? ESCAPE '!' "
        "OR m.subject LIKE ? ESCAPE '!')";
    const auto pattern = likeAnywhere(*filter.q);
    params.insert(params.end(), {pattern, pattern, pattern, pattern});
  }
  ConversationPage page;
  page.total = db_.queryOne("SELECT COUNT(*) AS n " + where, params)->integer("n");
  auto page_params = params;
  page_params.insert(page_params.end(), {limit, offset});
  for (const auto& row :
       db_.query("SELECT c.id AS contact_id, c.first_name, c.last_name, c.email AS contact_email, m.id, "
                 "m.direction, "
                 "m.subject, SUBSTR(m.body_text, 1, 600) AS body_start, m.state, m.created_at, " +
                     std::string(kUnread) + " AS unread " + where + " ORDER BY m.id DESC LIMIT ? OFFSET ?",
                 page_params)) {
    page.items.push_back({{"contact",
                           {{"id", row.integer("contact_id")},
                            {"first_name", optionalValue(row.optionalText("first_name"))},
                            {"last_name", optionalValue(row.optionalText("last_name"))},
                            {"email", optionalValue(row.optionalText("contact_email"))}}},
                          {"last_message",
                           {{"id", row.integer("id")},
                            {"direction", row.text("direction")},
                            {"subject", row.text("subject")},
                            {"snippet", snippet(row.optionalText("body_start").value_or(""))},
                            {"state", row.text("state")},
                            {"date", isoUtc(row.integer("created_at"))}}},
                          {"unread_count", row.integer("unread")}});
  }
  return page;
}

ConversationPage ConversationService::messages(const Principal& caller, std::int64_t contact_id,
                                               std::int64_t offset, std::int64_t limit) const {
  if (!contacts_.find(caller.agency_id, contact_id)) throw ApiError::notFound();
  ConversationPage page;
  page.total = db_.queryOne("SELECT COUNT(*) AS n FROM email_messages WHERE agency_id = ? AND contact_id = ?",
                            {caller.agency_id, contact_id})
                   ->integer("n");
  const auto rows = db_.query(
      "SELECT * FROM email_messages WHERE agency_id = ? AND contact_id = ? ORDER BY created_at, id "
      "LIMIT ? OFFSET ?",
      {caller.agency_id, contact_id, limit, offset});
  if (rows.empty()) return page;
  std::vector<std::int64_t> email_ids;
  for (const auto& row : rows) email_ids.push_back(row.integer("id"));
  std::vector<SqlValue> params = {caller.agency_id};
  const auto ids = bindEach(email_ids, params);
  std::map<std::int64_t, nlohmann::json> attachments;
  for (const auto& row :
       db_.query("SELECT id, email_id, filename, content_type, size_bytes FROM email_attachments "
                 "WHERE agency_id = ? AND email_id IN (" +
                     ids + ") ORDER BY id",
                 params)) {
    const auto email_id = row.integer("email_id");
    attachments[email_id].push_back({{"id", row.integer("id")},
                                     {"filename", row.text("filename")},
                                     {"content_type", row.text("content_type")},
                                     {"size_bytes", row.integer("size_bytes")},
                                     {"url", "/api/v1/emails/" + std::to_string(email_id) + "/attachments/" +
                                                 std::to_string(row.integer("id"))}});
  }
  for (const auto& row : rows) {
    const auto id = row.integer("id");
    const auto parse_notes = row.optionalText("parse_notes");
    page.items.push_back(
        {{"id", id},
         {"direction", row.text("direction")},
         {"thread_id", row.optionalInteger("thread_id").value_or(id)},
         {"message_id", row.text("message_id_header")},
         {"in_reply_to", optionalValue(row.optionalText("in_reply_to"))},
         {"lead_id", optionalValue(row.optionalInteger("lead_id"))},
         {"property_id", optionalValue(row.optionalInteger("property_id"))},
         {"user_id", optionalValue(row.optionalInteger("user_id"))},
         {"from",
          {{"name", optionalValue(row.optionalText("from_name"))}, {"email", row.text("from_email")}}},
         {"to", trimmedAll(addressList(row.optionalText("to_emails")))},
         {"cc", trimmedAll(addressList(row.optionalText("cc_emails")))},
         {"subject", row.text("subject")},
         {"body_text", optionalValue(row.optionalText("body_text"))},
         {"body_html", optionalValue(row.optionalText("body_html"))},
         {"state", row.text("state")},
         {"server_answer", optionalValue(row.optionalText("server_answer"))},
         {"read", row.text("direction") == "out" || row.optionalInteger("read_at").has_value()},
         {"read_at", optionalIso(row.optionalInteger("read_at"))},
         {"sent_at", optionalIso(row.optionalInteger("sent_at"))},
         {"received_at", optionalIso(row.optionalInteger("received_at"))},
         {"created_at", isoUtc(row.integer("created_at"))},
         {"incomplete", parse_notes ? splitNonEmpty(*parse_notes, '\n') : std::vector<std::string>{}},
         {"attachments", attachments.contains(id) ? attachments[id] : nlohmann::json::array()}});
  }
  return page;
}

nlohmann::json ConversationService::markRead(const Principal& caller, std::int64_t email_id,
                                             bool read) const {
  const auto row = db_.queryOne("SELECT id, read_at FROM email_messages WHERE agency_id = ? AND id = ?",
                                {caller.agency_id, email_id});
  if (!row) throw ApiError::notFound();
  auto read_at = row->optionalInteger("read_at");
  if (read != read_at.has_value()) {
    read_at = read ? std::optional(clock_.now()) : std::nullopt;
    db_.execute("UPDATE email_messages SET read_at = ? WHERE agency_id = ? AND id = ?",
                {read_at ? SqlValue{*read_at} : SqlValue{nullptr}, caller.agency_id, email_id});
  }
  return {{"id", email_id}, {"read", read}, {"read_at", optionalIso(read_at)}};
}

AttachmentFile ConversationService::attachment(const Principal& caller, std::int64_t email_id,
                                               std::int64_t attachment_id) const {
  const auto row = db_.queryOne(
      "SELECT filename, content_type, storage_key FROM email_attachments WHERE agency_id = ? AND email_id = "
      "? "
      "AND id = ?",
      {caller.agency_id, email_id, attachment_id});
  if (!row) throw ApiError::notFound();
  const auto path = media_.localPath(row->text("storage_key"));
  if (!path) throw ApiError::notFound();
  return {*path, row->text("filename"), row->text("content_type")};
}

}  // namespace logis
