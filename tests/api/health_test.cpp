#include "test_server.hpp"

namespace logis::testing {
namespace {

class HealthTest : public ServerTest {};

TEST_F(HealthTest, HealthAndReadinessAnswer) {
  EXPECT_EQ(client().get("/healthz").json()["status"], "ok");
  EXPECT_EQ(client().get("/readyz").json()["status"], "ready");
}

TEST_F(HealthTest, EveryResponseCarriesTheSecurityHeaders) {
  for (const auto* path : {"/healthz", "/api/v1/users", "/", "/biens/42"}) {
    const auto result = client().get(path);
    SCOPED_TRACE(path);
    const auto csp = result.header("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(result.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(result.header("Referrer-Policy"), "strict-origin-when-cross-origin");
    EXPECT_EQ(result.header("Strict-Transport-Security"), "");  // plain HTTP here
    EXPECT_FALSE(result.header("X-Request-Id").empty());
  }
}

TEST_F(HealthTest, TheRequestIdIsEchoedWhenSafe) {
  EXPECT_EQ(client().send("GET", "/healthz", "", "", {{"X-Request-Id", "abc-123"}}).header("X-Request-Id"),
            "abc-123");
  EXPECT_NE(client().send("GET", "/healthz", "", "", {{"X-Request-Id", "bad id\"<>"}}).header("X-Request-Id"),
            "bad id\"<>");
}

TEST_F(HealthTest, TheWebAppIsServedWithItsRoutesFallingBackToIndex) {
  const auto index = client().get("/biens/42");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(index.body.find("<title>Logis</title>"), std::string::npos);
  EXPECT_EQ(client().get("/../secret.key").body.find("secret"), std::string::npos);
  EXPECT_EQ(client().send("POST", "/biens", "", "").status, 405);
}

}  // namespace
}  // namespace logis::testing
