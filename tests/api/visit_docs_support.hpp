#pragma once

#include <string>
#include <vector>

#include "core/paris_time.hpp"
#include "core/time_format.hpp"
#include "test_server.hpp"

namespace logis::testing {

// An agency with a manager, two agents, a house in Évreux and two visitors, and visits booked in it.
class VisitDocsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    agent_id_ = makeUser("agent@alpha.fr", "agent").id;
    agent_ = client();
    agent_.login("agent@alpha.fr", kPassword);
    const auto property = manager_.post("/api/v1/properties", {{"transaction", "sale"},
                                                               {"type", "house"},
                                                               {"title", "Maison de ville"},
                                                               {"street", "3 rue de la Harpe"},
                                                               {"postal_code", "27000"},
                                                               {"city", "Évreux"},
                                                               {"price_cents", 24500000},
                                                               {"agent_id", agent_id_}});
    EXPECT_EQ(property.status, 201) << property.body;
    property_id_ = property.json()["id"];
    claire_ = contact("Claire", "Martin", "claire@example.fr");
    jean_pierre_ = contact("Jean-Pierre", "Durand", "jp@example.fr");
  }

  std::int64_t contact(const std::string& first_name, const std::string& last_name,
                       const std::string& email) {
    const auto result = manager_.post(
        "/api/v1/contacts", {{"first_name", first_name}, {"last_name", last_name}, {"email", email}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"];
  }

  // A visit of 45 minutes booked through the API (of the house unless said otherwise); a planned visit in the
  // past is booked the day before it, as it happens, then the clock comes back; a cancelled one is booked
  // then cancelled.
  std::int64_t bookVisit(const std::string& starts_at, const std::vector<std::int64_t>& contact_ids,
                         const std::string& status = "planned",
                         std::optional<std::int64_t> property_id = {}) {
    const auto starts = *parseIsoInstant(starts_at);
    const bool recorded = status == "done" || status == "no_show";
    const auto back = recorded || starts > clock_->now() ? 0 : (clock_->now() - starts) / 1000 + 86400;
    clock_->advanceSeconds(-back);
    const auto result = manager_.post("/api/v1/visits", {{"property_id", property_id.value_or(property_id_)},
                                                         {"contact_ids", contact_ids},
                                                         {"agent_id", agent_id_},
                                                         {"starts_at", starts_at},
                                                         {"ends_at", isoUtc(starts + 45 * 60 * 1000)},
                                                         {"status", recorded ? status : "planned"}});
    clock_->advanceSeconds(back);
    EXPECT_EQ(result.status, 201) << result.body;
    const auto id = result.json()["id"].get<std::int64_t>();
    if (status == "cancelled") {
      EXPECT_EQ(manager_.del(visitPath(id)).status, 200);
    }
    return id;
  }

  std::string visitPath(std::int64_t id) const { return "/api/v1/visits/" + std::to_string(id); }
  std::string propertyPath() const { return "/api/v1/properties/" + std::to_string(property_id_); }

  std::string visitStatus(std::int64_t id) const {
    return app_->database().query("SELECT status FROM visits WHERE id = ?", {id}).at(0).text("status");
  }
  std::int64_t visitSequence(std::int64_t id) const {
    return app_->database().query("SELECT sequence FROM visits WHERE id = ?", {id}).at(0).integer("sequence");
  }

  // The contact's timeline entries of type visit with that summary, newest first.
  nlohmann::json visitEntries(std::int64_t contact_id, const std::string& summary) {
    const auto result = manager_.get("/api/v1/contacts/" + std::to_string(contact_id) +
                                     "/interactions?type=visit&per_page=100");
    EXPECT_EQ(result.status, 200) << result.body;
    const auto body = result.json();
    auto entries = nlohmann::json::array();
    for (const auto& entry : body["items"]) {
      if (entry["summary"] == summary) entries.push_back(entry);
    }
    return entries;
  }

  ApiClient manager_{0};
  ApiClient agent_{0};
  std::int64_t agent_id_ = 0;
  std::int64_t property_id_ = 0;
  std::int64_t claire_ = 0;
  std::int64_t jean_pierre_ = 0;
};

}  // namespace logis::testing
