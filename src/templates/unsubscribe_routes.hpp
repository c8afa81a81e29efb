#pragma once

#include "http/router.hpp"
#include "templates/unsubscribe_service.hpp"

namespace logis {

// Public, no credentials: GET /desabonnement?t= shows a small French page asking to confirm (a GET
// changes nothing: mail scanners follow links); POST /desabonnement confirms, from that page's form or
// from a mail client's one-click button (RFC 8058: the token in the URL, "List-Unsubscribe=One-Click" in
// the body); POST /api/v1/public/unsubscribe {token} does the same for scripts and the web app.
void addUnsubscribeRoutes(Router& router, const UnsubscribeService& unsubscribe);

}  // namespace logis
