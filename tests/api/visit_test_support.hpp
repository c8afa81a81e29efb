#pragma once

#include <string>

#include "test_server.hpp"

namespace logis::testing {

// A manager and two agents of Agence Alpha, a property in Lyon and a buyer: what a visit needs.
class VisitServerTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    agent_ = makeUser("marie@alpha.fr", "agent");
    other_agent_ = makeUser("paul@alpha.fr", "agent");
    agent_api_ = client();
    EXPECT_EQ(agent_api_.login("marie@alpha.fr", kPassword).status, 200);
    property_ = createProperty(manager_, "Appartement T3");
    buyer_ = createContact(manager_, "Claire", "Martin");
  }

  static std::int64_t idOf(const nlohmann::json& object) { return object.at("id").get<std::int64_t>(); }

  static nlohmann::json createProperty(ApiClient& as, const std::string& title) {
    const auto result = as.post("/api/v1/properties", {{"transaction", "sale"},
                                                       {"type", "apartment"},
                                                       {"title", title},
                                                       {"street", "12 rue Victor Hugo"},
                                                       {"postal_code", "69002"},
                                                       {"city", "Lyon"}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  static nlohmann::json createContact(ApiClient& as, const std::string& first_name,
                                      const std::string& last_name) {
    const auto result = as.post("/api/v1/contacts", {{"first_name", first_name}, {"last_name", last_name}});
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  // A visit of the property by the buyer with the agent; `changes` override any field.
  nlohmann::json visitBody(const std::string& starts_at, const std::string& ends_at,
                           const nlohmann::json& changes = nlohmann::json::object()) const {
    nlohmann::json body = {{"property_id", idOf(property_)},
                           {"contact_ids", {idOf(buyer_)}},
                           {"agent_id", agent_.id},
                           {"starts_at", starts_at},
                           {"ends_at", ends_at}};
    body.update(changes);
    return body;
  }

  nlohmann::json book(const nlohmann::json& body, ApiClient* as = nullptr) {
    const auto result = (as ? *as : manager_).post("/api/v1/visits", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json();
  }

  static std::string visitPath(const nlohmann::json& visit) {
    return "/api/v1/visits/" + std::to_string(idOf(visit));
  }

  ApiClient manager_{0};
  ApiClient agent_api_{0};
  User agent_;
  User other_agent_;
  nlohmann::json property_;
  nlohmann::json buyer_;
};

}  // namespace logis::testing
