#include "test_server.hpp"

namespace logis::testing {
namespace {

// A user of agency A gets 404 for every object of agency B, whatever the method.
class IsolationTest : public ServerTest {};

TEST_F(IsolationTest, AnotherAgencysObjectsAreNotFound) {
  auto alpha = loggedIn("admin@alpha.fr", "admin", "Agence Alpha");
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  const auto beta_agent = makeUser("agent@beta.fr", "agent", "Agence Beta");
  const auto beta_token = beta.post("/api/v1/api-tokens", {{"name", "Beta site"}}).json();
  const auto user_path = "/api/v1/users/" + std::to_string(beta_agent.id);
  const auto token_path = "/api/v1/api-tokens/" + std::to_string(beta_token["id"].get<int>());

  for (const auto& result :
       {alpha.patch(user_path, {{"name", "Pirate"}}), alpha.del(user_path), alpha.del(token_path)}) {
    EXPECT_EQ(result.status, 404) << result.body;
    EXPECT_EQ(result.json()["error"]["code"], "not_found");
  }
  const auto users = alpha.get("/api/v1/users?per_page=100").json();
  EXPECT_EQ(users["total"], 1);
  for (const auto& user : users["items"]) EXPECT_EQ(user["agency_name"], "Agence Alpha");
  EXPECT_EQ(alpha.get("/api/v1/api-tokens").json()["total"], 0);

  // Nothing of Beta's changed.
  const auto beta_users = beta.get("/api/v1/users").json();
  EXPECT_EQ(beta_users["total"], 2);
  for (const auto& user : beta_users["items"]) {
    EXPECT_TRUE(user["active"].get<bool>());
    EXPECT_NE(user["name"], "Pirate");
  }
  EXPECT_TRUE(beta.get("/api/v1/api-tokens").json()["items"][0]["revoked_at"].is_null());
}

TEST_F(IsolationTest, ATokenOnlySeesItsOwnAgency) {
  auto alpha = loggedIn("admin@alpha.fr", "admin", "Agence Alpha");
  loggedIn("admin@beta.fr", "admin", "Agence Beta");
  auto integration = client();
  integration.bearer = alpha.post("/api/v1/api-tokens", {{"name", "CRM sync"}}).json()["token"];
  const auto users = integration.get("/api/v1/users").json();
  EXPECT_EQ(users["total"], 1);
  EXPECT_EQ(users["items"][0]["email"], "admin@alpha.fr");
}

}  // namespace
}  // namespace logis::testing
