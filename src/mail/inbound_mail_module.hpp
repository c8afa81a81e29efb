#pragma once

#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "core/crypto.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "leads/lead_module.hpp"
#include "mail/conversation_service.hpp"
#include "mail/imap_mailbox_poller.hpp"
#include "mail/inbound_mail_service.hpp"
#include "storage/media_storage.hpp"

namespace logis {

// Email in, wired once: the inbound matching, the IMAP poller (the "mailbox.poll" job's work) and the
// inbox's routes, so the App holds one member for it.
class InboundMailModule {
 public:
  InboundMailModule(const Database& database, const Clock& clock, MediaStorage& media,
                    const ContactService& contacts, const LeadModule& leads, const Config& config);
  void addRoutes(Router& router) const;

  const InboundMailService& inbound() const { return inbound_; }
  const ImapMailboxPoller& poller() const { return poller_; }

 private:
  crypto::SecretBox secrets_;
  InboundMailService inbound_;
  ImapMailboxPoller poller_;
  ConversationService conversations_;
};

}  // namespace logis
