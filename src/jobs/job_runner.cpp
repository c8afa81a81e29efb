#include "jobs/job_runner.hpp"

#include <unistd.h>

#include <array>
#include <atomic>

#include "core/log.hpp"
#include "jobs/retry_delay.hpp"

namespace logis::jobs {
namespace {

constexpr std::size_t kMaxErrorBytes = 2000;

// The error as stored in last_error: at most 2,000 bytes of valid UTF-8 (a mail server may answer in
// Latin-1, and MariaDB refuses invalid UTF-8), invalid bytes replaced by '?'.
std::string storedError(std::string_view message) {
  std::string clean;
  for (std::size_t i = 0; i < message.size() && clean.size() < kMaxErrorBytes;) {
    const auto lead = static_cast<unsigned char>(message[i]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x6  ? 2
                               : (lead >> 4) == 0xE  ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 0;
    bool valid = length > 0 && i + length <= message.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(message[i + k]) & 0xC0) == 0x80;
    }
    if (!valid) {
      clean += '?';
      ++i;
      continue;
    }
    if (clean.size() + length > kMaxErrorBytes) break;
    clean.append(message.substr(i, length));
    i += length;
  }
  return clean.empty() ? "?" : clean;
}

}  // namespace

JobRunner::JobRunner(const Database& database, const Clock& clock, const JobRegistry& registry,
                     std::string worker_id, std::chrono::seconds lock_duration)
    : jobs_(database),
      clock_(clock),
      registry_(registry),
      worker_id_(std::move(worker_id)),
      lock_duration_(lock_duration) {}

int JobRunner::runBatch(int limit) {
  const auto now = clock_.now();
  const auto lock_until = now + std::chrono::milliseconds(lock_duration_).count();
  const auto claimed = jobs_.claim(worker_id_, now, lock_until, limit);
  for (const auto& job : claimed) run(job);
  return static_cast<int>(claimed.size());
}

int JobRunner::runDue() {
  int ran = 0;
  for (int batch = runBatch(); batch > 0; batch = runBatch()) ran += batch;
  return ran;
}

void JobRunner::run(const Job& job) {
  // attempts already counts this run: past max_attempts, the job's worker died in every earlier run.
  if (job.attempts > job.max_attempts) {
    jobs_.markDead(job.id, worker_id_, "abandoned: its worker stopped during each of its attempts",
                   clock_.now());
    return;
  }
  const auto* handler = registry_.handler(job.kind);
  if (handler == nullptr) {
    jobs_.markDead(job.id, worker_id_, "no handler for the job kind '" + job.kind + "' in this worker",
                   clock_.now());
    log::error("job.dead", {{"job", job.id}, {"kind", job.kind}, {"error", "unknown kind"}});
    return;
  }
  try {
    (*handler)(job);
    jobs_.markDone(job.id, worker_id_, clock_.now());
  } catch (const PermanentJobError& error) {
    jobs_.markDead(job.id, worker_id_, storedError(error.what()), clock_.now());
    log::error("job.dead", {{"job", job.id}, {"kind", job.kind}, {"error", storedError(error.what())}});
  } catch (const std::exception& error) {
    failed(job, storedError(error.what()));
  }
}

void JobRunner::failed(const Job& job, const std::string& error) {
  const auto now = clock_.now();
  if (job.attempts >= job.max_attempts) {
    jobs_.markDead(job.id, worker_id_, error, now);
    log::error("job.dead",
               {{"job", job.id}, {"kind", job.kind}, {"attempts", job.attempts}, {"error", error}});
    return;
  }
  const auto jitter = std::uniform_real_distribution<double>(0.8, 1.2)(random_);
  const auto retry_at = now + retryDelay(job.attempts, jitter).count();
  jobs_.markFailed(job.id, worker_id_, retry_at, error, now);
  log::warn("job.failed",
            {{"job", job.id}, {"kind", job.kind}, {"attempts", job.attempts}, {"error", error}});
}

std::string newWorkerId() {
  static std::atomic<int> next{1};
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0) host = {'?'};
  return std::string(host.data()) + ":" + std::to_string(getpid()) + ":" + std::to_string(next++);
}

}  // namespace logis::jobs
