#include "contacts/contact_repository.hpp"

#include "core/time_format.hpp"
#include "db/sql.hpp"

namespace logis {
namespace {

// One exported table: its SQL and its columns, each with how it reads ('i' integer, 's' text, 'd' decimal,
// 't' instant in ms shown as ISO 8601).
struct ExportedTable {
  std::string name;
  std::string sql;
  std::vector<SqlValue> params;
  std::vector<std::pair<std::string, char>> columns;
};

nlohmann::json columnJson(const Row& row, const std::string& column, char kind) {
  if (row.isNull(column)) return nullptr;
  switch (kind) {
    case 'i':
      return row.integer(column);
    case 'd':
      return row.real(column);
    case 't':
      return isoUtc(row.integer(column));
    default:
      return row.text(column);
  }
}

constexpr std::string_view kContactTasks =
    "(contact_id = ? OR lead_id IN (SELECT id FROM leads WHERE agency_id = ? AND contact_id = ?))";

}  // namespace

std::optional<Row> ContactRepository::find(std::int64_t agency_id, std::int64_t id) const {
  return db_.queryOne("SELECT * FROM contacts WHERE agency_id = ? AND id = ?", {agency_id, id});
}

std::vector<ContactChannel> ContactRepository::channels(std::int64_t agency_id, std::int64_t contact_id,
                                                        const std::string& kind) const {
  std::vector<ContactChannel> found;
  for (const auto& row : db_.query("SELECT value, label FROM contact_channels WHERE agency_id = ? AND "
                                   "contact_id = ? AND kind = ? ORDER BY position, id",
                                   {agency_id, contact_id, kind})) {
    found.push_back({row.text("value"), row.optionalText("label")});
  }
  return found;
}

std::map<std::int64_t, ContactChannels> ContactRepository::channelsOf(
    std::int64_t agency_id, const std::vector<std::int64_t>& ids) const {
  std::map<std::int64_t, ContactChannels> found;
  if (ids.empty()) return found;
  std::vector<SqlValue> values = {agency_id};
  values.insert(values.end(), ids.begin(), ids.end());
  for (const auto& row :
       db_.query("SELECT contact_id, kind, value, label FROM contact_channels WHERE agency_id = ? "
                 "AND contact_id IN (" +
                     placeholders(ids.size()) + ") ORDER BY contact_id, position, id",
                 values)) {
    auto& channels = found[row.integer("contact_id")];
    (row.text("kind") == "email" ? channels.emails : channels.phones)
        .push_back({row.text("value"), row.optionalText("label")});
  }
  return found;
}

std::int64_t ContactRepository::insert(std::int64_t agency_id, const Columns& columns) const {
  return insertAgencyRow(db_, "contacts", agency_id, columns);
}

void ContactRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  updateAgencyRow(db_, "contacts", agency_id, id, columns);
}

void ContactRepository::replaceChannels(std::int64_t agency_id, std::int64_t contact_id,
                                        const std::string& kind,
                                        const std::vector<ContactChannel>& channels) const {
  db_.execute("DELETE FROM contact_channels WHERE agency_id = ? AND contact_id = ? AND kind = ?",
              {agency_id, contact_id, kind});
  std::int64_t position = 0;
  for (const auto& channel : channels) {
    db_.execute(
        "INSERT INTO contact_channels (agency_id, contact_id, kind, value, label, position) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {agency_id, contact_id, kind, channel.value,
         channel.label ? SqlValue{*channel.label} : SqlValue{nullptr}, position++});
  }
  const std::string column = kind == "email" ? "email" : "phone";
  update(agency_id, contact_id,
         {{column, channels.empty() ? SqlValue{nullptr} : SqlValue{channels.front().value}}});
}

std::vector<std::int64_t> ContactRepository::holdersOf(std::int64_t agency_id, const std::string& kind,
                                                       const std::string& value) const {
  std::vector<std::int64_t> ids;
  for (const auto& row :
       db_.query("SELECT DISTINCT c.id FROM contact_channels ch JOIN contacts c ON c.id = ch.contact_id "
                 "WHERE ch.agency_id = ? AND ch.kind = ? AND ch.value = ? AND c.agency_id = ? "
                 "AND c.merged_into_id IS NULL AND c.erased_at IS NULL ORDER BY c.id",
                 {agency_id, kind, value, agency_id})) {
    ids.push_back(row.integer("id"));
  }
  return ids;
}

std::vector<Row> ContactRepository::summaries(std::int64_t agency_id,
                                              const std::vector<std::int64_t>& ids) const {
  if (ids.empty()) return {};
  std::vector<SqlValue> values = {agency_id};
  values.insert(values.end(), ids.begin(), ids.end());
  return db_.query(
      "SELECT id, first_name, last_name, email, phone FROM contacts WHERE agency_id = ? AND id IN (" +
          placeholders(ids.size()) + ") ORDER BY id",
      values);
}

void ContactRepository::addConsent(std::int64_t agency_id, std::int64_t contact_id,
                                   const std::string& channel, bool granted, EpochMs at,
                                   const std::string& source, const std::string& wording,
                                   const std::optional<std::string>& ip,
                                   std::optional<std::int64_t> user_id) const {
  db_.execute(
      "INSERT INTO consents (agency_id, contact_id, channel, granted, at, source, wording, ip, recorded_by) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {agency_id, contact_id, channel, std::int64_t{granted ? 1 : 0}, at, source, wording,
       ip ? SqlValue{*ip} : SqlValue{nullptr}, user_id ? SqlValue{*user_id} : SqlValue{nullptr}});
  update(agency_id, contact_id, {{"consent_" + channel, std::int64_t{granted ? 1 : 0}}});
}

void ContactRepository::touchInbound(std::int64_t agency_id, std::int64_t contact_id, EpochMs at) const {
  db_.execute(
      "UPDATE contacts SET last_inbound_at = ? WHERE agency_id = ? AND id = ? "
      "AND (last_inbound_at IS NULL OR last_inbound_at < ?)",
      {at, agency_id, contact_id, at});
}

bool ContactRepository::isAgencyUser(std::int64_t agency_id, std::int64_t user_id) const {
  return db_.queryOne("SELECT id FROM users WHERE agency_id = ? AND id = ?", {agency_id, user_id})
      .has_value();
}

ContactRows ContactRepository::search(std::int64_t agency_id, const ContactSearch& search,
                                      std::int64_t offset, std::int64_t limit) const {
  std::string where = "c.agency_id = ? AND c.merged_into_id IS NULL AND c.erased_at IS NULL";
  std::vector<SqlValue> params = {agency_id};
  for (const auto& word : search.name_prefixes) {
    where +=
        " AND (c.last_name LIKE ? ESCAPE '!' OR c.first_name LIKE ? ESCAPE '!' OR c.email LIKE ? ESCAPE '!')";
    params.insert(params.end(), {likePrefix(word), likePrefix(word), likePrefix(word)});
  }
  if (search.email_prefix) {
    where +=
        " AND c.id IN (SELECT contact_id FROM contact_channels WHERE agency_id = ? AND kind = 'email' AND "
        "value LIKE ? ESCAPE '!')";
    params.insert(params.end(), {agency_id, likePrefix(*search.email_prefix)});
  }
  if (search.phone_prefix) {
    where +=
        " AND c.id IN (SELECT contact_id FROM contact_channels WHERE agency_id = ? AND kind = 'phone' AND "
        "value LIKE ? ESCAPE '!')";
    params.insert(params.end(), {agency_id, likePrefix(*search.phone_prefix)});
  }
  if (search.roles_bit) {
    where += " AND (c.roles_mask & ?) <> 0";
    params.emplace_back(*search.roles_bit);
  }
  if (search.agent_id) {
    where += " AND c.agent_id = ?";
    params.emplace_back(*search.agent_id);
  }
  const std::string order =
      search.recent_first ? "c.created_at DESC, c.id DESC" : "c.last_name ASC, c.first_name ASC, c.id ASC";
  auto page_params = params;
  page_params.insert(page_params.end(), {limit, offset});
  ContactRows result;
  result.rows = db_.query(
      "SELECT c.* FROM contacts c WHERE " + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", page_params);
  params.emplace_back(kExactTotalLimit + 1);
  const auto counted =
      db_.query("SELECT COUNT(*) AS n FROM (SELECT c.id FROM contacts c WHERE " + where + " LIMIT ?) counted",
                params)
          .at(0)
          .integer("n");
  const auto total =
      cappedTotal(counted, kExactTotalLimit, offset, static_cast<std::int64_t>(result.rows.size()), limit);
  result.total = total.total;
  result.total_exact = total.exact;
  return result;
}

std::vector<std::int64_t> ContactRepository::similarTo(std::int64_t agency_id, std::int64_t id) const {
  std::vector<std::int64_t> ids;
  for (const auto& row : db_.query(
           "SELECT c.id AS id FROM contact_channels mine JOIN contact_channels other ON other.agency_id = "
           "mine.agency_id "
           "AND other.kind = mine.kind AND other.value = mine.value JOIN contacts c ON c.id = "
           "other.contact_id "
           "WHERE mine.agency_id = ? AND mine.contact_id = ? AND c.agency_id = ? AND c.id <> ? "
           "AND c.merged_into_id IS NULL AND c.erased_at IS NULL "
           "UNION SELECT c.id AS id FROM contacts me JOIN contacts c ON c.agency_id = me.agency_id "
           "AND c.last_name = me.last_name AND c.first_name = me.first_name "
           "WHERE me.agency_id = ? AND me.id = ? AND c.id <> ? AND c.merged_into_id IS NULL AND "
           "c.erased_at IS NULL "
           "ORDER BY id",
           {agency_id, id, agency_id, id, agency_id, id, id})) {
    ids.push_back(row.integer("id"));
  }
  return ids;
}

void ContactRepository::moveAll(std::int64_t agency_id, std::int64_t from, std::int64_t into,
                                EpochMs now) const {
  for (const std::string kind : {"email", "phone"}) {
    auto kept = channels(agency_id, into, kind);
    for (auto& channel : channels(agency_id, from, kind)) {
      if (std::find(kept.begin(), kept.end(), channel) == kept.end()) kept.push_back(std::move(channel));
    }
    replaceChannels(agency_id, from, kind, {});
    replaceChannels(agency_id, into, kind, kept);
  }
  for (const auto* table : {"consents", "leads", "interactions", "tasks"}) {
    db_.execute(std::string("UPDATE ") + table + " SET contact_id = ? WHERE agency_id = ? AND contact_id = ?",
                {into, agency_id, from});
  }
  // MariaDB cannot read property_owners in a subquery of its own UPDATE: the ids are read first.
  for (const auto& owned :
       db_.query("SELECT property_id FROM property_owners WHERE agency_id = ? AND contact_id = ?",
                 {agency_id, from})) {
    const auto property_id = owned.integer("property_id");
    db_.execute("DELETE FROM property_owners WHERE agency_id = ? AND property_id = ? AND contact_id = ?",
                {agency_id, property_id, from});
    addOwner(agency_id, property_id, into);
  }
  db_.execute("UPDATE contacts SET merged_into_id = ? WHERE agency_id = ? AND merged_into_id = ?",
              {into, agency_id, from});
  update(agency_id, from, {{"merged_into_id", into}, {"updated_at", now}});
}

void ContactRepository::refreshConsents(std::int64_t agency_id, std::int64_t contact_id) const {
  for (const std::string channel : {"email", "sms"}) {
    const auto latest = db_.queryOne(
        "SELECT granted FROM consents WHERE agency_id = ? AND contact_id = ? AND channel = ? "
        "ORDER BY at DESC, id DESC LIMIT 1",
        {agency_id, contact_id, channel});
    update(agency_id, contact_id,
           {{"consent_" + channel, std::int64_t{latest && latest->boolean("granted") ? 1 : 0}}});
  }
}

void ContactRepository::anonymise(std::int64_t agency_id, std::int64_t contact_id, EpochMs now) const {
  const std::vector<SqlValue> owned = {agency_id, contact_id};
  const std::vector<SqlValue> with_merged = {agency_id, contact_id, contact_id};
  db_.execute(
      "DELETE FROM contact_channels WHERE agency_id = ? AND contact_id IN "
      "(SELECT id FROM contacts WHERE id = ? OR merged_into_id = ?)",
      with_merged);
  db_.execute(
      "UPDATE contacts SET civility = NULL, first_name = NULL, last_name = 'Anonyme', email = NULL, phone = "
      "NULL, "
      "street = NULL, postal_code = NULL, city = NULL, notes = NULL, consent_email = 0, consent_sms = 0, "
      "erased_at = ?, updated_at = ? WHERE agency_id = ? AND (id = ? OR merged_into_id = ?)",
      {now, now, agency_id, contact_id, contact_id});
  db_.execute("UPDATE consents SET ip = NULL WHERE agency_id = ? AND contact_id = ?", owned);
  db_.execute(
      "UPDATE interactions SET summary = 'Contenu effacé (RGPD)', body = NULL WHERE agency_id = ? AND "
      "contact_id = ?",
      owned);
  db_.execute("UPDATE leads SET message = NULL WHERE agency_id = ? AND contact_id = ?", owned);
  db_.execute("UPDATE tasks SET title = 'Tâche d''un contact effacé (RGPD)' WHERE agency_id = ? AND " +
                  std::string(kContactTasks),
              {agency_id, contact_id, agency_id, contact_id});
  db_.execute(
      "UPDATE notifications SET text = 'Contact effacé (RGPD)' WHERE agency_id = ? AND object_type = 'lead' "
      "AND "
      "object_id IN (SELECT id FROM leads WHERE agency_id = ? AND contact_id = ?)",
      {agency_id, agency_id, contact_id});
}

void ContactRepository::addOwner(std::int64_t agency_id, std::int64_t property_id,
                                 std::int64_t contact_id) const {
  if (db_.queryOne("SELECT contact_id FROM property_owners WHERE property_id = ? AND contact_id = ?",
                   {property_id, contact_id})) {
    return;
  }
  db_.execute("INSERT INTO property_owners (agency_id, property_id, contact_id) VALUES (?, ?, ?)",
              {agency_id, property_id, contact_id});
}

void ContactRepository::addAudit(std::int64_t agency_id, std::optional<std::int64_t> user_id,
                                 const std::string& action, std::int64_t contact_id, EpochMs at,
                                 const nlohmann::json& details) const {
  db_.execute(
      "INSERT INTO audit_log (agency_id, user_id, action, object_type, object_id, at, details) "
      "VALUES (?, ?, ?, 'contact', ?, ?, ?)",
      {agency_id, user_id ? SqlValue{*user_id} : SqlValue{nullptr}, action, contact_id, at, details.dump()});
}

nlohmann::json ContactRepository::exportRows(std::int64_t agency_id, std::int64_t contact_id) const {
  const std::string leads = "SELECT id FROM leads WHERE agency_id = ? AND contact_id = ?";
  const std::vector<SqlValue> owned = {agency_id, contact_id};
  const std::vector<ExportedTable> tables = {
      {"contacts",
       "SELECT * FROM contacts WHERE agency_id = ? AND (id = ? OR merged_into_id = ?) ORDER BY id",
       {agency_id, contact_id, contact_id},
       {{"id", 'i'},
        {"civility", 's'},
        {"first_name", 's'},
        {"last_name", 's'},
        {"email", 's'},
        {"phone", 's'},
        {"street", 's'},
        {"postal_code", 's'},
        {"city", 's'},
        {"country", 's'},
        {"preferred_language", 's'},
        {"roles_mask", 'i'},
        {"notes", 's'},
        {"agent_id", 'i'},
        {"consent_email", 'i'},
        {"consent_sms", 'i'},
        {"last_inbound_at", 't'},
        {"merged_into_id", 'i'},
        {"erased_at", 't'},
        {"created_by", 'i'},
        {"created_at", 't'},
        {"updated_at", 't'}}},
      {"channels",
       "SELECT * FROM contact_channels WHERE agency_id = ? AND contact_id = ? ORDER BY kind, position",
       owned,
       {{"kind", 's'}, {"value", 's'}, {"label", 's'}, {"position", 'i'}}},
      {"consents",
       "SELECT * FROM consents WHERE agency_id = ? AND contact_id = ? ORDER BY at, id",
       owned,
       {{"channel", 's'},
        {"granted", 'i'},
        {"at", 't'},
        {"source", 's'},
        {"wording", 's'},
        {"ip", 's'},
        {"recorded_by", 'i'}}},
      {"leads",
       "SELECT * FROM leads WHERE agency_id = ? AND contact_id = ? ORDER BY id",
       owned,
       {{"id", 'i'},
        {"source", 's'},
        {"status", 's'},
        {"lost_reason", 's'},
        {"property_id", 'i'},
        {"assigned_to", 'i'},
        {"priority", 's'},
        {"next_action_at", 't'},
        {"message", 's'},
        {"created_at", 't'},
        {"updated_at", 't'},
        {"status_changed_at", 't'}}},
      {"lead_criteria",
       "SELECT * FROM lead_criteria WHERE agency_id = ? AND lead_id IN (" + leads + ") ORDER BY id",
       {agency_id, agency_id, contact_id},
       {{"id", 'i'},
        {"lead_id", 'i'},
        {"transaction_type", 's'},
        {"property_types", 's'},
        {"budget_min_cents", 'i'},
        {"budget_max_cents", 'i'},
        {"living_area_min_m2", 'd'},
        {"rooms_min", 'i'},
        {"bedrooms_min", 'i'},
        {"cities", 's'},
        {"postal_codes", 's'},
        {"near_lat", 'd'},
        {"near_lon", 'd'},
        {"radius_km", 'd'},
        {"polygon", 's'},
        {"features_mask", 'i'},
        {"dpe_max_rank", 'i'},
        {"created_at", 't'},
        {"updated_at", 't'}}},
      {"interactions",
       "SELECT * FROM interactions WHERE agency_id = ? AND contact_id = ? ORDER BY occurred_at, id",
       owned,
       {{"id", 'i'},
        {"lead_id", 'i'},
        {"property_id", 'i'},
        {"type", 's'},
        {"direction", 's'},
        {"occurred_at", 't'},
        {"summary", 's'},
        {"body", 's'},
        {"meta", 's'},
        {"user_id", 'i'},
        {"created_at", 't'}}},
      {"tasks",
       "SELECT * FROM tasks WHERE agency_id = ? AND " + std::string(kContactTasks) + " ORDER BY due_at, id",
       {agency_id, contact_id, agency_id, contact_id},
       {{"id", 'i'},
        {"lead_id", 'i'},
        {"contact_id", 'i'},
        {"assigned_to", 'i'},
        {"title", 's'},
        {"due_at", 't'},
        {"done_at", 't'},
        {"created_at", 't'}}},
      {"properties_owned",
       "SELECT p.id, p.reference, p.title, p.city FROM property_owners o JOIN properties p ON p.id = "
       "o.property_id "
       "WHERE o.agency_id = ? AND o.contact_id = ? ORDER BY p.id",
       owned,
       {{"id", 'i'}, {"reference", 's'}, {"title", 's'}, {"city", 's'}}},
      {"audit_log",
       "SELECT * FROM audit_log WHERE agency_id = ? AND object_type = 'contact' AND object_id = ? "
       "ORDER BY at, id",
       owned,
       {{"action", 's'}, {"user_id", 'i'}, {"at", 't'}, {"details", 's'}}},
  };
  nlohmann::json exported = nlohmann::json::object();
  for (const auto& table : tables) {
    auto& rows = exported[table.name] = nlohmann::json::array();
    for (const auto& row : db_.query(table.sql, table.params)) {
      nlohmann::json item = nlohmann::json::object();
      for (const auto& [column, kind] : table.columns) item[column] = columnJson(row, column, kind);
      rows.push_back(std::move(item));
    }
  }
  return exported;
}

nlohmann::json ContactRepository::consentHistory(std::int64_t agency_id, std::int64_t contact_id) const {
  auto history = nlohmann::json::array();
  for (const auto& row : db_.query("SELECT id, channel, granted, at, source, wording FROM consents "
                                   "WHERE agency_id = ? AND contact_id = ? ORDER BY at DESC, id DESC",
                                   {agency_id, contact_id})) {
    history.push_back({{"id", row.integer("id")},
                       {"channel", row.text("channel")},
                       {"granted", row.integer("granted") != 0},
                       {"at", isoUtc(row.integer("at"))},
                       {"source", row.text("source")},
                       {"wording", row.text("wording")}});
  }
  return history;
}

nlohmann::json ContactRepository::ownedProperties(std::int64_t agency_id, std::int64_t contact_id) const {
  auto owned = nlohmann::json::array();
  for (const auto& row : db_.query("SELECT p.id, p.reference, p.title FROM property_owners o "
                                   "JOIN properties p ON p.id = o.property_id "
                                   "WHERE o.agency_id = ? AND o.contact_id = ? ORDER BY p.id",
                                   {agency_id, contact_id})) {
    owned.push_back(
        {{"id", row.integer("id")}, {"reference", row.text("reference")}, {"title", row.text("title")}});
  }
  return owned;
}

}  // namespace logis
