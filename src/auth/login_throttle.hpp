#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// Failed logins per subject ('account:<email>', 'ip:<address>'), kept in the database so every server
// sees them. After `threshold` failures within the window, each further failure locks the subject for a
// doubling delay (30 s, 1 min, 2 min, ...) up to 15 minutes.
class LoginThrottle {
 public:
  struct Limits {
    int threshold;
  };
  static constexpr Limits kAccount{5};
  static constexpr Limits kIp{30};

  LoginThrottle(const Database& database, const Clock& clock) : db_(database), clock_(clock) {}

  // Seconds the subject must still wait, if it is locked.
  std::optional<std::int64_t> lockedFor(const std::string& subject) const;
  void recordFailure(const std::string& subject, Limits limits) const;
  void reset(const std::string& subject) const;

 private:
  const Database& db_;
  const Clock& clock_;
};

}  // namespace logis
