#include "templates/template_module.hpp"

#include "core/crypto.hpp"
#include "templates/template_routes.hpp"
#include "templates/unsubscribe_routes.hpp"

namespace logis {

TemplateModule::TemplateModule(const Database& database, const Clock& clock, const Config& config,
                               const ContactService& contacts)
    : links_(crypto::SecretBox::fromKeyFile(config.secret_key_file).derivedKey("unsubscribe"),
             config.public_url),
      context_(database, config.public_url, links_),
      templates_(database, clock, context_),
      unsubscribe_(database, contacts, links_),
      alerts_(database, templates_, links_) {}

void TemplateModule::addRoutes(Router& router, const LeadService& leads) const {
  addTemplateRoutes(router, templates_, leads);
  addUnsubscribeRoutes(router, unsubscribe_);
}

}  // namespace logis
