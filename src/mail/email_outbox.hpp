#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "db/database.hpp"
#include "jobs/job_queue.hpp"
#include "leads/interaction_log.hpp"
#include "mail/mail_account_service.hpp"
#include "mail/mime_message_builder.hpp"
#include "storage/media_storage.hpp"

namespace logis {

// What a template renders for one email (the templates part provides the renderer).
struct EmailTemplateRequest {
  std::int64_t template_id = 0;
  std::optional<std::int64_t> contact_id;
  std::optional<std::int64_t> lead_id;
  std::optional<std::int64_t> property_id;
  std::optional<std::int64_t> visit_id;
};
struct RenderedEmail {
  std::string subject;
  std::string body_html;
};
// Throws ApiError (e.g. 422 on template_id) when the template cannot be rendered.
using EmailTemplateRenderer = std::function<RenderedEmail(const Principal&, const EmailTemplateRequest&)>;

// A file sent with an automatic email: content_type may carry parameters ("text/calendar; method=REQUEST;
// charset=UTF-8" for an invitation). Stored in email_attachments (bytes in the media storage) with the email.
struct EmailAttachmentData {
  std::string filename;
  std::string content_type;
  std::string bytes;
};

// The fiche du bien of one of the agency's properties as a PDF attachment; nullopt when the agency has no
// such property (the properties module provides it).
using PropertySheetRenderer =
    std::function<std::optional<EmailAttachmentData>(std::int64_t agency_id, std::int64_t property_id)>;

// An email Logis sends by itself (a property alert, a visit's invitation or reminder): from the agency's
// account, to one contact (or a user: contact_id empty).
struct AutomaticEmail {
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> contact_id{};
  std::optional<std::int64_t> lead_id{};
  std::optional<std::int64_t> property_id{};
  std::optional<std::int64_t> template_id{};
  std::string to{};
  std::string subject{};
  std::string html{};
  std::string text{};
  std::map<std::string, std::string> headers{};  // List-Unsubscribe and List-Unsubscribe-Post
  std::vector<EmailAttachmentData> attachments{};
};

// Emails sent from Logis. `queue` stores the message (state queued, Message-ID made now), logs it on the
// contact's and lead's timeline and queues its "email.send" job, in one transaction; `deliver` (what that
// job runs) sends it once, with its attachments (read back from the media storage).
class EmailOutbox {
 public:
  EmailOutbox(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
              const InteractionLog& interactions, const MailAccountService& accounts, MediaStorage& media);

  // POST /api/v1/emails: {contact_id | to, lead_id?, property_id?, subject, body_html and/or body_text,
  // reply_to?, in_reply_to_email_id?, template_id? (+ visit_id?), property_sheet_ids? (at most 5 of the
  // agency's properties, each sheet attached as a PDF)}. 400 for a line break in a header value, 422
  // naming each wrong field, 409 when no smtp account can send for the caller.
  nlohmann::json queue(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json find(const Principal& caller, std::int64_t id) const;
  // Queued like queue()'s, its attachments stored in the same transaction; nullopt (nothing stored) while
  // the agency has no outgoing server. Call it inside the caller's transaction to store both together.
  std::optional<std::int64_t> queueAutomatic(const AutomaticEmail& email) const;

  // Claims the message (queued or failed -> sending, a conditional UPDATE: one caller wins), sends it
  // over SMTP, and records sent (sent_at) or failed (server_answer), on the timeline too. Throws
  // SmtpError when sending failed, so the job is retried. Does nothing when the message is not an
  // outgoing one waiting to be sent (already sent, being sent, unknown).
  void deliver(std::int64_t email_id) const;

  // How a template_id is rendered (the templates module's, set where the services are wired).
  void setTemplateRenderer(EmailTemplateRenderer renderer) { renderer_ = std::move(renderer); }
  // How property_sheet_ids become attachments (the properties module's, set there too).
  void setPropertySheetRenderer(PropertySheetRenderer renderer) { sheet_renderer_ = std::move(renderer); }

 private:
  // A message ready to be stored, whoever wrote it.
  struct StoredEmail {
    std::int64_t agency_id = 0;
    SmtpAccount sender{};
    std::optional<std::int64_t> contact_id{};
    std::optional<std::int64_t> lead_id{};
    std::optional<std::int64_t> property_id{};
    std::optional<std::int64_t> user_id{};
    std::optional<std::int64_t> template_id{};
    std::optional<Row> replied{};  // the message answered: threading headers and thread
    std::string to{};
    std::optional<std::string> reply_to{};
    std::string subject{};
    std::string body_text{};  // derived from the HTML when empty
    std::optional<std::string> body_html{};
    std::map<std::string, std::string> headers{};
    std::vector<EmailAttachmentData> attachments{};
  };
  // Stores the message (queued, with a new Message-ID), its timeline entry and its "email.send" job, in one
  // transaction; answers its id.
  std::int64_t store(const StoredEmail& email) const;
  nlohmann::json toJson(const Row& row) const;
  OutgoingEmail outgoingOf(const Row& row) const;
  void finish(const Row& row, const std::string& state, const std::optional<std::string>& answer) const;
  // The sheets of `property_ids`; none when the agency lacks one of them, that id noted in `problems`.
  std::vector<EmailAttachmentData> propertySheets(std::int64_t agency_id,
                                                  const std::vector<std::int64_t>& property_ids,
                                                  std::map<std::string, Text>& problems) const;

  const Database& db_;
  const Clock& clock_;
  const jobs::JobQueue& jobs_;
  const InteractionLog& interactions_;
  const MailAccountService& accounts_;
  MediaStorage& media_;
  EmailTemplateRenderer renderer_;
  PropertySheetRenderer sheet_renderer_;
};

}  // namespace logis
