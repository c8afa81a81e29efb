#pragma once

#include "app/services.hpp"
#include "jobs/job_registry.hpp"

namespace logis {

// Every job kind and periodic task the workers know, registered in one place: each module adds its line.
void registerJobHandlers(jobs::JobRegistry& registry, Services& services);

}  // namespace logis
