#include "visits/visit_report_service.hpp"

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "core/time_format.hpp"

namespace logis::visits {
namespace {

nlohmann::json optionalJson(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json optionalJson(const std::optional<std::int64_t>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// The task's own field names become the report's ("title" -> "follow_up.title").
ApiError asFollowUpError(const ApiError& error) {
  if (error.status != 422) return error;
  std::map<std::string, Text> fields;
  for (const auto& [name, problem] : error.fields) fields.emplace("follow_up." + name, problem);
  return ApiError::invalidFields(fields);
}

}  // namespace

nlohmann::json VisitReportService::toJson(const Row& report) {
  return {{"visit_id", report.integer("visit_id")},
          {"comment", report.text("comment")},
          {"interest_level", optionalJson(report.optionalInteger("interest_level"))},
          {"objections", optionalJson(report.optionalText("objections"))},
          {"price_opinion", optionalJson(report.optionalText("price_opinion"))},
          {"follow_up_task_id", optionalJson(report.optionalInteger("follow_up_task_id"))},
          {"created_at", isoUtc(report.integer("created_at"))},
          {"updated_at", isoUtc(report.integer("updated_at"))}};
}

nlohmann::json VisitReportService::get(const Principal& caller, std::int64_t visit_id) const {
  if (!documents_.visit(caller.agency_id, visit_id)) throw ApiError::notFound();
  const auto report = documents_.report(caller.agency_id, visit_id);
  if (!report) throw ApiError::notFound();
  return toJson(*report);
}

nlohmann::json VisitReportService::put(const Principal& caller, std::int64_t visit_id,
                                       const ReportForm& form) const {
  const auto visit = documents_.visit(caller.agency_id, visit_id);
  if (!visit) throw ApiError::notFound();
  if (!Policy::allowsOn(caller, Action::manage_visits, visit->agent_id)) throw ApiError::forbidden();
  if (visit->status == "cancelled") throw ApiError(422, "visit_cancelled", {"visit_report.visit_cancelled"});
  const auto now = clock_.now();
  if (now < visit->starts_at) throw ApiError(422, "visit_not_started", {"visit_report.visit_not_started"});

  db_.transaction([&] {
    const auto existing = documents_.report(caller.agency_id, visit_id);
    ReportColumns columns{form.comment, form.interest_level, form.objections, form.price_opinion,
                          existing ? existing->optionalInteger("follow_up_task_id") : std::nullopt};
    if (form.follow_up)
      columns.follow_up_task_id = followUpTask(caller, *visit, *form.follow_up, columns.follow_up_task_id);
    if (existing) {
      documents_.updateReport(caller.agency_id, visit_id, columns, now);
    } else {
      documents_.insertReport(caller.agency_id, visit_id, columns, caller.user_id, now);
    }
    documents_.markDone(caller.agency_id, visit_id, now);
    writeTimeline(caller, *visit, columns);
  });
  return toJson(*documents_.report(caller.agency_id, visit_id));
}

std::int64_t VisitReportService::followUpTask(const Principal& caller, const Visit& visit,
                                              const ReportForm::FollowUp& follow_up,
                                              std::optional<std::int64_t> existing_task) const {
  nlohmann::json task = {{"title", follow_up.title},
                         {"due_at", isoUtc(follow_up.due_at)},
                         {"assigned_to", follow_up.assigned_to.value_or(visit.agent_id)}};
  try {
    if (existing_task) return tasks_.update(caller, *existing_task, task)["id"].get<std::int64_t>();
    if (visit.lead_id) task["lead_id"] = *visit.lead_id;
    if (!visit.contact_ids.empty()) task["contact_id"] = visit.contact_ids.front();
    return tasks_.create(caller, task)["id"].get<std::int64_t>();
  } catch (const ApiError& error) {
    throw asFollowUpError(error);
  }
}

void VisitReportService::writeTimeline(const Principal& caller, const Visit& visit,
                                       const ReportColumns& report) const {
  const nlohmann::json meta = {{"visit_id", visit.id},
                               {"interest_level", optionalJson(report.interest_level)},
                               {"price_opinion", optionalJson(report.price_opinion)}};
  const auto entries = documents_.reportEntries(caller.agency_id, visit.id);
  for (const auto contact_id : visit.contact_ids) {
    if (const auto entry = entries.find(contact_id); entry != entries.end()) {
      interactions_.revise(caller.agency_id, entry->second, report.comment, meta);
      continue;
    }
    const auto id = interactions_.append({.agency_id = caller.agency_id,
                                          .contact_id = contact_id,
                                          .lead_id = visit.lead_id,
                                          .property_id = visit.property_id,
                                          .type = "visit",
                                          .direction = std::nullopt,
                                          .summary = "Compte-rendu de visite",
                                          .body = report.comment,
                                          .meta = meta,
                                          .user_id = caller.user_id,
                                          .occurred_at = clock_.now()});
    documents_.addReportEntry(caller.agency_id, visit.id, contact_id, id);
  }
}

}  // namespace logis::visits
