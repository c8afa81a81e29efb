#include "leads/lead_repository.hpp"

#include <algorithm>

#include "core/time_format.hpp"
#include "db/sql.hpp"
#include "leads/criterion_places.hpp"
#include "leads/lead_criterion.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT l.*, c.first_name, c.last_name, c.email, c.phone, p.reference AS property_reference, "
    "p.title AS property_title, u.name AS assigned_name "
    "FROM leads l JOIN contacts c ON c.id = l.contact_id "
    "LEFT JOIN properties p ON p.id = l.property_id LEFT JOIN users u ON u.id = l.assigned_to ";

nlohmann::json optionalText(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.text(column));
}

nlohmann::json optionalInteger(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.integer(column));
}

nlohmann::json toJson(const Row& row) {
  return {{"id", row.integer("id")},
          {"contact_id", row.integer("contact_id")},
          {"contact",
           {{"id", row.integer("contact_id")},
            {"first_name", optionalText(row, "first_name")},
            {"last_name", optionalText(row, "last_name")},
            {"email", optionalText(row, "email")},
            {"phone", optionalText(row, "phone")}}},
          {"source", row.text("source")},
          {"status", row.text("status")},
          {"lost_reason", optionalText(row, "lost_reason")},
          {"property_id", optionalInteger(row, "property_id")},
          {"property_reference", optionalText(row, "property_reference")},
          {"property_title", optionalText(row, "property_title")},
          {"assigned_to", optionalInteger(row, "assigned_to")},
          {"assigned_name", optionalText(row, "assigned_name")},
          {"priority", row.text("priority")},
          {"next_action_at", row.isNull("next_action_at")
                                 ? nlohmann::json()
                                 : nlohmann::json(isoUtc(row.integer("next_action_at")))},
          {"message", optionalText(row, "message")},
          {"created_by", optionalInteger(row, "created_by")},
          {"created_at", isoUtc(row.integer("created_at"))},
          {"updated_at", isoUtc(row.integer("updated_at"))},
          {"status_changed_at", isoUtc(row.integer("status_changed_at"))}};
}

// "0612" is also looked for as "+33612", the way phones are stored.
std::string phonePrefix(const std::string& word) {
  if (word.size() > 1 && word[0] == '0' && word.find_first_not_of("0123456789") == std::string::npos) {
    return "+33" + word.substr(1);
  }
  return word;
}

// A condition of a WHERE clause, or a statement, and its values.
struct Condition {
  std::string sql;
  std::vector<SqlValue> params;
  std::string page_hint = "";  // put before the page's statement: MariaDB's "SET STATEMENT ... FOR ", or ""
};

// "SELECT c.id FROM contacts c ..." for the contacts whose last name, first name, email or phone starts with
// each word (migration 0019 indexes the four).
Condition namedContactsQuery(std::int64_t agency_id, const std::vector<std::string>& words) {
  Where where;
  where.add("c.agency_id = ?", {agency_id});
  for (const auto& word : words) {
    const auto prefix = likePrefix(word);
    where.add(
        "(c.last_name LIKE ? ESCAPE '!' OR c.first_name LIKE ? ESCAPE '!' OR c.email LIKE ? ESCAPE '!' "
        "OR c.phone LIKE ? ESCAPE '!')",
        {prefix, prefix, prefix, likePrefix(phonePrefix(word))});
  }
  return {"SELECT c.id FROM contacts c " + where.sql, std::move(where.params)};
}

// The leads of the contacts a search names, as a condition on l.contact_id ("" without words). The contacts
// are looked up first: up to kNamedContactsLimit of them, their ids are bound, so that every statement of the
// page reads their leads through leads_contact. A name shared by more contacts keeps the subquery; on
// MariaDB the page then walks the leads newest first and checks each one's contact by its primary key until
// the page is full. As a semi-join, or materialised, it gathered every named contact first: 0.45 s and
// 0.23 s for the 55,371 "Lemaire" of the bench, 10 ms walking (bench/RESULTS.md, "Leads"). The counts keep
// the semi-join, which stops at the cap.
constexpr std::size_t kNamedContactsLimit = 1000;

Condition namedContactsCondition(const Database& db, std::int64_t agency_id,
                                 const std::vector<std::string>& words) {
  if (words.empty()) return {};
  const auto query = namedContactsQuery(agency_id, words);
  auto params = query.params;
  params.emplace_back(static_cast<std::int64_t>(kNamedContactsLimit + 1));
  std::vector<std::int64_t> ids;
  for (const auto& row : db.query(query.sql + " LIMIT ?", params)) ids.push_back(row.integer("id"));
  if (ids.empty()) return {"1 = 0", {}};
  if (ids.size() > kNamedContactsLimit) {
    return {"l.contact_id IN (" + query.sql + ")", query.params,
            optimizerSwitch(db.dialect(), "semijoin=off,materialization=off")};
  }
  Condition condition;
  condition.sql = "l.contact_id IN (" + bindEach(ids, condition.params) + ")";
  return condition;
}

Where conditionsFor(std::int64_t agency_id, const LeadFilter& filter, bool with_statuses,
                    const Condition& contacts) {
  Where where;
  where.add("l.agency_id = ?", {agency_id});
  if (with_statuses) where.addAnyOf("l.status", filter.statuses);
  if (filter.source) where.add("l.source = ?", {*filter.source});
  if (filter.assigned_to) where.add("l.assigned_to = ?", {*filter.assigned_to});
  if (filter.created_from) where.add("l.created_at >= ?", {*filter.created_from});
  if (filter.created_before) where.add("l.created_at < ?", {*filter.created_before});
  if (filter.overdue_at) {
    where.add("l.next_action_at < ? AND l.status IN ('new', 'in_progress')", {*filter.overdue_at});
  }
  if (!contacts.sql.empty()) where.add(contacts.sql, contacts.params);
  return where;
}

std::int64_t countUpTo(const Database& db, const Where& where, std::int64_t cap) {
  auto params = where.params;
  params.emplace_back(cap);
  return db
      .query("SELECT COUNT(*) AS n FROM (SELECT 1 FROM leads l " + where.sql + " LIMIT ?) counted", params)
      .at(0)
      .integer("n");
}

}  // namespace

const std::vector<std::string>& LeadRepository::statuses() {
  static const std::vector<std::string> all = {"new", "in_progress", "converted", "lost"};
  return all;
}

std::optional<nlohmann::json> LeadRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(std::string(kSelect) + "WHERE l.agency_id = ? AND l.id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return toJson(*row);
}

// The page's ids first, from the indexes (newest first), then the whole rows of those ids only.
// The counts by status are counted no further than kExactTotalLimit + 1 (a Kanban column of 300,000 lost
// leads says "1000+").
LeadPage LeadRepository::search(std::int64_t agency_id, const LeadFilter& filter, std::int64_t offset,
                                std::int64_t limit) const {
  const auto contacts = namedContactsCondition(db_, agency_id, filter.words);
  const auto where = conditionsFor(agency_id, filter, true, contacts);
  auto params = where.params;
  params.emplace_back(limit);
  params.emplace_back(offset);
  LeadPage page;
  for (const auto& row :
       db_.query(contacts.page_hint + std::string(kSelect) + "JOIN (SELECT l.id FROM leads l " + where.sql +
                     " ORDER BY l.created_at DESC, l.id DESC LIMIT ? OFFSET ?) page ON page.id = l.id "
                     "ORDER BY l.created_at DESC, l.id DESC",
                 params)) {
    page.items.push_back(toJson(row));
  }
  // The total is the sum of the columns the filter keeps (a column past the cap makes it one too).
  std::int64_t counted = 0;
  const auto any_status = conditionsFor(agency_id, filter, false, contacts);
  for (const auto& status : statuses()) {
    auto column = any_status;
    column.add("l.status = ?", {status});
    const auto n = countUpTo(db_, column, kExactTotalLimit + 1);
    if (n > kExactTotalLimit) page.counts_exact = false;
    page.counts[status] = n;
    if (filter.statuses.empty() || std::ranges::find(filter.statuses, status) != filter.statuses.end())
      counted += n;
  }
  const auto total =
      cappedTotal(counted, kExactTotalLimit, offset, static_cast<std::int64_t>(page.items.size()), limit);
  page.total = total.total;
  page.total_exact = total.exact;
  return page;
}

std::int64_t LeadRepository::insert(std::int64_t agency_id, const Columns& columns) const {
  return insertAgencyRow(db_, "leads", agency_id, columns);
}

void LeadRepository::update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const {
  updateAgencyRow(db_, "leads", agency_id, id, columns);
}

nlohmann::json LeadRepository::criteria(std::int64_t agency_id, std::int64_t lead_id) const {
  auto items = nlohmann::json::array();
  for (const auto& row :
       db_.query("SELECT * FROM lead_criteria WHERE agency_id = ? AND lead_id = ? ORDER BY id",
                 {agency_id, lead_id})) {
    items.push_back(criterionJson(row));
  }
  return items;
}

void LeadRepository::replaceCriteria(
    std::int64_t agency_id, std::int64_t lead_id,
    const std::vector<std::pair<std::optional<std::int64_t>, Columns>>& items, EpochMs now) const {
  std::vector<std::int64_t> kept;
  for (const auto& [id, columns] : items) {
    if (id) kept.push_back(*id);
  }
  Where stale;
  stale.add("agency_id = ? AND lead_id = ?", {agency_id, lead_id});
  if (!kept.empty()) {
    std::vector<SqlValue> ids;
    const auto condition = "id NOT IN (" + bindEach(kept, ids) + ")";
    stale.add(condition, std::move(ids));
  }
  db_.execute("DELETE FROM lead_criteria " + stale.sql, stale.params);
  for (const auto& [id, columns] : items) {
    auto row = columns;
    row.emplace_back("updated_at", now);
    if (id) {
      std::vector<SqlValue> values;
      const auto sql = "UPDATE lead_criteria SET " + bindAssignments(row, values) +
                       " WHERE agency_id = ? AND lead_id = ? AND id = ?";
      values.insert(values.end(), {agency_id, lead_id, *id});
      db_.execute(sql, values);
    } else {
      row.emplace_back("created_at", now);
      row.emplace_back("lead_id", lead_id);
      insertAgencyRow(db_, "lead_criteria", agency_id, row);
    }
  }
  CriterionPlaces(db_).rewriteLead(agency_id, lead_id);
}

std::optional<nlohmann::json> LeadRepository::property(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(
      "SELECT id, reference, title, city FROM properties WHERE agency_id = ? AND id = ? AND archived_at IS "
      "NULL",
      {agency_id, id});
  if (!row) return std::nullopt;
  return nlohmann::json{{"id", row->integer("id")},
                        {"reference", row->text("reference")},
                        {"title", row->text("title")},
                        {"city", optionalText(*row, "city")}};
}

std::optional<nlohmann::json> LeadRepository::propertyByReference(std::int64_t agency_id,
                                                                  const std::string& reference) const {
  const auto row =
      db_.queryOne("SELECT id FROM properties WHERE agency_id = ? AND reference = ? AND archived_at IS NULL",
                   {agency_id, reference});
  if (!row) return std::nullopt;
  return property(agency_id, row->integer("id"));
}

void LeadRepository::notify(std::int64_t agency_id, std::int64_t user_id, std::int64_t lead_id,
                            const std::string& text, EpochMs now) const {
  db_.execute(
      "INSERT INTO notifications (agency_id, user_id, kind, object_type, object_id, text, created_at) "
      "VALUES (?, ?, 'lead_assigned', 'lead', ?, ?, ?)",
      {agency_id, user_id, lead_id, text, now});
}

}  // namespace logis
