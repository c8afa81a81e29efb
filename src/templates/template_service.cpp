#include "templates/template_service.hpp"

#include <algorithm>
#include <map>

#include "core/api_error.hpp"
#include "core/time_format.hpp"
#include "templates/default_templates.hpp"
#include "templates/sms_length.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxEmailBody = 60000;  // TEXT holds 64 KB on MariaDB
constexpr std::size_t kMaxSmsBody = 1600;     // ten SMS
constexpr std::size_t kMaxSubject = 300;
constexpr std::size_t kMaxName = 120;

using Problems = std::map<std::string, Text>;

std::string choiceList(const std::vector<std::string>& choices) {
  std::string text;
  for (const auto& choice : choices) text += (text.empty() ? "" : ", ") + choice;
  return text;
}

// A string field: absent (nullopt), or its value; a wrong type, an empty or too long value is a problem.
std::optional<std::string> stringField(const nlohmann::json& input, const std::string& name, std::size_t max,
                                       bool required, Problems& problems) {
  const auto found = input.find(name);
  if (found == input.end() || found->is_null()) {
    if (required) problems.emplace(name, Text{"field.required"});
    return std::nullopt;
  }
  if (!found->is_string()) {
    problems.emplace(name, Text{"field.must_be_string"});
    return std::nullopt;
  }
  auto value = found->get<std::string>();
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    problems.emplace(name, Text{"field.required"});
    return std::nullopt;
  }
  if (value.size() > max) {
    problems.emplace(name, Text{"field.too_long", {{"max", std::to_string(max)}}});
    return std::nullopt;
  }
  return value;
}

void checkTemplate(const std::string& name, const std::optional<std::string>& source, TemplateMode mode,
                   Problems& problems) {
  if (!source) return;
  if (auto problem = TemplateRenderer::problemIn(*source, mode)) problems.emplace(name, std::move(*problem));
}

TemplateMode bodyMode(const std::string& channel) {
  return channel == "email" ? TemplateMode::html : TemplateMode::text;
}

RenderedMessage renderFor(const std::string& channel, const std::string& subject, const std::string& body,
                          const nlohmann::json& context) {
  return channel == "email" ? TemplateRenderer::renderEmail(subject, body, context)
                            : TemplateRenderer::renderSms(body, context);
}

}  // namespace

nlohmann::json renderedJson(const std::string& channel, const RenderedMessage& message) {
  if (channel == "email") {
    return {{"subject", message.subject}, {"body_html", message.body}, {"body_text", message.body_text}};
  }
  const auto length = SmsLength::of(message.body);
  return {
      {"body", message.body},
      {"length", {{"encoding", length.encoding}, {"units", length.units}, {"segments", length.segments}}}};
}

TemplateService::TemplateService(const Database& database, const Clock& clock, const TemplateContext& context)
    : clock_(clock), context_(context), templates_(database) {}

const std::vector<std::string>& TemplateService::purposes() {
  static const std::vector<std::string> all = {
      "reply",        "follow_up",          "visit_confirmation", "visit_reminder",
      "visit_report", "new_property_alert", "price_drop_alert",   "custom"};
  return all;
}

nlohmann::json TemplateService::list(const Principal& by, const std::string& channel,
                                     const std::optional<std::string>& purpose, bool archived,
                                     std::int64_t offset, std::int64_t limit, std::int64_t& total) const {
  templates_.ensureDefaults(by.agency_id, clock_.now());
  const TemplateFilter filter{channel, purpose, archived};
  total = templates_.count(by.agency_id, filter);
  auto items = nlohmann::json::array();
  for (const auto& row : templates_.list(by.agency_id, filter, offset, limit)) items.push_back(toJson(row));
  return items;
}

nlohmann::json TemplateService::get(const Principal& by, const std::string& channel, std::int64_t id) const {
  return toJson(stored(by, channel, id));
}

nlohmann::json TemplateService::create(const Principal& by, const std::string& channel,
                                       const nlohmann::json& input) const {
  templates_.ensureDefaults(by.agency_id, clock_.now());
  const auto fields = readFields(channel, input, true);
  const auto id = templates_.insert(by.agency_id, channel, fields, by.user_id, clock_.now());
  return get(by, channel, id);
}

nlohmann::json TemplateService::update(const Principal& by, const std::string& channel, std::int64_t id,
                                       const nlohmann::json& input) const {
  stored(by, channel, id);
  const auto fields = readFields(channel, input, false);
  templates_.update(by.agency_id, id, fields, by.user_id, clock_.now());
  return get(by, channel, id);
}

void TemplateService::archive(const Principal& by, const std::string& channel, std::int64_t id) const {
  const auto row = stored(by, channel, id);
  if (!row.isNull("archived_at")) return;
  TemplateFields fields;
  fields.archived = true;
  templates_.update(by.agency_id, id, fields, by.user_id, clock_.now());
}

nlohmann::json TemplateService::preview(const Principal& by, const std::string& channel, std::int64_t id,
                                        const TemplateRecords& records) const {
  const auto row = stored(by, channel, id);
  const auto context = context_.build(by.agency_id, by.user_id, records);
  return renderedJson(
      channel, renderFor(channel, row.optionalText("subject").value_or(""), row.text("body"), context));
}

nlohmann::json TemplateService::previewDraft(const Principal& by, const std::string& channel,
                                             const std::string& subject, const std::string& body,
                                             const TemplateRecords& records) const {
  Problems problems;
  if (channel == "email") checkTemplate("subject", subject, TemplateMode::text, problems);
  checkTemplate("body", body, bodyMode(channel), problems);
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const auto context = context_.build(by.agency_id, by.user_id, records);
  return renderedJson(channel, renderFor(channel, subject, body, context));
}

TemplateService::Source TemplateService::templateFor(std::int64_t agency_id, const std::string& channel,
                                                     const std::string& purpose) const {
  templates_.ensureDefaults(agency_id, clock_.now());
  if (const auto row = templates_.forPurpose(agency_id, channel, purpose)) {
    return {row->integer("id"), row->optionalText("subject").value_or(""), row->text("body")};
  }
  const auto* fallback = defaultTemplateFor(channel, purpose);
  if (!fallback) throw std::invalid_argument("no default template for " + channel + " " + purpose);
  return {std::nullopt, std::string(fallback->subject), std::string(fallback->body)};
}

TemplateFields TemplateService::readFields(const std::string& channel, const nlohmann::json& input,
                                           bool creating) const {
  Problems problems;
  TemplateFields fields;
  fields.name = stringField(input, "name", kMaxName, creating, problems);
  fields.purpose = stringField(input, "purpose", 24, creating, problems);
  if (fields.purpose &&
      std::find(purposes().begin(), purposes().end(), *fields.purpose) == purposes().end()) {
    problems.emplace("purpose", Text{"field.choice_invalid", {{"choices", choiceList(purposes())}}});
  }
  if (channel == "email") {
    if (auto subject = stringField(input, "subject", kMaxSubject, creating, problems))
      fields.subject = subject;
    checkTemplate("subject", fields.subject.value_or(std::nullopt), TemplateMode::text, problems);
  } else if (input.contains("subject") && !input["subject"].is_null()) {
    problems.emplace("subject", Text{"template.sms_has_no_subject"});
  }
  fields.body =
      stringField(input, "body", channel == "email" ? kMaxEmailBody : kMaxSmsBody, creating, problems);
  checkTemplate("body", fields.body, bodyMode(channel), problems);
  if (const auto found = input.find("archived"); found != input.end() && !creating) {
    if (found->is_boolean()) {
      fields.archived = found->get<bool>();
    } else {
      problems.emplace("archived", Text{"field.must_be_boolean"});
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  return fields;
}

nlohmann::json TemplateService::toJson(const Row& row) const {
  const auto channel = row.text("channel");
  const auto archived_at = row.optionalInteger("archived_at");
  nlohmann::json item = {
      {"id", row.integer("id")},
      {"channel", channel},
      {"purpose", row.text("purpose")},
      {"name", row.text("name")},
      {"body", row.text("body")},
      {"is_default", row.boolean("is_default")},
      {"archived", archived_at.has_value()},
      {"archived_at", archived_at ? nlohmann::json(isoUtc(*archived_at)) : nlohmann::json()},
      {"created_at", isoUtc(row.integer("created_at"))},
      {"updated_at", isoUtc(row.integer("updated_at"))}};
  if (channel == "email") item["subject"] = row.optionalText("subject").value_or("");
  return item;
}

Row TemplateService::stored(const Principal& by, const std::string& channel, std::int64_t id) const {
  auto row = templates_.find(by.agency_id, channel, id);
  if (!row) throw ApiError::notFound();
  return std::move(*row);
}

}  // namespace logis
