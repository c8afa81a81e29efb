#include "mail/email_outbox.hpp"

#include <algorithm>
#include <map>

#include "auth/user.hpp"
#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/strings.hpp"
#include "core/time_format.hpp"
#include "jobs/job_runner.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;
constexpr std::size_t kMaxBody = 1000000;
constexpr std::size_t kMaxPropertySheets = 5;

// The fields of POST /api/v1/emails, typed, with their problems noted.
class EmailInput {
 public:
  EmailInput(const nlohmann::json& input, Problems& problems) : input_(input), problems_(problems) {}

  std::optional<std::int64_t> id(const char* name) {
    if (!input_.contains(name) || input_[name].is_null()) return std::nullopt;
    if (!input_[name].is_number_integer() || input_[name].get<std::int64_t>() < 1) {
      problems_[name] = {"field.must_be_integer"};
      return std::nullopt;
    }
    return input_[name].get<std::int64_t>();
  }

  std::optional<std::string> text(const char* name, std::size_t max_length) {
    if (!input_.contains(name) || input_[name].is_null()) return std::nullopt;
    if (!input_[name].is_string()) {
      problems_[name] = {"field.must_be_string"};
      return std::nullopt;
    }
    auto value = input_[name].get<std::string>();
    if (value.find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
    if (value.size() > max_length) {
      problems_[name] = {"field.too_long", {{"max", std::to_string(max_length)}}};
      return std::nullopt;
    }
    return value;
  }

  std::optional<std::string> address(const char* name) {
    auto value = text(name, 254);
    if (!value) return std::nullopt;
    auto email = normalizeEmail(*value);
    if (!isPlausibleEmail(email)) {
      problems_[name] = {"field.email_invalid"};
      return std::nullopt;
    }
    return email;
  }

  // property_sheet_ids: at most kMaxPropertySheets ids, each given once.
  std::vector<std::int64_t> propertySheetIds() {
    const char* name = "property_sheet_ids";
    if (!input_.contains(name) || input_[name].is_null()) return {};
    const auto& value = input_[name];
    const auto is_id = [](const nlohmann::json& item) {
      return item.is_number_integer() && item.get<std::int64_t>() > 0;
    };
    if (!value.is_array() || !std::all_of(value.begin(), value.end(), is_id)) {
      problems_[name] = {"email.property_sheets_not_list"};
      return {};
    }
    if (value.size() > kMaxPropertySheets) {
      problems_[name] = {"email.property_sheets_too_many", {{"max", std::to_string(kMaxPropertySheets)}}};
      return {};
    }
    std::vector<std::int64_t> ids;
    for (const auto& item : value) {
      const auto id = item.get<std::int64_t>();
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    return ids;
  }

 private:
  const nlohmann::json& input_;
  Problems& problems_;
};

// A line break in a value that becomes a header is refused outright (400), before anything else.
void refuseLineBreaks(const nlohmann::json& input) {
  std::map<std::string, Text> fields;
  for (const auto* name : {"subject", "to", "reply_to"}) {
    if (input.contains(name) && input[name].is_string() &&
        !MimeMessageBuilder::isSingleLine(input[name].get<std::string>())) {
      fields[name] = {"field.line_break"};
    }
  }
  if (!fields.empty()) throw ApiError(400, "invalid_fields", {"error.invalid_fields"}, std::move(fields));
}

std::string domainOf(const std::string& email) {
  const auto at = email.rfind('@');
  return at == std::string::npos ? "logis" : email.substr(at + 1);
}

SqlValue optionalValue(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

SqlValue optionalValue(const std::optional<std::string>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

nlohmann::json integerOrNull(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.integer(column));
}

nlohmann::json textOrNull(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.text(column));
}

nlohmann::json instantOrNull(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(isoUtc(row.integer(column)));
}

// to_emails holds a JSON array; a plain comma-separated list is read too.
std::vector<std::string> addressesOf(const std::string& stored) {
  const auto parsed = nlohmann::json::parse(stored, nullptr, false);
  if (parsed.is_array()) return parsed.get<std::vector<std::string>>();
  std::vector<std::string> addresses;
  for (auto& address : splitNonEmpty(stored, ',')) {
    const auto first = address.find_first_not_of(' ');
    if (first != std::string::npos)
      addresses.push_back(address.substr(first, address.find_last_not_of(' ') - first + 1));
  }
  return addresses;
}

std::vector<std::string> splitReferences(const std::string& references) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  while ((start = references.find('<', start)) != std::string::npos) {
    const auto end = references.find('>', start);
    if (end == std::string::npos) break;
    ids.push_back(references.substr(start, end - start + 1));
    start = end + 1;
  }
  return ids;
}

}  // namespace

EmailOutbox::EmailOutbox(const Database& database, const Clock& clock, const jobs::JobQueue& jobs,
                         const InteractionLog& interactions, const MailAccountService& accounts,
                         MediaStorage& media)
    : db_(database),
      clock_(clock),
      jobs_(jobs),
      interactions_(interactions),
      accounts_(accounts),
      media_(media) {}

nlohmann::json EmailOutbox::toJson(const Row& row) const {
  return {{"id", row.integer("id")},
          {"direction", row.text("direction")},
          {"state", row.text("state")},
          {"server_answer", textOrNull(row, "server_answer")},
          {"account_id", integerOrNull(row, "account_id")},
          {"contact_id", integerOrNull(row, "contact_id")},
          {"lead_id", integerOrNull(row, "lead_id")},
          {"property_id", integerOrNull(row, "property_id")},
          {"user_id", integerOrNull(row, "user_id")},
          {"thread_id", integerOrNull(row, "thread_id")},
          {"interaction_id", integerOrNull(row, "interaction_id")},
          {"message_id", row.text("message_id_header")},
          {"in_reply_to", textOrNull(row, "in_reply_to")},
          {"references", textOrNull(row, "references_header")},
          {"from_name", textOrNull(row, "from_name")},
          {"from_email", row.text("from_email")},
          {"to", addressesOf(row.text("to_emails"))},
          {"reply_to", textOrNull(row, "reply_to")},
          {"subject", row.text("subject")},
          {"body_text", textOrNull(row, "body_text")},
          {"body_html", textOrNull(row, "body_html")},
          {"sent_at", instantOrNull(row, "sent_at")},
          {"created_at", isoUtc(row.integer("created_at"))}};
}

nlohmann::json EmailOutbox::queue(const Principal& caller, const nlohmann::json& input) const {
  refuseLineBreaks(input);
  Problems problems;
  EmailInput read(input, problems);
  auto contact_id = read.id("contact_id");
  const auto lead_id = read.id("lead_id");
  const auto property_id = read.id("property_id");
  const auto reply_of = read.id("in_reply_to_email_id");
  const auto template_id = read.id("template_id");
  const auto visit_id = read.id("visit_id");
  const auto sheet_ids = read.propertySheetIds();
  auto to = read.address("to");
  const auto reply_to = read.address("reply_to");
  auto subject = read.text("subject", 300);
  auto body_html = read.text("body_html", kMaxBody);
  auto body_text = read.text("body_text", kMaxBody);
  const auto agency = caller.agency_id;

  if (lead_id) {
    const auto lead =
        db_.queryOne("SELECT contact_id FROM leads WHERE agency_id = ? AND id = ?", {agency, *lead_id});
    if (!lead) {
      problems["lead_id"] = {"email.lead_unknown"};
    } else if (!contact_id) {
      contact_id = lead->optionalInteger("contact_id");
    }
  }
  std::optional<std::string> contact_email;
  if (contact_id && !problems.contains("contact_id")) {
    const auto contact =
        db_.queryOne("SELECT email FROM contacts WHERE agency_id = ? AND id = ? AND merged_into_id IS NULL",
                     {agency, *contact_id});
    if (!contact) {
      problems["contact_id"] = {"email.contact_unknown"};
    } else {
      contact_email = contact->optionalText("email");
    }
  }
  if (property_id &&
      !db_.queryOne("SELECT id FROM properties WHERE agency_id = ? AND id = ?", {agency, *property_id}))
    problems["property_id"] = {"email.property_unknown"};
  std::optional<Row> replied;
  if (reply_of) {
    replied =
        db_.queryOne("SELECT * FROM email_messages WHERE agency_id = ? AND id = ?", {agency, *reply_of});
    if (!replied) problems["in_reply_to_email_id"] = {"email.reply_unknown"};
  }
  if (!to && !problems.contains("to")) {
    if (contact_email) {
      to = contact_email;
    } else if (contact_id && !problems.contains("contact_id")) {
      problems["to"] = {"email.contact_without_email"};
    } else if (!input.contains("contact_id")) {
      problems["to"] = {"email.recipient_required"};
    }
  }
  if (!contact_id && to) {  // an address of a known contact lands on their timeline
    const auto known = db_.queryOne(
        "SELECT id FROM contacts WHERE agency_id = ? AND email = ? AND merged_into_id IS NULL ORDER BY id "
        "LIMIT 1",
        {agency, *to});
    if (known) contact_id = known->integer("id");
  }
  if (template_id && !db_.queryOne("SELECT id FROM message_templates WHERE agency_id = ? AND id = ? AND "
                                   "channel = 'email' AND archived_at IS NULL",
                                   {agency, *template_id})) {
    problems["template_id"] = {"email.template_unknown"};
  }
  if (visit_id && !db_.queryOne("SELECT id FROM visits WHERE agency_id = ? AND id = ?", {agency, *visit_id}))
    problems["visit_id"] = {"email.visit_unknown"};
  auto sheets = propertySheets(agency, sheet_ids, problems);
  if (template_id && problems.empty()) {
    const auto rendered = renderer_(caller, {*template_id, contact_id, lead_id, property_id, visit_id});
    if (!subject) subject = rendered.subject;
    body_html = rendered.body_html;
  }
  if (!subject && !problems.contains("subject") && !template_id) problems["subject"] = {"field.required"};
  if (!body_html && !body_text && !template_id && !problems.contains("body_html") &&
      !problems.contains("body_text"))
    problems["body_text"] = {"email.body_required"};
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (subject && !MimeMessageBuilder::isSingleLine(*subject))  // a template's subject
    throw ApiError(400, "invalid_fields", {"error.invalid_fields"}, {{"subject", {"field.line_break"}}});

  const auto sender = accounts_.senderFor(agency, caller.user_id);
  if (!sender) throw ApiError::conflict("no_smtp_account", {"email.no_smtp_account"});
  if (!body_text) body_text = MimeMessageBuilder::textFromHtml(*body_html);

  std::optional<std::string> in_reply_to;
  std::optional<std::string> references;
  std::optional<std::int64_t> thread_id;
  if (replied) {
    in_reply_to = replied->text("message_id_header");
    references =
        (replied->isNull("references_header") ? "" : replied->text("references_header") + " ") + *in_reply_to;
    thread_id = replied->isNull("thread_id") ? replied->integer("id") : replied->integer("thread_id");
  }
  return find(caller, store({.agency_id = agency,
                                    .sender = *sender,
                                    .contact_id = contact_id,
                                    .lead_id = lead_id,
                                    .property_id = property_id,
                                    .user_id = caller.user_id,
                                    .template_id = template_id,
                                    .replied = replied,
                                    .to = *to,
                                    .reply_to = reply_to,
                                    .subject = *subject,
                                    .body_text = *body_text,
                                    .body_html = body_html,
                                    .attachments = std::move(sheets)}));
}

std::vector<EmailAttachmentData> EmailOutbox::propertySheets(std::int64_t agency_id,
                                                             const std::vector<std::int64_t>& property_ids,
                                                             Problems& problems) const {
  std::vector<EmailAttachmentData> sheets;
  for (const auto id : property_ids) {
    auto sheet = sheet_renderer_(agency_id, id);
    if (!sheet) {
      problems["property_sheet_ids"] = {"email.property_sheet_unknown", {{"id", std::to_string(id)}}};
      return {};
    }
    sheets.push_back(std::move(*sheet));
  }
  return sheets;
}

std::optional<std::int64_t> EmailOutbox::queueAutomatic(const AutomaticEmail& email) const {
  const auto sender = accounts_.senderFor(email.agency_id, std::nullopt);
  if (!sender) return std::nullopt;
  return store({.agency_id = email.agency_id,
                .sender = *sender,
                .contact_id = email.contact_id,
                .lead_id = email.lead_id,
                .property_id = email.property_id,
                .template_id = email.template_id,
                .to = email.to,
                .subject = email.subject,
                .body_text = email.text,
                .body_html = email.html,
                .headers = email.headers,
                .attachments = email.attachments});
}

std::int64_t EmailOutbox::store(const StoredEmail& email) const {
  std::optional<std::string> in_reply_to;
  std::optional<std::string> references;
  std::optional<std::int64_t> thread_id;
  if (email.replied) {
    in_reply_to = email.replied->text("message_id_header");
    references = (email.replied->isNull("references_header") ? ""
                                                             : email.replied->text("references_header") + " ") +
                 *in_reply_to;
    thread_id =
        email.replied->isNull("thread_id") ? email.replied->integer("id") : email.replied->integer("thread_id");
  }
  const auto& sender = email.sender;
  const auto agency = email.agency_id;
  const auto message_id =
      "<" + crypto::sha256Hex(crypto::randomToken()).substr(0, 32) + "@" + domainOf(sender.from_email) + ">";
  const auto now = clock_.now();
  std::int64_t id = 0;
  db_.transaction([&] {  // the message, its timeline entry and its job, together
    id = db_.insert(
        "INSERT INTO email_messages (agency_id, direction, account_id, contact_id, lead_id, property_id, "
        "user_id, template_id, thread_id, message_id_header, in_reply_to, references_header, from_name, "
        "from_email, to_emails, reply_to, subject, body_text, body_html, list_unsubscribe, state, created_at) "
        "VALUES (?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?)",
        {agency, sender.id, optionalValue(email.contact_id), optionalValue(email.lead_id),
         optionalValue(email.property_id), optionalValue(email.user_id), optionalValue(email.template_id),
         optionalValue(thread_id), message_id, optionalValue(in_reply_to), optionalValue(references),
         sender.from_name.empty() ? SqlValue{nullptr} : SqlValue{sender.from_name}, sender.from_email,
         nlohmann::json::array({email.to}).dump(), optionalValue(email.reply_to), email.subject,
         email.body_text.empty() && email.body_html ? MimeMessageBuilder::textFromHtml(*email.body_html)
                                                    : email.body_text,
         optionalValue(email.body_html),
         email.headers.empty() ? SqlValue{nullptr} : SqlValue{nlohmann::json(email.headers).dump()}, now});
    if (!thread_id)
      db_.execute("UPDATE email_messages SET thread_id = ? WHERE agency_id = ? AND id = ?", {id, agency, id});
    for (const auto& file : email.attachments) {
      const auto key = media_.put("emails/" + std::to_string(agency), file.bytes);
      db_.insert(
          "INSERT INTO email_attachments (agency_id, email_id, filename, content_type, size_bytes, storage_key) "
          "VALUES (?, ?, ?, ?, ?, ?)",
          {agency, id, file.filename.substr(0, 255), file.content_type.substr(0, 127),
           static_cast<std::int64_t>(file.bytes.size()), key});
    }
    if (email.contact_id) {
      InteractionEntry entry;
      entry.agency_id = agency;
      entry.contact_id = *email.contact_id;
      entry.lead_id = email.lead_id;
      entry.property_id = email.property_id;
      entry.type = "email";
      entry.direction = "out";
      entry.summary = email.subject.substr(0, 300);
      entry.body = email.body_text;
      entry.meta = {{"email_id", id}, {"state", "queued"}};
      entry.user_id = email.user_id;
      entry.occurred_at = now;
      const auto interaction_id = interactions_.append(entry);
      db_.execute("UPDATE email_messages SET interaction_id = ? WHERE agency_id = ? AND id = ?",
                  {interaction_id, agency, id});
    }
    jobs_.enqueue({.kind = "email.send",
                   .payload = {{"email_id", id}},
                   .agency_id = agency,
                   .idempotency_key = "email.send:" + std::to_string(id),
                   .due_at = now});
  });
  return id;
}

nlohmann::json EmailOutbox::find(const Principal& caller, std::int64_t id) const {
  const auto row =
      db_.queryOne("SELECT * FROM email_messages WHERE agency_id = ? AND id = ?", {caller.agency_id, id});
  if (!row) throw ApiError::notFound();
  return toJson(*row);
}

OutgoingEmail EmailOutbox::outgoingOf(const Row& row) const {
  OutgoingEmail email;
  email.from_name = row.optionalText("from_name").value_or("");
  email.from_email = row.text("from_email");
  email.to = addressesOf(row.text("to_emails"));
  email.reply_to = row.optionalText("reply_to");
  email.subject = row.text("subject");
  email.body_text = row.optionalText("body_text").value_or("");
  email.body_html = row.optionalText("body_html").value_or("");
  email.message_id = row.text("message_id_header");
  email.in_reply_to = row.optionalText("in_reply_to");
  email.references = splitReferences(row.optionalText("references_header").value_or(""));
  email.date = clock_.now();
  if (const auto headers = row.optionalText("list_unsubscribe")) {
    email.headers = nlohmann::json::parse(*headers).get<std::map<std::string, std::string>>();
  }
  for (const auto& file :
       db_.query("SELECT filename, content_type, storage_key FROM email_attachments WHERE agency_id = ? AND "
                 "email_id = ? ORDER BY id",
                 {row.integer("agency_id"), row.integer("id")})) {
    auto bytes = media_.read(file.text("storage_key"));
    if (!bytes) throw SmtpError("Pièce jointe introuvable dans le stockage : " + file.text("filename"));
    email.attachments.push_back({file.text("filename"), file.text("content_type"), std::move(*bytes)});
  }
  return email;
}

void EmailOutbox::finish(const Row& row, const std::string& state,
                         const std::optional<std::string>& answer) const {
  const auto agency = row.integer("agency_id");
  const auto id = row.integer("id");
  db_.execute(
      "UPDATE email_messages SET state = ?, server_answer = ?, sent_at = ? WHERE agency_id = ? AND id = ?",
      {state, optionalValue(answer), state == "sent" ? SqlValue{clock_.now()} : SqlValue{nullptr}, agency,
       id});
  if (row.isNull("interaction_id")) return;
  nlohmann::json meta = {{"email_id", id}, {"state", state}};
  if (answer) meta["server_answer"] = *answer;
  interactions_.setMeta(agency, row.integer("interaction_id"), meta);
}

// Claims the email: queued or failed, or left "sending" for longer than a job's lock (its worker died
// mid-send: sent again, at least once rather than never). A delivery under way is never claimed twice.
void EmailOutbox::deliver(std::int64_t email_id) const {
  const auto now = clock_.now();
  const auto cut_off = now - std::chrono::milliseconds(jobs::kJobLock).count();
  const auto claimed = db_.execute(
      "UPDATE email_messages SET state = 'sending', claimed_at = ? WHERE id = ? AND direction = 'out' AND "
      "(state IN ('queued', 'failed') OR (state = 'sending' AND (claimed_at IS NULL OR claimed_at < ?)))",
      {now, email_id, cut_off});
  if (claimed == 0) return;
  const auto row = *db_.queryOne("SELECT * FROM email_messages WHERE id = ?", {email_id});
  const auto agency = row.integer("agency_id");
  try {
    auto account =
        row.isNull("account_id") ? std::nullopt : accounts_.smtpAccount(agency, row.integer("account_id"));
    if (!account) account = accounts_.senderFor(agency, row.optionalInteger("user_id"));
    if (!account) throw SmtpError("Aucun compte d'envoi (SMTP) n'est configuré pour cette agence.");
    SmtpSender(account->server).send(MimeMessageBuilder::build(outgoingOf(row)));
  } catch (const SmtpError& error) {
    finish(row, "failed", error.what());
    throw;
  }
  finish(row, "sent", std::nullopt);
}

}  // namespace logis
