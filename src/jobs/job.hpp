#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/clock.hpp"
#include "db/sql_value.hpp"

namespace logis::jobs {

// Work to do outside a request. The idempotency key names the work itself ("email.send:42"): queueing it
// twice answers the job already queued.
struct NewJob {
  std::string kind;
  nlohmann::json payload = nlohmann::json::object();
  std::optional<std::int64_t> agency_id;
  std::string idempotency_key;
  EpochMs due_at = 0;
  int max_attempts = 8;
};

// A row of the jobs table, as a handler and the admin page see it. `attempts` counts the runs started,
// this one included while it runs.
struct Job {
  std::int64_t id = 0;
  std::optional<std::int64_t> agency_id;
  std::string kind;
  nlohmann::json payload;
  std::string idempotency_key;
  std::string status;  // queued, running, done, failed, dead, cancelled
  int attempts = 0;
  int max_attempts = 0;
  EpochMs due_at = 0;
  std::optional<std::string> locked_by;
  std::optional<EpochMs> lock_expires_at;
  std::optional<std::string> last_error;
  EpochMs created_at = 0;
  EpochMs updated_at = 0;
  std::optional<EpochMs> finished_at;

  static Job fromRow(const Row& row);
};

// Thrown by a handler when retrying cannot help (the email was deleted, the address is refused for good):
// the job is dead at once instead of being retried.
class PermanentJobError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace logis::jobs
