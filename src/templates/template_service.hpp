#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "templates/template_context.hpp"
#include "templates/template_renderer.hpp"
#include "templates/template_repository.hpp"

namespace logis {

// An agency's email and SMS templates: the French defaults created on first use, validation (a template
// naming an unknown variable or with unbalanced sections is refused, the problem named), archiving, and
// rendering against real records. A purpose keeps working when its templates are all archived: the
// built-in default stands in (templateFor).
class TemplateService {
 public:
  TemplateService(const Database& database, const Clock& clock, const TemplateContext& context);

  // `channel` is "email" or "sms" in every method.
  nlohmann::json list(const Principal& by, const std::string& channel,
                      const std::optional<std::string>& purpose, bool archived, std::int64_t offset,
                      std::int64_t limit, std::int64_t& total) const;
  nlohmann::json get(const Principal& by, const std::string& channel, std::int64_t id) const;
  nlohmann::json create(const Principal& by, const std::string& channel, const nlohmann::json& input) const;
  // Changes the given fields; "archived": false restores an archived template.
  nlohmann::json update(const Principal& by, const std::string& channel, std::int64_t id,
                        const nlohmann::json& input) const;
  void archive(const Principal& by, const std::string& channel, std::int64_t id) const;

  // The stored template rendered for the records: {subject, body_html, body_text} or {body, length}.
  nlohmann::json preview(const Principal& by, const std::string& channel, std::int64_t id,
                         const TemplateRecords& records) const;
  // Unsaved text (the editor's live preview): validated as a save would be (422 naming subject or body).
  nlohmann::json previewDraft(const Principal& by, const std::string& channel, const std::string& subject,
                              const std::string& body, const TemplateRecords& records) const;

  struct Source {
    std::optional<std::int64_t> template_id;  // absent when the built-in default stands in
    std::string subject;
    std::string body;
  };
  // What a purpose sends for the agency: its live template, else the built-in default.
  Source templateFor(std::int64_t agency_id, const std::string& channel, const std::string& purpose) const;
  const TemplateContext& context() const { return context_; }

  static const std::vector<std::string>& purposes();

 private:
  TemplateFields readFields(const std::string& channel, const nlohmann::json& input, bool creating) const;
  nlohmann::json toJson(const Row& row) const;
  Row stored(const Principal& by, const std::string& channel, std::int64_t id) const;

  const Clock& clock_;
  const TemplateContext& context_;
  TemplateRepository templates_;
};

// {subject, body_html, body_text} for an email, {body, length: {encoding, units, segments}} for an SMS.
nlohmann::json renderedJson(const std::string& channel, const RenderedMessage& message);

}  // namespace logis
