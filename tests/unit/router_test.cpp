#include "http/router.hpp"

#include <gtest/gtest.h>

namespace logis {
namespace {

Response named(const std::string& name) {
  return Response::json(200, {{"route", name}});
}

TEST(RouterTest, MatchesMethodAndPatternWithParameters) {
  Router router;
  router.add("GET", "/api/v1/users", Access::to(Action::list_users), [](Request&) { return named("list"); });
  router.add("PATCH", "/api/v1/users/{id}", Access::to(Action::manage_users),
             [](Request&) { return named("patch"); });
  const auto match = router.match("PATCH", "/api/v1/users/42");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->pattern, "/api/v1/users/{id}");
  EXPECT_EQ(match.params.at("id"), "42");
  EXPECT_EQ(router.match("GET", "/api/v1/users/").route->pattern, "/api/v1/users");
  EXPECT_EQ(router.match("HEAD", "/api/v1/users").route->method, "GET");
}

TEST(RouterTest, ReportsTheMethodsAllowedOnAKnownPath) {
  Router router;
  router.add("GET", "/api/v1/users", Access::to(Action::list_users), [](Request&) { return named("list"); });
  router.add("POST", "/api/v1/users", Access::to(Action::manage_users),
             [](Request&) { return named("create"); });
  const auto match = router.match("DELETE", "/api/v1/users");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_EQ(match.allowed_methods, (std::vector<std::string>{"GET", "POST"}));
  EXPECT_TRUE(router.match("GET", "/api/v1/nothing").allowed_methods.empty());
  EXPECT_EQ(router.match("GET", "/api/v1/users/1/extra").route, nullptr);
}

}  // namespace
}  // namespace logis
