#include "app/job_handlers.hpp"

#include "jobs/job_repository.hpp"

namespace logis {

void registerJobHandlers(jobs::JobRegistry& registry, Services& services) {
  registry.addPeriodic("jobs.purge", std::chrono::hours(1), [&services](EpochMs now) {
    constexpr EpochMs kKeptFor = EpochMs{30} * 24 * 3600 * 1000;  // done jobs stay a month on the admin page
    jobs::JobRepository(services.database).purgeFinished(now - kKeptFor);
  });
}

}  // namespace logis
