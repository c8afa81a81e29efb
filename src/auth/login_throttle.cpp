#include "auth/login_throttle.hpp"

#include <algorithm>

namespace logis {
namespace {

constexpr EpochMs kWindowMs = 15 * 60 * 1000;
constexpr EpochMs kFirstLockMs = 30 * 1000;
constexpr EpochMs kLongestLockMs = 15 * 60 * 1000;

EpochMs lockDuration(std::int64_t failures, int threshold) {
  const auto doublings = std::min<std::int64_t>(failures - threshold, 10);
  return std::min(kFirstLockMs << doublings, kLongestLockMs);
}

}  // namespace

std::optional<std::int64_t> LoginThrottle::lockedFor(const std::string& subject) const {
  const auto row = db_.queryOne("SELECT locked_until FROM login_attempts WHERE subject = ?", {subject});
  const auto now = clock_.now();
  if (!row || row->integer("locked_until") <= now) return std::nullopt;
  return (row->integer("locked_until") - now + 999) / 1000;
}

void LoginThrottle::recordFailure(const std::string& subject, Limits limits) const {
  const auto now = clock_.now();
  db_.transaction([&] {
    const auto row =
        db_.queryOne("SELECT failures, last_failure_at FROM login_attempts WHERE subject = ?", {subject});
    const bool recent = row && now - row->integer("last_failure_at") < kWindowMs;
    const std::int64_t failures = recent ? row->integer("failures") + 1 : 1;
    const EpochMs locked_until =
        failures >= limits.threshold ? now + lockDuration(failures, limits.threshold) : 0;
    if (row) {
      db_.execute(
          "UPDATE login_attempts SET failures = ?, last_failure_at = ?, locked_until = ? WHERE subject = ?",
          {failures, now, locked_until, subject});
    } else {
      db_.execute(
          "INSERT INTO login_attempts (subject, failures, last_failure_at, locked_until) VALUES (?, ?, ?, ?)",
          {subject, failures, now, locked_until});
    }
  });
}

void LoginThrottle::reset(const std::string& subject) const {
  db_.execute("DELETE FROM login_attempts WHERE subject = ?", {subject});
}

}  // namespace logis
