#include "visits/visit_report_routes.hpp"

#include <algorithm>

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "http/json_input.hpp"
#include "http/multipart.hpp"
#include "http/query_params.hpp"

namespace logis::visits {
namespace {

const std::vector<std::string>& priceOpinions() {
  static const std::vector<std::string> all = {"too_high", "high", "fair", "low"};
  return all;
}

std::optional<std::string> nonBlank(std::optional<std::string> text) {
  if (text && text->find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  return text;
}

std::optional<ReportForm::FollowUp> followUpFrom(JsonInput& input) {
  const auto found = input.object().find("follow_up");
  if (found == input.object().end() || found->is_null()) return std::nullopt;
  if (!found->is_object()) {
    input.reject("follow_up", {"visit_report.follow_up_object"});
    return std::nullopt;
  }
  ReportForm::FollowUp follow_up;
  const auto title = found->find("title");
  if (title == found->end() || !title->is_string() ||
      title->get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
    input.reject("follow_up.title", {"field.required"});
  } else if (title->get<std::string>().size() > 200) {
    input.reject("follow_up.title", {"field.too_long", {{"max", "200"}}});
  } else {
    follow_up.title = title->get<std::string>();
  }
  const auto due_at = found->find("due_at");
  const auto parsed = due_at != found->end() && due_at->is_string()
                          ? parseIsoInstant(due_at->get<std::string>())
                          : std::nullopt;
  if (due_at == found->end() || due_at->is_null()) {
    input.reject("follow_up.due_at", {"field.required"});
  } else if (!parsed) {
    input.reject("follow_up.due_at", {"task.due_at_invalid"});
  } else {
    follow_up.due_at = *parsed;
  }
  if (const auto assigned_to = found->find("assigned_to");
      assigned_to != found->end() && !assigned_to->is_null()) {
    if (!assigned_to->is_number_integer()) {
      input.reject("follow_up.assigned_to", {"field.must_be_integer"});
    } else {
      follow_up.assigned_to = assigned_to->get<std::int64_t>();
    }
  }
  return follow_up;
}

ReportForm reportFrom(const Request& request) {
  auto input = JsonInput::parse(request);
  ReportForm form;
  form.comment = input.requiredString("comment", 5000);
  form.interest_level = input.optionalInteger("interest_level");
  if (form.interest_level && (*form.interest_level < 1 || *form.interest_level > 5)) {
    input.reject("interest_level", {"field.out_of_range", {{"min", "1"}, {"max", "5"}}});
  }
  form.objections = nonBlank(input.optionalString("objections", 2000));
  form.price_opinion = nonBlank(input.optionalString("price_opinion", 20));
  if (form.price_opinion &&
      std::ranges::find(priceOpinions(), *form.price_opinion) == priceOpinions().end()) {
    input.reject("price_opinion", {"field.choice_invalid", {{"choices", "too_high, high, fair, low"}}});
  }
  form.follow_up = followUpFrom(input);
  input.finish();
  return form;
}

Response fileResponse(const VoucherFile& file) {
  return Response::inlineFile(file.content_type, file.bytes, file.filename);
}

Response voucherPosted(const VisitVoucher& vouchers, Request& request) {
  const auto id = request.idParam("id");
  const auto type = request.header("Content-Type").value_or("");
  if (type.starts_with("multipart/form-data")) {
    const auto form = Multipart::parse(request);
    const auto* file = form.find("file");
    if (file == nullptr || file->bytes.empty()) throw ApiError::invalidFields({{"file", {"field.required"}}});
    const auto* signer = form.find("signer_name");
    if (signer != nullptr && signer->bytes.size() > 200) {
      throw ApiError::invalidFields({{"signer_name", {"field.too_long", {{"max", "200"}}}}});
    }
    const auto signer_name =
        signer == nullptr ? std::nullopt : nonBlank(std::optional<std::string>(signer->bytes));
    return Response::json(201, vouchers.upload(request.caller(), id, file->bytes, signer_name));
  }
  auto input = JsonInput::parse(request);
  const auto signature = input.requiredString("signature", VisitVoucher::kMaxSignatureBytes * 2);
  const auto signer_name = input.requiredString("signer_name", 200);
  input.finish();
  return Response::json(201, vouchers.signDrawn(request.caller(), id, signature, signer_name));
}

}  // namespace

void addVisitReportRoutes(Router& router, const VisitReportService& reports) {
  router.add("GET", "/api/v1/visits/{id}/report", Access::to(Action::view_visits),
             [&reports](Request& request) {
               return Response::json(200, reports.get(request.caller(), request.idParam("id")));
             });
  router.add("PUT", "/api/v1/visits/{id}/report", Access::to(Action::manage_visits),
             [&reports](Request& request) {
               const auto id = request.idParam("id");
               return Response::json(200, reports.put(request.caller(), id, reportFrom(request)));
             });
}

void addVisitVoucherRoutes(Router& router, const VisitVoucher& vouchers) {
  router.add("GET", "/api/v1/visits/{id}/voucher", Access::to(Action::view_visits),
             [&vouchers](Request& request) {
               return fileResponse(vouchers.get(request.caller(), request.idParam("id")));
             });
  // The upload's own limit leaves room for the multipart envelope; the file's limit is checked after.
  router
      .add("POST", "/api/v1/visits/{id}/voucher", Access::to(Action::manage_visits),
           [&vouchers](Request& request) { return voucherPosted(vouchers, request); })
      .max_body_bytes = VisitVoucher::kMaxUploadBytes + 1024 * 1024;
}

void addSellerReportRoutes(Router& router, const SellerReport& seller_report) {
  router.add("GET", "/api/v1/properties/{id}/seller-report", Access::to(Action::view_visits),
             [&seller_report](Request& request) {
               const auto id = request.idParam("id");
               const auto format = queryText(request, "format").value_or("json");
               if (format != "json" && format != "pdf") {
                 throw invalidQuery("format", "json, pdf");
               }
               const auto period = seller_report.period(request.caller(), queryText(request, "from"),
                                                        queryText(request, "to"));
               if (format == "json")
                 return Response::json(200, seller_report.json(request.caller(), id, period));
               return fileResponse({seller_report.pdf(request.caller(), id, period), "application/pdf",
                                    "compte-rendu-visites-" + std::to_string(id) + ".pdf"});
             });
  router.add("POST", "/api/v1/properties/{id}/seller-report/send", Access::to(Action::send_messages),
             [&seller_report](Request& request) {
               const auto id = request.idParam("id");
               auto input = JsonInput::parse(request);
               const auto from = input.optionalString("from", 10);
               const auto to = input.optionalString("to", 10);
               const auto contact_id = input.optionalInteger("contact_id");
               input.finish();
               const auto period = seller_report.period(request.caller(), from, to);
               return Response::json(
                   202, {{"email_ids", seller_report.send(request.caller(), id, period, contact_id)}});
             });
}

}  // namespace logis::visits
