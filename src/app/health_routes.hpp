#pragma once

#include "db/database.hpp"
#include "http/router.hpp"

namespace logis {

// GET /healthz: the process answers. GET /readyz: and its database answers too (503 otherwise).
void addHealthRoutes(Router& router, const Database& database);

}  // namespace logis
