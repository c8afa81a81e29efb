#include "visits/visit_document_repository.hpp"

#include "db/sql.hpp"

namespace logis::visits {
namespace {

// Far more than two years of visits of one property.
constexpr std::int64_t kMaxReportedVisits = 5000;

template <typename T>
SqlValue nullable(const std::optional<T>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

// "?, ?, ?" for the ids, appended to the parameters.
NamedPerson personOf(const Row& row) {
  return {row.integer("id"), row.optionalText("first_name"), row.optionalText("last_name"),
          row.optionalText("email")};
}

std::map<std::int64_t, Row> byVisit(std::vector<Row> rows) {
  std::map<std::int64_t, Row> found;
  for (auto& row : rows) {
    const auto id = row.integer("visit_id");
    found.emplace(id, std::move(row));
  }
  return found;
}

}  // namespace

std::optional<Visit> VisitDocumentRepository::visit(std::int64_t agency_id, std::int64_t id) const {
  return visits_.find(agency_id, id);
}

std::vector<Visit> VisitDocumentRepository::propertyVisits(std::int64_t agency_id, std::int64_t property_id,
                                                           EpochMs from, EpochMs to) const {
  VisitFilter filter;
  filter.property_id = property_id;
  filter.from = from;
  filter.to = to;
  // The search answers visits overlapping the period: those starting in it are the seller's.
  auto visits = visits_.search(agency_id, filter, 0, kMaxReportedVisits).items;
  std::erase_if(visits, [&](const Visit& visit) {
    return visit.kind != "visit" || visit.starts_at < from || visit.starts_at >= to;
  });
  return visits;
}

bool VisitDocumentRepository::markDone(std::int64_t agency_id, std::int64_t visit_id, EpochMs now) const {
  return db_.execute(
             "UPDATE visits SET status = 'done', sequence = sequence + 1, updated_at = ? WHERE agency_id = ? "
             "AND "
             "id = ? AND status IN ('planned', 'confirmed')",
             {now, agency_id, visit_id}) > 0;
}

std::optional<Row> VisitDocumentRepository::report(std::int64_t agency_id, std::int64_t visit_id) const {
  return db_.queryOne("SELECT * FROM visit_reports WHERE agency_id = ? AND visit_id = ?",
                      {agency_id, visit_id});
}

std::map<std::int64_t, Row> VisitDocumentRepository::reports(
    std::int64_t agency_id, const std::vector<std::int64_t>& visit_ids) const {
  if (visit_ids.empty()) return {};
  std::vector<SqlValue> params{agency_id};
  const auto in = bindEach(visit_ids, params);
  return byVisit(
      db_.query("SELECT * FROM visit_reports WHERE agency_id = ? AND visit_id IN (" + in + ")", params));
}

void VisitDocumentRepository::insertReport(std::int64_t agency_id, std::int64_t visit_id,
                                           const ReportColumns& report, std::optional<std::int64_t> by,
                                           EpochMs now) const {
  db_.execute(
      "INSERT INTO visit_reports (visit_id, agency_id, comment, interest_level, objections, price_opinion, "
      "follow_up_task_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {visit_id, agency_id, report.comment, nullable(report.interest_level), nullable(report.objections),
       nullable(report.price_opinion), nullable(report.follow_up_task_id), nullable(by), now, now});
}

void VisitDocumentRepository::updateReport(std::int64_t agency_id, std::int64_t visit_id,
                                           const ReportColumns& report, EpochMs now) const {
  db_.execute(
      "UPDATE visit_reports SET comment = ?, interest_level = ?, objections = ?, price_opinion = ?, "
      "follow_up_task_id = ?, updated_at = ? WHERE agency_id = ? AND visit_id = ?",
      {report.comment, nullable(report.interest_level), nullable(report.objections),
       nullable(report.price_opinion), nullable(report.follow_up_task_id), now, agency_id, visit_id});
}

std::map<std::int64_t, std::int64_t> VisitDocumentRepository::reportEntries(std::int64_t agency_id,
                                                                            std::int64_t visit_id) const {
  std::map<std::int64_t, std::int64_t> entries;
  for (const auto& row : db_.query(
           "SELECT contact_id, interaction_id FROM visit_report_entries WHERE agency_id = ? AND visit_id = ?",
           {agency_id, visit_id})) {
    entries[row.integer("contact_id")] = row.integer("interaction_id");
  }
  return entries;
}

void VisitDocumentRepository::addReportEntry(std::int64_t agency_id, std::int64_t visit_id,
                                             std::int64_t contact_id, std::int64_t interaction_id) const {
  db_.execute(
      "INSERT INTO visit_report_entries (visit_id, contact_id, agency_id, interaction_id) VALUES (?, ?, ?, "
      "?)",
      {visit_id, contact_id, agency_id, interaction_id});
  db_.execute(
      "UPDATE visit_reports SET interaction_id = ? WHERE agency_id = ? AND visit_id = ? AND interaction_id IS NULL",
      {interaction_id, agency_id, visit_id});
}

std::optional<Row> VisitDocumentRepository::voucher(std::int64_t agency_id, std::int64_t visit_id) const {
  return db_.queryOne("SELECT * FROM visit_vouchers WHERE agency_id = ? AND visit_id = ?",
                      {agency_id, visit_id});
}

std::map<std::int64_t, Row> VisitDocumentRepository::vouchers(
    std::int64_t agency_id, const std::vector<std::int64_t>& visit_ids) const {
  if (visit_ids.empty()) return {};
  std::vector<SqlValue> params{agency_id};
  const auto in = bindEach(visit_ids, params);
  return byVisit(
      db_.query("SELECT * FROM visit_vouchers WHERE agency_id = ? AND visit_id IN (" + in + ")", params));
}

void VisitDocumentRepository::saveVoucher(std::int64_t agency_id, std::int64_t visit_id,
                                          const VoucherColumns& voucher) const {
  db_.execute("DELETE FROM visit_vouchers WHERE agency_id = ? AND visit_id = ?", {agency_id, visit_id});
  db_.execute(
      "INSERT INTO visit_vouchers (visit_id, agency_id, signed_via, signer_name, storage_key, content_type, "
      "size_bytes, signed_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {visit_id, agency_id, voucher.signed_via, nullable(voucher.signer_name), voucher.storage_key,
       voucher.content_type, voucher.size_bytes, voucher.signed_at, nullable(voucher.created_by)});
}

std::optional<PropertyFacts> VisitDocumentRepository::property(std::int64_t agency_id,
                                                               std::int64_t id) const {
  const auto row = db_.queryOne(
      "SELECT id, reference, title, transaction_type, street, postal_code, city, list_price_cents, agent_id "
      "FROM properties WHERE agency_id = ? AND id = ?",
      {agency_id, id});
  if (!row) return std::nullopt;
  return PropertyFacts{row->integer("id"),
                       row->text("reference"),
                       row->text("title"),
                       row->text("transaction_type"),
                       row->optionalText("street"),
                       row->optionalText("postal_code"),
                       row->optionalText("city"),
                       row->optionalInteger("list_price_cents"),
                       row->optionalInteger("agent_id")};
}

AgencyFacts VisitDocumentRepository::agency(std::int64_t agency_id) const {
  return docs::agencyFacts(db_, agency_id);
}

std::vector<NamedPerson> VisitDocumentRepository::contacts(std::int64_t agency_id,
                                                           const std::vector<std::int64_t>& ids) const {
  if (ids.empty()) return {};
  std::vector<SqlValue> params{agency_id};
  const auto in = bindEach(ids, params);
  std::map<std::int64_t, NamedPerson> found;
  for (const auto& row : db_.query(
           "SELECT id, first_name, last_name, email FROM contacts WHERE agency_id = ? AND id IN (" + in + ")",
           params)) {
    found.emplace(row.integer("id"), personOf(row));
  }
  std::vector<NamedPerson> people;
  for (const auto id : ids) {
    if (const auto person = found.find(id); person != found.end()) people.push_back(person->second);
  }
  return people;
}

std::optional<std::string> VisitDocumentRepository::userName(std::int64_t agency_id,
                                                             std::int64_t user_id) const {
  const auto row =
      db_.queryOne("SELECT name FROM users WHERE agency_id = ? AND id = ?", {agency_id, user_id});
  if (!row) return std::nullopt;
  return row->text("name");
}

std::vector<NamedPerson> VisitDocumentRepository::ownersWithEmail(std::int64_t agency_id,
                                                                  std::int64_t property_id) const {
  std::vector<NamedPerson> owners;
  for (const auto& row : db_.query(
           "SELECT c.id, c.first_name, c.last_name, c.email FROM property_owners o JOIN contacts c ON c.id = "
           "o.contact_id AND c.agency_id = o.agency_id WHERE o.agency_id = ? AND o.property_id = ? AND "
           "c.email IS "
           "NOT NULL AND c.merged_into_id IS NULL AND c.erased_at IS NULL ORDER BY c.id",
           {agency_id, property_id})) {
    owners.push_back(personOf(row));
  }
  return owners;
}

}  // namespace logis::visits
