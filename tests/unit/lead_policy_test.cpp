#include <gtest/gtest.h>

#include "auth/policy.hpp"

namespace logis {
namespace {

Principal as(Role role, std::optional<std::int64_t> user_id = 7) {
  return {Principal::Via::session, 1, role, user_id, 1, "csrf"};
}

TEST(LeadPolicyTest, TheAgencySettingTurnsAnAgentsLeadsIntoTheirOwn) {
  const AgencyRestrictions open{};
  const AgencyRestrictions own_only{true};
  EXPECT_EQ(Policy::grant(as(Role::agent), Action::view_leads, open), Grant::all);
  EXPECT_EQ(Policy::grant(as(Role::agent), Action::view_leads, own_only), Grant::own);
  EXPECT_EQ(Policy::grant(as(Role::agent), Action::edit_leads, own_only), Grant::own);
  EXPECT_EQ(Policy::grant(as(Role::agent), Action::view_properties, own_only), Grant::all);
  EXPECT_EQ(Policy::grant(as(Role::manager), Action::view_leads, own_only), Grant::all);
  EXPECT_EQ(Policy::grant(as(Role::client), Action::view_leads, own_only), Grant::none);
  EXPECT_TRUE(Policy::allowsOn(as(Role::agent), Action::edit_leads, 7, own_only));
  EXPECT_FALSE(Policy::allowsOn(as(Role::agent), Action::edit_leads, 8, own_only));
  EXPECT_FALSE(Policy::allowsOn(as(Role::agent), Action::view_leads, std::nullopt, own_only));
  EXPECT_TRUE(Policy::allowsOn(as(Role::agent), Action::view_leads, 8, open));
  EXPECT_FALSE(Policy::allowsOn(as(Role::agent, std::nullopt), Action::view_leads, 8, own_only));
}

}  // namespace
}  // namespace logis
