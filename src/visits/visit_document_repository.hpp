#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "docs/letterhead.hpp"
#include "visits/visit.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {

// A person named on a document: a visitor (contact) or an agent (user).
struct NamedPerson {
  std::int64_t id = 0;
  std::optional<std::string> first_name;
  std::optional<std::string> last_name;
  std::optional<std::string> email;
};

// What a bon de visite or a seller report prints about the property.
struct PropertyFacts {
  std::int64_t id = 0;
  std::string reference;
  std::string title;
  std::string transaction;  // sale, rent
  std::optional<std::string> street;
  std::optional<std::string> postal_code;
  std::optional<std::string> city;
  std::optional<std::int64_t> price_cents;  // the sale price, or the monthly rent
  std::optional<std::int64_t> agent_id;
};

using docs::AgencyFacts;

struct ReportColumns {
  std::string comment;
  std::optional<std::int64_t> interest_level;
  std::optional<std::string> objections;
  std::optional<std::string> price_opinion;
  std::optional<std::int64_t> follow_up_task_id;
};

struct VoucherColumns {
  std::string signed_via;  // drawn, uploaded
  std::optional<std::string> signer_name;
  std::string storage_key;
  std::string content_type;
  std::int64_t size_bytes = 0;
  EpochMs signed_at = 0;
  std::optional<std::int64_t> created_by;
};

// The SQL of the documents written after a visit (reports, bons de visite, seller reports): every query
// takes the agency and filters on it.
class VisitDocumentRepository {
 public:
  explicit VisitDocumentRepository(const Database& database) : db_(database), visits_(database) {}

  std::optional<Visit> visit(std::int64_t agency_id, std::int64_t id) const;
  // The visits of a property (kind visit) starting in [from, to), by start.
  std::vector<Visit> propertyVisits(std::int64_t agency_id, std::int64_t property_id, EpochMs from,
                                    EpochMs to) const;
  // Sets a planned or confirmed visit done (sequence + 1); false when it was in another state.
  bool markDone(std::int64_t agency_id, std::int64_t visit_id, EpochMs now) const;

  std::optional<Row> report(std::int64_t agency_id, std::int64_t visit_id) const;
  // Keyed by visit id: the reports among those visits.
  std::map<std::int64_t, Row> reports(std::int64_t agency_id,
                                      const std::vector<std::int64_t>& visit_ids) const;
  void insertReport(std::int64_t agency_id, std::int64_t visit_id, const ReportColumns& report,
                    std::optional<std::int64_t> by, EpochMs now) const;
  void updateReport(std::int64_t agency_id, std::int64_t visit_id, const ReportColumns& report,
                    EpochMs now) const;
  // contact id -> interaction id: the report's timeline entries.
  std::map<std::int64_t, std::int64_t> reportEntries(std::int64_t agency_id, std::int64_t visit_id) const;
  void addReportEntry(std::int64_t agency_id, std::int64_t visit_id, std::int64_t contact_id,
                      std::int64_t interaction_id) const;

  std::optional<Row> voucher(std::int64_t agency_id, std::int64_t visit_id) const;
  std::map<std::int64_t, Row> vouchers(std::int64_t agency_id,
                                       const std::vector<std::int64_t>& visit_ids) const;
  // Stores the signed voucher, replacing any previous one.
  void saveVoucher(std::int64_t agency_id, std::int64_t visit_id, const VoucherColumns& voucher) const;

  std::optional<PropertyFacts> property(std::int64_t agency_id, std::int64_t id) const;
  AgencyFacts agency(std::int64_t agency_id) const;
  // In the order of the ids; unknown ids are left out.
  std::vector<NamedPerson> contacts(std::int64_t agency_id, const std::vector<std::int64_t>& ids) const;
  std::optional<std::string> userName(std::int64_t agency_id, std::int64_t user_id) const;
  // The property's owners who have an email address (live contacts).
  std::vector<NamedPerson> ownersWithEmail(std::int64_t agency_id, std::int64_t property_id) const;

 private:
  const Database& db_;
  VisitRepository visits_;
};

}  // namespace logis::visits
