#include "sms/sms_module.hpp"

#include "sms/sms_routes.hpp"

namespace logis::sms {

void SmsModule::addRoutes(Router& router) const {
  addSmsRoutes(router, settings_, messages_);
}

}  // namespace logis::sms
