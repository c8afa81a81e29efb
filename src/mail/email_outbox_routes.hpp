#pragma once

#include "http/router.hpp"
#include "mail/email_outbox.hpp"

namespace logis {

// POST /api/v1/emails (queue an email: 202), GET /api/v1/emails/{id} (its delivery state).
void addEmailRoutes(Router& router, const EmailOutbox& outbox);

}  // namespace logis
