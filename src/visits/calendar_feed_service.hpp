#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "visits/visit_notice.hpp"

namespace logis::visits {

// A user's private iCalendar feed: a secret URL (32 random bytes, base64url, shown once; only its
// SHA-256 is stored) a phone or a calendar program subscribes to. Regenerating replaces the secret, so
// the old URL answers 404.
class CalendarFeedService {
 public:
  static constexpr EpochMs kPast = EpochMs{30} * 24 * 3600 * 1000;   // 30 days back
  static constexpr EpochMs kAhead = EpochMs{366} * 24 * 3600 * 1000;  // a year ahead

  CalendarFeedService(const Database& database, const Clock& clock, const VisitNotices& notices,
                      std::string public_url);

  // GET /api/v1/calendar-feed: {active, created_at}.
  nlohmann::json status(const Principal& caller) const;
  // POST /api/v1/calendar-feed: {url, created_at}, the secret in the URL (never shown again).
  nlohmann::json create(const Principal& caller) const;
  // DELETE /api/v1/calendar-feed.
  void remove(const Principal& caller) const;
  // The feed (METHOD PUBLISH) of the secret's user: every visit they are one of the agents of, from 30
  // days ago to a year ahead, cancelled ones as STATUS:CANCELLED; nullopt for an unknown secret (or a
  // user who may not sign in any more).
  std::optional<std::string> feed(const std::string& secret) const;

 private:
  const Database& db_;
  const Clock& clock_;
  const VisitNotices& notices_;
  std::string public_url_;
};

}  // namespace logis::visits
