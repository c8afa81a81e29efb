#include "jobs/worker.hpp"

#include <condition_variable>
#include <mutex>

#include "core/log.hpp"

namespace logis::jobs {

Worker::Worker(const Database& database, const Clock& clock, const JobRegistry& registry,
               std::chrono::milliseconds idle_sleep)
    : clock_(clock),
      registry_(registry),
      runner_(database, clock, registry, newWorkerId()),
      idle_sleep_(idle_sleep) {}

int Worker::runOnce() {
  const auto now = clock_.now();
  for (const auto& task : registry_.periodicTasks()) runPeriodic(task, now);
  return runner_.runDue();
}

void Worker::run(std::stop_token stop) {
  log::info("worker.started", {{"worker", runner_.workerId()}});
  std::mutex mutex;
  std::condition_variable_any wake;
  while (!stop.stop_requested()) {
    if (runStep(clock_.now())) continue;
    std::unique_lock lock(mutex);
    wake.wait_for(lock, stop, idle_sleep_, [] { return false; });
  }
  log::info("worker.stopped", {{"worker", runner_.workerId()}});
}

// One job, after the periodic tasks whose time has come; false when there was nothing to run (or the
// database failed: the worker then waits before trying again).
bool Worker::runStep(EpochMs now) {
  for (const auto& task : registry_.periodicTasks()) {
    const auto next = next_periodic_run_.find(task.name);
    if (next != next_periodic_run_.end() && next->second > now) continue;
    runPeriodic(task, now);
  }
  try {
    return runner_.runBatch() > 0;
  } catch (const std::exception& error) {
    log::error("worker.claim_failed", {{"worker", runner_.workerId()}, {"error", error.what()}});
    return false;
  }
}

void Worker::runPeriodic(const PeriodicTask& task, EpochMs now) {
  next_periodic_run_[task.name] = now + std::chrono::milliseconds(task.interval).count();
  try {
    task.run(now);
  } catch (const std::exception& error) {
    log::error("worker.periodic_failed", {{"task", task.name}, {"error", error.what()}});
  }
}

}  // namespace logis::jobs
