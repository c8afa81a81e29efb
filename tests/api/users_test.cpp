#include "test_server.hpp"

namespace logis::testing {
namespace {

class UsersTest : public ServerTest {};

std::string userPath(const nlohmann::json& user) {
  return "/api/v1/users/" + std::to_string(user["id"].get<int>());
}

TEST_F(UsersTest, AnAdminInvitesAUserWhoMustChangeTheTemporaryPassword) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto invited =
      admin.post("/api/v1/users", {{"email", "Paul@Alpha.fr"}, {"name", "Paul Durand"}, {"role", "agent"}});
  ASSERT_EQ(invited.status, 201) << invited.body;
  const auto body = invited.json();
  EXPECT_EQ(body["user"]["email"], "paul@alpha.fr");
  EXPECT_EQ(body["user"]["must_change_password"], true);
  const auto temporary = body["temporary_password"].get<std::string>();
  EXPECT_GE(temporary.size(), 12u);

  auto paul = client();
  ASSERT_EQ(paul.login("paul@alpha.fr", temporary).status, 200);
  EXPECT_EQ(paul.post("/api/v1/auth/password",
                      {{"current_password", temporary}, {"new_password", "mon nouveau mot de passe"}})
                .status,
            204);
  EXPECT_EQ(paul.get("/api/v1/auth/me").json()["user"]["must_change_password"], false);
}

TEST_F(UsersTest, ListIsPaginatedWithTheTotal) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  for (int i = 0; i < 4; ++i) makeUser("agent" + std::to_string(i) + "@alpha.fr", "agent");
  const auto page = admin.get("/api/v1/users?page=2&per_page=2").json();
  EXPECT_EQ(page["total"], 5);
  EXPECT_EQ(page["page"], 2);
  EXPECT_EQ(page["per_page"], 2);
  EXPECT_EQ(page["items"].size(), 2u);
}

TEST_F(UsersTest, AnEmailIsUsedOnce) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  makeUser("taken@beta.fr", "agent", "Agence Beta");
  const auto result =
      admin.post("/api/v1/users", {{"email", "TAKEN@beta.fr"}, {"name", "Double"}, {"role", "agent"}});
  EXPECT_EQ(result.status, 409);
  EXPECT_EQ(result.json()["error"]["fields"]["email"], "Un compte existe déjà avec cette adresse e-mail.");
  EXPECT_EQ(countRows("users"), 2);
}

TEST_F(UsersTest, RoleChangesApplyAtTheNextRequest) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  auto manager = loggedIn("gestion@alpha.fr", "manager");
  EXPECT_EQ(manager.get("/api/v1/users").status, 200);
  const auto me = manager.get("/api/v1/auth/me").json()["user"];
  const auto changed = admin.patch(userPath(me), {{"role", "agent"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["role"], "agent");
  EXPECT_EQ(manager.get("/api/v1/users").status, 403);
}

TEST_F(UsersTest, DeactivationEndsSessionsAndRefusesLogin) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  auto agent = loggedIn("agent@alpha.fr", "agent");
  const auto me = agent.get("/api/v1/auth/me").json()["user"];
  const auto result = admin.del(userPath(me));
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.json()["active"], false);
  EXPECT_EQ(agent.get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(client().login("agent@alpha.fr", kPassword).status, 401);
  EXPECT_EQ(admin.patch(userPath(me), {{"active", true}}).status, 200);
  EXPECT_EQ(client().login("agent@alpha.fr", kPassword).status, 200);
}

TEST_F(UsersTest, AnAdminCannotLockThemselvesOut) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto me = admin.get("/api/v1/auth/me").json()["user"];
  EXPECT_EQ(admin.del(userPath(me)).status, 409);
  EXPECT_EQ(admin.patch(userPath(me), {{"role", "agent"}}).status, 409);
  EXPECT_EQ(admin.get("/api/v1/auth/me").json()["user"]["role"], "admin");
}

TEST_F(UsersTest, RolesLimitWhoSeesAndManagesPeople) {
  auto manager = loggedIn("gestion@alpha.fr", "manager");
  auto agent = loggedIn("agent@alpha.fr", "agent");
  auto customer = loggedIn("client@alpha.fr", "client");
  const nlohmann::json invite = {{"email", "new@alpha.fr"}, {"name", "New"}, {"role", "agent"}};
  EXPECT_EQ(manager.post("/api/v1/users", invite).status, 403);
  EXPECT_EQ(agent.get("/api/v1/users").status, 403);
  EXPECT_EQ(customer.get("/api/v1/users").status, 403);
  EXPECT_EQ(customer.get("/api/v1/api-tokens").status, 403);
  EXPECT_EQ(manager.get("/api/v1/api-tokens").status, 403);
  EXPECT_EQ(customer.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(countRows("users"), 3);
}

}  // namespace
}  // namespace logis::testing
