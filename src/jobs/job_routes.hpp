#pragma once

#include "http/router.hpp"
#include "jobs/job_service.hpp"

namespace logis {

// GET /api/v1/jobs (?status=, ?kind=, pagination) and POST /api/v1/jobs/{id}/retry: the admin page.
void addJobRoutes(Router& router, const jobs::JobService& jobs);

}  // namespace logis
