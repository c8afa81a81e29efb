#pragma once

#include <nlohmann/json.hpp>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "leads/interaction_log.hpp"
#include "mail/email_outbox.hpp"
#include "storage/media_storage.hpp"
#include "tasks/task_service.hpp"
#include "visits/seller_report.hpp"
#include "visits/visit_document_repository.hpp"
#include "visits/visit_report_service.hpp"
#include "visits/visit_voucher.hpp"

namespace logis::visits {

// What is written after a visit, wired once: the report and its follow-up, the bon de visite, the seller
// report; and their routes.
class VisitDocuments {
 public:
  VisitDocuments(const Database& database, const Clock& clock, const TaskService& tasks,
                 const InteractionLog& interactions, MediaStorage& media, const EmailOutbox& outbox)
      : repository_(database),
        reports_(database, clock, repository_, tasks, interactions),
        vouchers_(database, clock, repository_, media, interactions),
        seller_report_(database, clock, repository_, outbox) {}

  void addRoutes(Router& router) const;
  // Sets "report" and "voucher" (null when there is none) on each of an array of Visit answers.
  void attachTo(std::int64_t agency_id, nlohmann::json& visits) const;

 private:
  VisitDocumentRepository repository_;
  VisitReportService reports_;
  VisitVoucher vouchers_;
  SellerReport seller_report_;
};

}  // namespace logis::visits
