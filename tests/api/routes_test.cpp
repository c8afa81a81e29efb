#include <fstream>
#include <regex>
#include <sstream>

#include "core/strings.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

class RoutesTest : public ServerTest {};

std::string concretePath(const Route& route) {
  return std::regex_replace(route.pattern, std::regex(R"(\{[^}]+\})"), "1");
}

TEST_F(RoutesTest, EveryProtectedRouteAnswers401WithoutCredentials) {
  int protected_routes = 0;
  for (const auto& route : app_->router().routes()) {
    if (route.access.is_public) continue;
    ++protected_routes;
    const auto result = client().send(route.method, concretePath(route), "{}", "application/json");
    EXPECT_EQ(result.status, 401) << route.method << " " << route.pattern;
    EXPECT_EQ(result.json()["error"]["code"], "unauthenticated") << route.method << " " << route.pattern;
  }
  EXPECT_GE(protected_routes, 9);
}

TEST_F(RoutesTest, EveryRouteActionHasAPolicyRowForEveryRole) {
  for (const auto& route : app_->router().routes()) {
    for (const auto role : {Role::admin, Role::manager, Role::agent, Role::client}) {
      EXPECT_NO_THROW(Policy::grant(role, route.access.action)) << route.pattern;
    }
  }
}

TEST_F(RoutesTest, OnlyTheLoginAndHealthRoutesArePublic) {
  std::set<std::string> public_routes;
  for (const auto& route : app_->router().routes()) {
    if (route.access.is_public) public_routes.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(public_routes, (std::set<std::string>{"GET /healthz", "GET /readyz", "POST /api/v1/auth/login",
                                                  "POST /api/v1/public/leads", "OPTIONS /api/v1/public/leads",
                                                  "POST /api/v1/public/sms/{secret}/status",
                                                  "POST /api/v1/public/sms/{secret}/inbound",
                                                  "GET /desabonnement", "POST /desabonnement",
                                                  "POST /api/v1/public/unsubscribe",
                                                  "GET /api/v1/public/calendar/{file}"}));
}

// docs/api/openapi.yaml describes every /api route with its method.
TEST_F(RoutesTest, EveryApiRouteIsInTheOpenApiDocument) {
  std::ifstream file(std::string(LOGIS_SOURCE_DIR) + "/docs/api/openapi.yaml");
  ASSERT_TRUE(file) << "docs/api/openapi.yaml is missing";
  std::map<std::string, std::set<std::string>> documented;
  std::string line, current;
  while (std::getline(file, line)) {
    if (line.starts_with("  /")) {
      current = line.substr(2, line.find(':') - 2);
    } else if (!current.empty() && line.starts_with("    ") && !line.starts_with("     ") &&
               line.ends_with(":")) {
      documented[current].insert(line.substr(4, line.size() - 5));
    } else if (!line.starts_with(" ") && !line.empty()) {
      current.clear();
    }
  }
  for (const auto& route : app_->router().routes()) {
    const auto method = lowercase(route.method);
    EXPECT_TRUE(documented[route.pattern].contains(method))
        << route.method << " " << route.pattern << " is not documented";
  }
}

}  // namespace
}  // namespace logis::testing
