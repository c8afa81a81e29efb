#pragma once

#include "http/router.hpp"
#include "leads/public_capture_service.hpp"

namespace logis {

// POST /api/v1/public/leads (JSON or an HTML form, no credentials, 16 KB at most) and its CORS preflight.
void addPublicCaptureRoutes(Router& router, const PublicCaptureService& capture);

}  // namespace logis
