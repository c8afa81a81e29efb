#include "jobs/job_registry.hpp"

#include <stdexcept>

namespace logis::jobs {

void JobRegistry::add(const std::string& kind, JobHandler handler) {
  if (!handlers_.emplace(kind, std::move(handler)).second) {
    throw std::logic_error("job kind registered twice: " + kind);
  }
}

void JobRegistry::addPeriodic(const std::string& name, std::chrono::seconds interval,
                              std::function<void(EpochMs now)> run) {
  if (interval.count() < 1) throw std::logic_error("periodic task without an interval: " + name);
  periodic_.push_back({name, interval, std::move(run)});
}

const JobHandler* JobRegistry::handler(const std::string& kind) const {
  const auto found = handlers_.find(kind);
  return found == handlers_.end() ? nullptr : &found->second;
}

}  // namespace logis::jobs
