#include "mail/inbound_mail_module.hpp"

#include "mail/conversation_routes.hpp"

namespace logis {

InboundMailModule::InboundMailModule(const Database& database, const Clock& clock, MediaStorage& media,
                                     const ContactService& contacts, const LeadModule& leads,
                                     const Config& config)
    : secrets_(crypto::SecretBox::fromKeyFile(config.secret_key_file)),
      inbound_(database, clock, media, contacts, leads.leads(), leads.interactions()),
      poller_(database, clock, secrets_, inbound_),
      conversations_(database, clock, media, contacts) {}

void InboundMailModule::addRoutes(Router& router) const {
  addConversationRoutes(router, conversations_);
}

}  // namespace logis
