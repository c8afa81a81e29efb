#include "contacts/contact_routes.hpp"

#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"
#include "http/query_params.hpp"

namespace logis {
namespace {

bool looksLikePhone(const std::string& text) {
  const auto digits =
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
  return digits >= 3 && text.find_first_not_of("0123456789 +.-()") == std::string::npos;
}

// The E.164 beginning of what was typed: "06 12" -> "+33612", "+44 20" -> "+4420".
std::string phonePrefix(const std::string& text) {
  if (const auto full = toE164(text)) return *full;
  std::string digits;
  for (const char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
  }
  if (text.find('+') != std::string::npos) return "+" + digits;
  if (digits.starts_with("00")) return "+" + digits.substr(2);
  if (digits.starts_with("0")) return "+33" + digits.substr(1);
  return digits;
}

// q: words matched as prefixes of the first name, the last name or the email; a phone typed in any form;
// an email or its beginning. role, agent_id, sort=name|-created_at.
ContactSearch searchFrom(const Request& request) {
  ContactSearch search;
  if (const auto q = queryText(request, "q")) {
    if (q->size() > 200) throw invalidQuery("q", "200 caractères au plus / at most 200 characters");
    if (looksLikePhone(*q)) {
      search.phone_prefix = phonePrefix(*q);
    } else if (q->find('@') != std::string::npos) {
      search.email_prefix = lowercase(*q);
    } else {
      search.name_prefixes = splitNonEmpty(*q, ' ');
      if (search.name_prefixes.size() > 5) search.name_prefixes.resize(5);
    }
  }
  if (const auto role = queryText(request, "role")) {
    search.roles_bit = ContactService::roleBit(*role);
    if (!search.roles_bit) throw invalidQuery("role", ContactService::roleList());
  }
  search.agent_id = queryId(request, "agent_id");
  if (const auto sort = queryText(request, "sort")) {
    if (*sort != "name" && *sort != "-created_at") throw invalidQuery("sort", "name, -created_at");
    search.recent_first = *sort == "-created_at";
  }
  return search;
}

}  // namespace

void addContactRoutes(Router& router, const ContactService& contacts) {
  router.add("GET", "/api/v1/contacts", Access::to(Action::view_contacts), [&contacts](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    const auto found = contacts.search(request.caller(), searchFrom(request), page.offset(), page.per_page);
    auto body = page.listBody(found.items, found.total);
    body["total_exact"] = found.total_exact;
    return Response::json(200, body);
  });

  router.add("POST", "/api/v1/contacts", Access::to(Action::edit_contacts), [&contacts](Request& request) {
    const auto input = JsonInput::parse(request);
    return Response::json(201, contacts.create(request.caller(), input.object()));
  });

  router.add("GET", "/api/v1/contacts/{id}", Access::to(Action::view_contacts),
             [&contacts](Request& request) {
               return Response::json(200, contacts.get(request.caller(), request.idParam("id")));
             });

  router.add("PATCH", "/api/v1/contacts/{id}", Access::to(Action::edit_contacts),
             [&contacts](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, contacts.update(request.caller(), id, input.object()));
             });

  router.add("GET", "/api/v1/contacts/{id}/duplicates", Access::to(Action::view_contacts),
             [&contacts](Request& request) {
               return Response::json(
                   200, {{"items", contacts.duplicatesOf(request.caller(), request.idParam("id"))}});
             });

  router.add("POST", "/api/v1/contacts/{id}/merge", Access::to(Action::merge_contacts),
             [&contacts](Request& request) {
               const auto id = request.idParam("id");
               auto input = JsonInput::parse(request);
               const auto other = input.optionalInteger("other_id");
               if (!other && !input.hasProblem("other_id")) input.reject("other_id", {"field.required"});
               input.finish();
               return Response::json(200, contacts.merge(request.caller(), id, *other));
             });

  router.add("GET", "/api/v1/contacts/{id}/export", Access::to(Action::export_contact_data),
             [&contacts](Request& request) {
               const auto id = request.idParam("id");
               auto response = Response::json(200, contacts.exportData(request.caller(), id));
               response.setFileName("attachment", "contact-" + std::to_string(id) + ".json");
               return response;
             });

  router.add("POST", "/api/v1/contacts/{id}/erase", Access::to(Action::erase_contacts),
             [&contacts](Request& request) {
               return Response::json(200, contacts.erase(request.caller(), request.idParam("id")));
             });

  router.add("POST", "/api/v1/contacts/{id}/consents", Access::to(Action::edit_contacts),
             [&contacts](Request& request) {
               const auto id = request.idParam("id");
               auto input = JsonInput::parse(request);
               const auto channel = input.requiredString("channel", 8);
               const auto granted = input.optionalBoolean("granted");
               if (!granted && !input.hasProblem("granted")) input.reject("granted", {"field.required"});
               const auto source = input.requiredString("source", 100);
               const auto wording = input.optionalString("wording", 2000).value_or("");
               input.finish();
               const auto& caller = request.caller();
               contacts.get(caller, id);
               contacts.recordConsent(caller.agency_id, id, channel, *granted, source, wording, std::nullopt,
                                      caller.user_id);
               return Response::json(201, contacts.get(caller, id));
             });
}

void addPropertyOwnerRoutes(Router& router, const PropertyOwnerService& owners) {
  router.add("GET", "/api/v1/properties/{id}/owners", Access::to(Action::view_properties),
             [&owners](Request& request) {
               return Response::json(200, owners.list(request.caller(), request.idParam("id")));
             });

  router.add("PUT", "/api/v1/properties/{id}/owners", Access::to(Action::edit_properties),
             [&owners](Request& request) {
               const auto id = request.idParam("id");
               const auto input = JsonInput::parse(request);
               return Response::json(200, owners.replace(request.caller(), id, input.object()));
             });
}

}  // namespace logis
