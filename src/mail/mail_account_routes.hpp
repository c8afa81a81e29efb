#pragma once

#include "http/router.hpp"
#include "mail/mail_account_service.hpp"

namespace logis {

// /api/v1/mail-accounts: list, create; /{id}: patch, delete; /{id}/test: connect and authenticate.
void addMailAccountRoutes(Router& router, const MailAccountService& accounts);

}  // namespace logis
