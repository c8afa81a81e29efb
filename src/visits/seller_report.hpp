#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "mail/email_outbox.hpp"
#include "visits/visit_document_repository.hpp"

namespace logis::visits {

// The days a seller report covers, as given ("2026-03-01") and as instants: [starts, ends).
struct ReportPeriod {
  std::string from;
  std::string to;
  EpochMs starts = 0;
  EpochMs ends = 0;
};

// The compte-rendu au vendeur: a property's visits over a period, with their feedback and a summary, as
// JSON or as a PDF, and sent to the owners by email. Visitors appear as "C. Martin": the seller does not
// get the buyers' details.
class SellerReport {
 public:
  SellerReport(const Database& database, const Clock& clock, const VisitDocumentRepository& documents,
               const EmailOutbox& outbox)
      : db_(database), clock_(clock), documents_(documents), outbox_(outbox) {}

  // Dates YYYY-MM-DD in the agency's zone, both days included; the last 30 days by default. 422 naming
  // "from" or "to" for an impossible date, a reversed period or one over two years.
  ReportPeriod period(const Principal& caller, const std::optional<std::string>& from,
                      const std::optional<std::string>& to) const;
  nlohmann::json json(const Principal& caller, std::int64_t property_id, const ReportPeriod& period) const;
  std::string pdf(const Principal& caller, std::int64_t property_id, const ReportPeriod& period) const;
  // The PDF attached to an email to each owner with an address (or to `contact_id`, one of them): their
  // ids. 422 on contact_id when no owner can receive it; 409 while the agency has no outgoing server.
  std::vector<std::int64_t> send(const Principal& caller, std::int64_t property_id,
                                 const ReportPeriod& period, std::optional<std::int64_t> contact_id) const;

 private:
  const Database& db_;
  const Clock& clock_;
  const VisitDocumentRepository& documents_;
  const EmailOutbox& outbox_;
};

// "Claire Martin" -> "C. Martin", "Jean-Pierre Durand" -> "J.-P. Durand".
std::string initialsName(const NamedPerson& person);

}  // namespace logis::visits
