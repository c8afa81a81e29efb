#pragma once

#include "http/router.hpp"
#include "jobs/job_queue.hpp"
#include "mail/mail_account_service.hpp"

namespace logis {

// /api/v1/mail-accounts: list, create; /{id}: patch, delete; /{id}/test: connect and authenticate;
// /{id}/poll: an imap mailbox polled by the worker now rather than at its next two-minute slot.
void addMailAccountRoutes(Router& router, const MailAccountService& accounts, const jobs::JobQueue& jobs);

}  // namespace logis
