#include "visits/visit_documents.hpp"

#include "visits/visit_report_routes.hpp"

namespace logis::visits {

void VisitDocuments::addRoutes(Router& router) const {
  addVisitReportRoutes(router, reports_);
  addVisitVoucherRoutes(router, vouchers_);
  addSellerReportRoutes(router, seller_report_);
}

void VisitDocuments::attachTo(std::int64_t agency_id, nlohmann::json& visits) const {
  std::vector<std::int64_t> ids;
  for (const auto& visit : visits) ids.push_back(visit.at("id").get<std::int64_t>());
  const auto reports = repository_.reports(agency_id, ids);
  const auto vouchers = repository_.vouchers(agency_id, ids);
  for (auto& visit : visits) {
    const auto id = visit.at("id").get<std::int64_t>();
    const auto report = reports.find(id);
    const auto voucher = vouchers.find(id);
    visit["report"] = report == reports.end() ? nlohmann::json() : VisitReportService::toJson(report->second);
    visit["voucher"] = voucher == vouchers.end() ? nlohmann::json() : VisitVoucher::toJson(voucher->second);
  }
}

}  // namespace logis::visits
