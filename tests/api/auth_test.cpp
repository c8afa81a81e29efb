#include "test_server.hpp"

namespace logis::testing {
namespace {

class AuthTest : public ServerTest {};

TEST_F(AuthTest, LoginSetsAnHttpOnlySessionCookieAndReturnsTheUser) {
  makeUser("anne@alpha.fr", "agent");
  auto api = client();
  const auto result = api.login("Anne@Alpha.fr ", kPassword);
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.json()["user"]["email"], "anne@alpha.fr");
  EXPECT_EQ(result.json()["user"]["role"], "agent");
  EXPECT_FALSE(result.json()["user"].contains("password_hash"));
  const auto cookie = result.header("Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("logis_session=")) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(api.session.size(), 43u);  // 256 bits, base64url
  EXPECT_EQ(api.get("/api/v1/auth/me").json()["user"]["email"], "anne@alpha.fr");
}

TEST_F(AuthTest, EachLoginGetsANewToken) {
  makeUser("anne@alpha.fr", "agent");
  auto first = client();
  auto second = client();
  first.login("anne@alpha.fr", kPassword);
  second.login("anne@alpha.fr", kPassword);
  EXPECT_NE(first.session, second.session);
  EXPECT_EQ(first.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(second.get("/api/v1/auth/me").status, 200);
}

TEST_F(AuthTest, SessionTokensAreStoredHashed) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  const auto stored = app_->database().query("SELECT token_hash FROM sessions");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_NE(stored[0].text("token_hash"), api.session);
  EXPECT_EQ(stored[0].text("token_hash").size(), 64u);
}

TEST_F(AuthTest, WrongPasswordAndUnknownEmailGetTheSameAnswer) {
  makeUser("anne@alpha.fr", "agent");
  auto api = client();
  const auto wrong = api.login("anne@alpha.fr", "not-the-right-password");
  const auto unknown = api.login("nobody@alpha.fr", kPassword);
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json()["error"]["message"], "Adresse e-mail ou mot de passe incorrect.");
  EXPECT_EQ(wrong.json()["error"], unknown.json()["error"]);
  EXPECT_EQ(countRows("sessions"), 0);
}

TEST_F(AuthTest, ErrorsSpeakEnglishWhenAsked) {
  auto api = client();
  api.accept_language = "en-GB,en;q=0.9,fr;q=0.5";
  EXPECT_EQ(api.login("nobody@alpha.fr", kPassword).json()["error"]["message"],
            "Wrong email address or password.");
}

TEST_F(AuthTest, RepeatedFailuresLockTheAccountWithGrowingDelays) {
  makeUser("anne@alpha.fr", "agent");
  auto api = client();
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(api.login("anne@alpha.fr", "wrong-password-" + std::to_string(i)).status, 401);
  auto locked = api.login("anne@alpha.fr", kPassword);  // even the right password waits
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.header("Retry-After"), "30") << locked.body;
  EXPECT_EQ(locked.json()["error"]["code"], "login_locked");

  clock_->advanceSeconds(31);
  EXPECT_EQ(api.login("anne@alpha.fr", "wrong-again-password").status, 401);
  EXPECT_EQ(api.login("anne@alpha.fr", kPassword).header("Retry-After"), "60");  // the delay doubled

  clock_->advanceSeconds(61);
  EXPECT_EQ(api.login("anne@alpha.fr", kPassword).status, 200);
  EXPECT_EQ(api.login("anne@alpha.fr", "wrong-once-more-pw").status, 401);  // success reset the count
  EXPECT_EQ(api.login("anne@alpha.fr", kPassword).status, 200);
}

TEST_F(AuthTest, ManyFailuresFromOneAddressLockThatAddress) {
  makeUser("anne@alpha.fr", "agent");
  auto api = client();
  for (int i = 0; i < 30; ++i) api.login("user" + std::to_string(i) + "@alpha.fr", "wrong-password-xyz");
  EXPECT_EQ(api.login("anne@alpha.fr", kPassword).status, 429);
}

TEST_F(AuthTest, AnIdleSessionExpiresAfterThirtyMinutes) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  clock_->advanceSeconds(29 * 60);
  EXPECT_EQ(api.get("/api/v1/auth/me").status, 200);  // activity keeps it alive
  clock_->advanceSeconds(29 * 60);
  EXPECT_EQ(api.get("/api/v1/auth/me").status, 200);
  clock_->advanceSeconds(31 * 60);
  EXPECT_EQ(api.get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(countRows("sessions"), 0);
}

TEST_F(AuthTest, AnActiveSessionEndsAfterTwelveHours) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  for (int step = 0; step < 24; ++step) {
    clock_->advanceSeconds(29 * 60);
    ASSERT_EQ(api.get("/api/v1/auth/me").status, 200) << "step " << step;
  }
  clock_->advanceSeconds(29 * 60);  // 12 h 25 min after login
  EXPECT_EQ(api.get("/api/v1/auth/me").status, 401);
}

TEST_F(AuthTest, LogoutEndsTheSessionOnTheServer) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  const auto stolen = api.session;
  const auto result = api.send("POST", "/api/v1/auth/logout", "", "");
  EXPECT_EQ(result.status, 204);
  EXPECT_NE(result.header("Set-Cookie").find("Max-Age=0"), std::string::npos);
  auto replay = client();
  replay.session = stolen;
  EXPECT_EQ(replay.get("/api/v1/auth/me").status, 401);
}

TEST_F(AuthTest, UnsafeMethodsUnderACookieNeedTheCsrfToken) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  const auto token = api.csrf_token;
  api.csrf_token.clear();
  auto missing = api.post("/api/v1/auth/password",
                          {{"current_password", kPassword}, {"new_password", "a-brand-new-passphrase"}});
  EXPECT_EQ(missing.status, 403);
  EXPECT_EQ(missing.json()["error"]["code"], "csrf_failed");
  api.csrf_token = "forged-token";
  EXPECT_EQ(api.send("POST", "/api/v1/auth/logout", "", "").status, 403);
  EXPECT_EQ(api.get("/api/v1/auth/me").status, 200);  // the forged logout did nothing
  api.csrf_token = token;
  EXPECT_EQ(api.get("/api/v1/auth/me").json()["csrf_token"], token);
  EXPECT_EQ(api.send("POST", "/api/v1/auth/logout", "", "").status, 204);
}

TEST_F(AuthTest, PasswordChangeEndsTheOtherSessions) {
  auto here = loggedIn("anne@alpha.fr", "agent");
  auto elsewhere = client();
  elsewhere.login("anne@alpha.fr", kPassword);
  const auto result = here.post("/api/v1/auth/password", {{"current_password", kPassword},
                                                          {"new_password", "une phrase bien plus longue"}});
  EXPECT_EQ(result.status, 204) << result.body;
  EXPECT_EQ(here.get("/api/v1/auth/me").status, 200);
  EXPECT_EQ(elsewhere.get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(client().login("anne@alpha.fr", kPassword).status, 401);
  EXPECT_EQ(client().login("anne@alpha.fr", "une phrase bien plus longue").status, 200);
}

TEST_F(AuthTest, PasswordChangeNamesTheFieldToCorrect) {
  auto api = loggedIn("anne@alpha.fr", "agent");
  auto wrong = api.post("/api/v1/auth/password", {{"current_password", "not-my-password"},
                                                  {"new_password", "une phrase bien plus longue"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.json()["error"]["fields"]["current_password"], "Le mot de passe actuel est incorrect.");
  auto short_one =
      api.post("/api/v1/auth/password", {{"current_password", kPassword}, {"new_password", "court"}});
  EXPECT_EQ(short_one.status, 422);
  EXPECT_EQ(short_one.json()["error"]["fields"]["new_password"],
            "Le mot de passe doit contenir au moins 12 caractères.");
  auto common =
      api.post("/api/v1/auth/password", {{"current_password", kPassword}, {"new_password", "Motdepasse123"}});
  EXPECT_EQ(common.json()["error"]["fields"]["new_password"],
            "Ce mot de passe est trop courant : choisissez-en un autre.");
  EXPECT_EQ(client().login("anne@alpha.fr", kPassword).status, 200);  // unchanged
}

TEST_F(AuthTest, BearerTokensActForTheAgencyWithTheirRole) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto created = admin.post("/api/v1/api-tokens", {{"name", "Site web"}, {"role", "manager"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto secret = created.json()["token"].get<std::string>();
  EXPECT_TRUE(secret.starts_with("lgs_"));

  auto integration = client();
  integration.bearer = secret;
  const auto users = integration.get("/api/v1/users");
  EXPECT_EQ(users.status, 200);
  EXPECT_EQ(users.json()["total"], 1);
  // A manager token reads but does not manage people; no CSRF token is needed for a bearer.
  EXPECT_EQ(
      integration.post("/api/v1/users", {{"email", "x@alpha.fr"}, {"name", "X"}, {"role", "agent"}}).status,
      403);
  EXPECT_EQ(integration.get("/api/v1/auth/me").status, 403);

  const auto listed = admin.get("/api/v1/api-tokens").json();
  EXPECT_EQ(listed["total"], 1);
  EXPECT_FALSE(listed["items"][0].contains("token"));
  EXPECT_FALSE(listed["items"][0]["last_used_at"].is_null());

  EXPECT_EQ(admin.del("/api/v1/api-tokens/" + std::to_string(created.json()["id"].get<int>())).status, 204);
  const auto revoked = integration.get("/api/v1/users");
  EXPECT_EQ(revoked.status, 401);
  EXPECT_EQ(revoked.json()["error"]["code"], "invalid_token");
}

TEST_F(AuthTest, AnUnknownBearerIsRefused) {
  auto api = client();
  api.bearer = "lgs_not-a-real-token";
  EXPECT_EQ(api.get("/api/v1/users").status, 401);
}

TEST_F(AuthTest, ApiTokensCannotBeAdmins) {
  auto admin = loggedIn("admin@alpha.fr", "admin");
  const auto result = admin.post("/api/v1/api-tokens", {{"name", "Root"}, {"role", "admin"}});
  EXPECT_EQ(result.status, 422);
  EXPECT_TRUE(result.json()["error"]["fields"].contains("role"));
  EXPECT_EQ(countRows("api_tokens"), 0);
}

TEST_F(AuthTest, StoppingWaitsForARequestInFlight) {
  makeUser("anne@alpha.fr", "agent");
  HttpResult login;
  std::thread slow([&] { login = client().login("anne@alpha.fr", kPassword); });  // Argon2id takes a while
  std::this_thread::sleep_for(std::chrono::milliseconds(25));
  app_->stop(std::chrono::seconds(10));
  slow.join();
  EXPECT_EQ(login.status, 200);
}

}  // namespace
}  // namespace logis::testing
