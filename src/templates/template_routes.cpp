#include "templates/template_routes.hpp"

#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"
#include "templates/template_variables.hpp"

namespace logis {
namespace {

// {contact_id?, lead_id?, property_id?, visit?: {starts_at, place}} of a preview body.
TemplateRecords recordsFrom(JsonInput& input) {
  TemplateRecords records;
  records.contact_id = input.optionalInteger("contact_id");
  records.lead_id = input.optionalInteger("lead_id");
  records.property_id = input.optionalInteger("property_id");
  const auto& body = input.object();
  if (const auto visit = body.find("visit"); visit != body.end() && !visit->is_null()) {
    const auto starts_at =
        visit->is_object() && visit->contains("starts_at") && (*visit)["starts_at"].is_string()
            ? parseIsoInstant((*visit)["starts_at"].get<std::string>())
            : std::nullopt;
    const auto place = visit->is_object() ? visit->value("place", nlohmann::json("")) : nlohmann::json();
    if (!starts_at) {
      input.reject("visit.starts_at", {"field.date_invalid"});
    } else if (!place.is_string() || place.get<std::string>().size() > 300) {
      input.reject("visit.place", {"field.too_long", {{"max", "300"}}});
    } else {
      records.visit = TemplateVisit{*starts_at, place.get<std::string>()};
    }
  }
  return records;
}

TemplateRecords visibleRecords(JsonInput& input, const Principal& caller, const LeadService& leads) {
  auto records = recordsFrom(input);
  input.finish();
  if (records.lead_id) leads.get(caller, *records.lead_id);
  return records;
}

void addChannelRoutes(Router& router, const std::string& channel, const TemplateService& templates,
                      const LeadService& leads) {
  const std::string base = "/api/v1/" + channel + "-templates";

  router.add("GET", base, Access::to(Action::send_messages), [&templates, channel](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    const auto purpose = queryText(request, "purpose");
    const bool show_archived = queryFlag(request, "archived").value_or(false);
    std::int64_t total = 0;
    auto items = templates.list(request.caller(), channel, purpose, show_archived, page.offset(),
                                page.per_page, total);
    return Response::json(200, page.listBody(std::move(items), total));
  });

  router.add("POST", base, Access::to(Action::manage_templates), [&templates, channel](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, templates.create(request.caller(), channel, input.object()));
  });

  router.add("GET", base + "/{id}", Access::to(Action::send_messages),
             [&templates, channel](Request& request) {
               return Response::json(200, templates.get(request.caller(), channel, request.idParam("id")));
             });

  router.add("PATCH", base + "/{id}", Access::to(Action::manage_templates),
             [&templates, channel](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, templates.update(request.caller(), channel, id, input.object()));
             });

  router.add("DELETE", base + "/{id}", Access::to(Action::manage_templates),
             [&templates, channel](Request& request) {
               templates.archive(request.caller(), channel, request.idParam("id"));
               return Response::noContent();
             });

  router.add("POST", base + "/{id}/preview", Access::to(Action::send_messages),
             [&templates, &leads, channel](Request& request) {
               const auto id = request.idParam("id");
               auto input = JsonInput::parse(request);
               const auto records = visibleRecords(input, request.caller(), leads);
               return Response::json(200, templates.preview(request.caller(), channel, id, records));
             });
}

}  // namespace

void addTemplateRoutes(Router& router, const TemplateService& templates, const LeadService& leads) {
  addChannelRoutes(router, "email", templates, leads);
  addChannelRoutes(router, "sms", templates, leads);

  router.add("POST", "/api/v1/templates/preview-draft", Access::to(Action::send_messages),
             [&templates, &leads](Request& request) {
               auto input = JsonInput::parse(request);
               const auto channel = input.requiredString("channel", 5);
               if (!input.hasProblem("channel") && channel != "email" && channel != "sms") {
                 input.reject("channel", {"field.choice_invalid", {{"choices", "email, sms"}}});
               }
               const auto subject = input.optionalString("subject", 300).value_or("");
               const auto body = input.requiredString("body", 60000);
               const auto records = visibleRecords(input, request.caller(), leads);
               return Response::json(
                   200, templates.previewDraft(request.caller(), channel, subject, body, records));
             });

  router.add("GET", "/api/v1/template-variables", Access::to(Action::send_messages), [](Request&) {
    auto items = nlohmann::json::array();
    for (const auto& variable : templateVariables()) {
      const auto name = variable.name();
      items.push_back({{"name", name},
                       {"group", variable.group},
                       {"tag", "{{" + name + "}}"},
                       {"description", variable.description},
                       {"example", variable.example}});
    }
    return Response::json(200, {{"items", items}});
  });
}

}  // namespace logis
