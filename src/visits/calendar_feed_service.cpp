#include "visits/calendar_feed_service.hpp"

#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/time_format.hpp"
#include "visits/visit_calendar.hpp"

namespace logis::visits {
namespace {

// A feed is a person's: an API token (no user) has none.
std::int64_t userOf(const Principal& caller) {
  if (!caller.user_id) throw ApiError::forbidden();
  return *caller.user_id;
}

}  // namespace

CalendarFeedService::CalendarFeedService(const Database& database, const Clock& clock, const VisitNotices& notices,
                                         std::string public_url)
    : db_(database), clock_(clock), notices_(notices), public_url_(std::move(public_url)) {
  while (public_url_.ends_with('/')) public_url_.pop_back();
}

nlohmann::json CalendarFeedService::status(const Principal& caller) const {
  const auto row = db_.queryOne("SELECT created_at FROM calendar_feeds WHERE agency_id = ? AND user_id = ?",
                                {caller.agency_id, userOf(caller)});
  return {{"active", row.has_value()},
          {"created_at", row ? nlohmann::json(isoUtc(row->integer("created_at"))) : nlohmann::json()}};
}

nlohmann::json CalendarFeedService::create(const Principal& caller) const {
  const auto secret = crypto::randomToken(32);
  const auto now = clock_.now();
  db_.transaction([&] {
    db_.execute("DELETE FROM calendar_feeds WHERE user_id = ?", {userOf(caller)});
    db_.execute("INSERT INTO calendar_feeds (user_id, agency_id, token_hash, created_at) VALUES (?, ?, ?, ?)",
                {userOf(caller), caller.agency_id, crypto::sha256Hex(secret), now});
  });
  return {{"url", public_url_ + "/api/v1/public/calendar/" + secret + ".ics"}, {"created_at", isoUtc(now)}};
}

void CalendarFeedService::remove(const Principal& caller) const {
  db_.execute("DELETE FROM calendar_feeds WHERE agency_id = ? AND user_id = ?", {caller.agency_id, userOf(caller)});
}

std::optional<std::string> CalendarFeedService::feed(const std::string& secret) const {
  if (secret.size() < 40 || secret.size() > 64) return std::nullopt;
  const auto owner = db_.queryOne(
      "SELECT f.user_id, f.agency_id, u.name FROM calendar_feeds f JOIN users u ON u.id = f.user_id AND "
      "u.agency_id = f.agency_id WHERE f.token_hash = ? AND u.active = 1",
      {crypto::sha256Hex(secret)});
  if (!owner) return std::nullopt;
  const auto agency_id = owner->integer("agency_id");
  const auto now = clock_.now();
  std::vector<CalendarEvent> events;
  for (const auto& row : db_.query(
           "SELECT v.id FROM visits v JOIN visit_agents a ON a.visit_id = v.id AND a.agency_id = v.agency_id "
           "WHERE v.agency_id = ? AND a.user_id = ? AND v.ends_at > ? AND v.starts_at < ? ORDER BY v.starts_at, v.id",
           {agency_id, owner->integer("user_id"), now - kPast, now + kAhead})) {
    if (const auto visit = notices_.load(agency_id, row.integer("id"))) events.push_back(notices_.notice(*visit).event());
  }
  return calendarDocument("PUBLISH", notices_.zone(agency_id), events, now, "Logis – " + owner->text("name"));
}

}  // namespace logis::visits
