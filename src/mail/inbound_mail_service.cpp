#include "mail/inbound_mail_service.hpp"

#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/log.hpp"
#include "leads/lead_repository.hpp"
#include "mail/portal_parser.hpp"

namespace logis {
namespace {

// At most `max` bytes, cut on a UTF-8 character boundary.
std::string clipped(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  auto end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

SqlValue nullable(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

SqlValue nullableText(const std::string& text, std::size_t max) {
  return text.empty() ? SqlValue{nullptr} : SqlValue{clipped(text, max)};
}

std::string joined(const std::vector<MailAddress>& addresses) {
  std::string out;
  for (const auto& address : addresses) out += (out.empty() ? "" : ", ") + address.address;
  return out;
}

std::string joined(const std::vector<std::string>& lines, const char* separator) {
  std::string out;
  for (const auto& line : lines) out += (out.empty() ? "" : separator) + line;
  return out;
}

// Robots answer robots: a bounce or an auto-reply never becomes a lead.
bool automatedSender(const std::string& address) {
  for (const auto prefix : {"mailer-daemon@", "postmaster@", "no-reply@", "noreply@", "ne-pas-repondre@"}) {
    if (address.starts_with(prefix)) return true;
  }
  return address.empty();
}

// "Amélie Durand" -> {"Amélie", "Durand"}; a single word is the last name.
std::pair<std::optional<std::string>, std::optional<std::string>> splitName(const std::string& name) {
  const auto first = name.find_first_not_of(" \t\"'");
  if (first == std::string::npos) return {};
  const auto last = name.find_last_not_of(" \t\"'");
  const auto trimmed = name.substr(first, last - first + 1);
  const auto space = trimmed.find(' ');
  if (space == std::string::npos) return {std::nullopt, clipped(trimmed, 100)};
  return {clipped(trimmed.substr(0, space), 100), clipped(trimmed.substr(space + 1), 100)};
}

}  // namespace

InboundMailService::InboundMailService(const Database& database, const Clock& clock, MediaStorage& media,
                                       const ContactService& contacts, const LeadService& leads,
                                       const InteractionLog& interactions)
    : db_(database),
      clock_(clock),
      media_(media),
      contacts_(contacts),
      leads_(leads),
      interactions_(interactions) {}

std::optional<std::int64_t> InboundMailService::openLeadOf(std::int64_t agency_id,
                                                           std::int64_t contact_id) const {
  const auto row = db_.queryOne(
      "SELECT id FROM leads WHERE agency_id = ? AND contact_id = ? AND status IN ('new', 'in_progress') "
      "ORDER BY created_at DESC, id DESC LIMIT 1",
      {agency_id, contact_id});
  return row ? std::optional(row->integer("id")) : std::nullopt;
}

InboundMailService::Match InboundMailService::match(const MailboxPosition& position,
                                                    const ParsedMessage& message) const {
  Match found;
  std::vector<std::string> parents;
  if (message.in_reply_to) parents.push_back(*message.in_reply_to);
  parents.insert(parents.end(), message.references.rbegin(), message.references.rend());
  std::optional<std::int64_t> parent_contact;
  for (const auto& id : parents) {
    // Message-IDs are stored without angle brackets; with them is accepted too.
    const auto parent = db_.queryOne(
        "SELECT id, thread_id, contact_id, lead_id, property_id FROM email_messages "
        "WHERE agency_id = ? AND message_id_header IN (?, ?) ORDER BY id LIMIT 1",
        {position.agency_id, id, "<" + id + ">"});
    if (!parent) continue;
    found.thread_id = parent->optionalInteger("thread_id").value_or(parent->integer("id"));
    found.lead_id = parent->optionalInteger("lead_id");
    found.property_id = parent->optionalInteger("property_id");
    parent_contact = parent->optionalInteger("contact_id");
    break;
  }

  const auto portal = PortalParser::parse(message);
  const auto email = portal ? portal->email : std::optional(message.from.address);
  const auto phone = portal && portal->phone ? toE164(*portal->phone) : std::nullopt;
  const auto known = contacts_.findDuplicates(position.agency_id, email, phone);
  if (!known.empty()) {
    found.contact_id = known.front();
  } else if (!portal) {
    found.contact_id = parent_contact;
  }
  const bool creates =
      position.create_leads && (portal || (!found.contact_id && !automatedSender(message.from.address)));
  if (!creates) {
    if (found.contact_id && !found.lead_id) found.lead_id = openLeadOf(position.agency_id, *found.contact_id);
    return found;
  }

  if (!found.contact_id) {
    // The sender has no account: the contact is created for the agency, by nobody.
    const Principal mailbox{
        Principal::Via::api_token, position.agency_id, Role::manager, std::nullopt, 0, ""};
    nlohmann::json input = {{"allow_duplicate", true}};
    const auto [first_name, last_name] =
        portal ? std::pair(portal->first_name, portal->last_name) : splitName(message.from.name);
    if (first_name) input["first_name"] = clipped(*first_name, 100);
    if (last_name) input["last_name"] = clipped(*last_name, 100);
    if (email) input["email"] = *email;
    if (phone) input["phone"] = *phone;
    try {
      found.contact_id = contacts_.create(mailbox, input)["id"].get<std::int64_t>();
    } catch (const ApiError& error) {
      log::warn("inbound_contact_refused", {{"account_id", position.account_id}, {"reason", error.what()}});
      return found;
    }
  }
  std::optional<std::string> city;
  if (portal && portal->reference) {
    if (const auto property =
            LeadRepository(db_).propertyByReference(position.agency_id, *portal->reference)) {
      found.property_id = property->at("id").get<std::int64_t>();
      if (property->at("city").is_string()) city = property->at("city").get<std::string>();
    }
  }
  const auto text = portal && portal->message ? *portal->message : message.text_body;
  found.lead_id =
      leads_.createCaptured({.agency_id = position.agency_id,
                             .contact_id = *found.contact_id,
                             .source = portal ? portal->source : "email",
                             .property_id = found.property_id,
                             .city = city,
                             .message = text.empty() ? std::nullopt : std::optional(clipped(text, 5000))});
  return found;
}

void InboundMailService::storeAttachments(std::int64_t agency_id, std::int64_t email_id,
                                          const ParsedMessage& message) const {
  for (const auto& attachment : message.attachments) {
    const auto key = media_.put("emails/" + std::to_string(agency_id), attachment.bytes);
    db_.insert(
        "INSERT INTO email_attachments (agency_id, email_id, filename, content_type, size_bytes, "
        "storage_key) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {agency_id, email_id, clipped(attachment.filename, 255), clipped(attachment.content_type, 127),
         static_cast<std::int64_t>(attachment.bytes.size()), key});
  }
}

std::optional<std::int64_t> InboundMailService::receive(const MailboxPosition& position,
                                                        const ParsedMessage& message) const {
  const auto now = clock_.now();
  std::optional<std::int64_t> email_id;
  db_.transaction([&] {
    db_.execute("UPDATE mail_accounts SET uid_validity = ?, last_uid = ?, updated_at = ? WHERE id = ?",
                {position.uid_validity, position.uid, now, position.account_id});
    const auto stored = db_.queryOne(
        "SELECT id FROM email_messages WHERE account_id = ? AND ((imap_uid_validity = ? AND imap_uid = ?) OR "
        "(message_id_header = ? AND ? <> ''))",
        {position.account_id, position.uid_validity, position.uid, message.message_id, message.message_id});
    if (stored) return;

    const auto found = match(position, message);
    const auto message_id = message.message_id.empty() ? "logis-" + std::to_string(position.account_id) +
                                                             "-" + std::to_string(position.uid_validity) +
                                                             "-" + std::to_string(position.uid)
                                                       : message.message_id;
    const auto subject = clipped(message.subject, 500);
    email_id = db_.insert(
        "INSERT INTO email_messages (agency_id, direction, account_id, contact_id, lead_id, property_id, "
        "thread_id, message_id_header, in_reply_to, references_header, from_name, from_email, to_emails, "
        "cc_emails, reply_to, subject, body_text, body_html, state, imap_uid_validity, imap_uid, "
        "received_at, "
        "created_at, parse_notes) "
        "VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?)",
        {position.agency_id,
         position.account_id,
         nullable(found.contact_id),
         nullable(found.lead_id),
         nullable(found.property_id),
         nullable(found.thread_id),
         clipped(message_id, 255),
         nullableText(message.in_reply_to.value_or(""), 255),
         nullableText(joined(message.references, " "), 60000),
         nullableText(message.from.name, 200),
         clipped(message.from.address, 254),
         clipped(joined(message.to), 60000),
         nullableText(joined(message.cc), 60000),
         nullableText(message.reply_to ? message.reply_to->address : "", 254),
         subject,
         nullableText(message.text_body, 8 * 1024 * 1024),
         nullableText(message.html_body, 8 * 1024 * 1024),
         position.uid_validity,
         position.uid,
         now,
         now,
         nullableText(joined(message.skipped, "\n"), 60000)});
    if (!found.thread_id) db_.execute("UPDATE email_messages SET thread_id = id WHERE id = ?", {*email_id});
    storeAttachments(position.agency_id, *email_id, message);
    if (!message.skipped.empty()) {
      log::warn("inbound_mail_incomplete",
                {{"email_id", *email_id}, {"skipped", joined(message.skipped, "; ")}});
    }
    if (!found.contact_id) return;
    const auto interaction_id = interactions_.append(
        {.agency_id = position.agency_id,
         .contact_id = *found.contact_id,
         .lead_id = found.lead_id,
         .property_id = found.property_id,
         .type = "email",
         .direction = "in",
         .summary = clipped(subject.empty() ? "(sans objet)" : subject, 300),
         .body = message.text_body.empty() ? std::nullopt : std::optional(clipped(message.text_body, 60000)),
         .meta = {{"email_id", *email_id}},
         .user_id = std::nullopt,
         .occurred_at = message.date.value_or(now)});
    db_.execute("UPDATE email_messages SET interaction_id = ? WHERE id = ?", {interaction_id, *email_id});
  });
  return email_id;
}

}  // namespace logis
