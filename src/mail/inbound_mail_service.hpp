#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "leads/lead_service.hpp"
#include "mail/mime_parser.hpp"
#include "storage/media_storage.hpp"

namespace logis {

// The mailbox a message came from, and where in it.
struct MailboxPosition {
  std::int64_t account_id = 0;
  std::int64_t agency_id = 0;
  bool create_leads = false;
  std::int64_t uid_validity = 0;
  std::int64_t uid = 0;
};

// A received email enters Logis: stored once per mailbox position with its attachments, threaded by
// In-Reply-To/References on the agency's emails, matched to the contact by the sender's address (or the
// person a portal notification names), to the parent's lead or the contact's most recent open lead, and
// logged on the timeline. An unknown sender becomes a contact and a lead (source "email", or the portal's
// code) when the account creates leads; otherwise the message is stored unmatched.
class InboundMailService {
 public:
  InboundMailService(const Database& database, const Clock& clock, MediaStorage& media,
                     const ContactService& contacts, const LeadService& leads,
                     const InteractionLog& interactions);

  // The stored email's id; nullopt when this position (or this Message-ID in this account) is stored
  // already. Advances the account's uid_validity and last_uid in the same transaction.
  std::optional<std::int64_t> receive(const MailboxPosition& position, const ParsedMessage& message) const;

 private:
  struct Match {
    std::optional<std::int64_t> thread_id;
    std::optional<std::int64_t> contact_id;
    std::optional<std::int64_t> lead_id;
    std::optional<std::int64_t> property_id;
  };
  Match match(const MailboxPosition& position, const ParsedMessage& message) const;
  std::optional<std::int64_t> openLeadOf(std::int64_t agency_id, std::int64_t contact_id) const;
  void storeAttachments(std::int64_t agency_id, std::int64_t email_id, const ParsedMessage& message) const;

  const Database& db_;
  const Clock& clock_;
  MediaStorage& media_;
  const ContactService& contacts_;
  const LeadService& leads_;
  const InteractionLog& interactions_;
};

}  // namespace logis
