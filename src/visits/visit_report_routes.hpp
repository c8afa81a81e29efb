#pragma once

#include "http/router.hpp"
#include "visits/seller_report.hpp"
#include "visits/visit_report_service.hpp"
#include "visits/visit_voucher.hpp"

namespace logis::visits {

// /api/v1/visits/{id}/report (GET, PUT).
void addVisitReportRoutes(Router& router, const VisitReportService& reports);
// /api/v1/visits/{id}/voucher: GET the PDF (signed, or blank to sign on paper); POST a drawn signature
// (JSON) or the signed paper (multipart "file").
void addVisitVoucherRoutes(Router& router, const VisitVoucher& vouchers);
// /api/v1/properties/{id}/seller-report (JSON, or ?format=pdf) and /seller-report/send.
void addSellerReportRoutes(Router& router, const SellerReport& seller_report);

}  // namespace logis::visits
