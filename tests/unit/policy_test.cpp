#include "auth/policy.hpp"

#include <gtest/gtest.h>

#include "core/i18n.hpp"

namespace logis {
namespace {

Principal as(Role role, std::optional<std::int64_t> user_id = 7) {
  return {Principal::Via::session, 1, role, user_id, 1, "csrf"};
}

TEST(PolicyTest, OnlyAdminsManagePeopleAndTokens) {
  EXPECT_TRUE(Policy::allows(as(Role::admin), Action::manage_users));
  EXPECT_FALSE(Policy::allows(as(Role::manager), Action::manage_users));
  EXPECT_TRUE(Policy::allows(as(Role::manager), Action::list_users));
  EXPECT_FALSE(Policy::allows(as(Role::agent), Action::list_users));
  EXPECT_FALSE(Policy::allows(as(Role::client), Action::manage_api_tokens));
}

TEST(PolicyTest, AnApiTokenHasNoAccountOfItsOwn) {
  Principal token{Principal::Via::api_token, 1, Role::manager, std::nullopt, 3, ""};
  EXPECT_FALSE(Policy::allows(token, Action::read_own_account));
  EXPECT_FALSE(Policy::allows(token, Action::change_own_password));
  EXPECT_TRUE(Policy::allows(token, Action::list_users));
}

TEST(PolicyTest, EveryActionHasAName) {
  for (const auto action : Policy::actions()) EXPECT_FALSE(Policy::actionName(action).empty());
  EXPECT_EQ(Policy::actions().size(), 31u);
}

TEST(I18nTest, FrenchUnlessEnglishIsPreferred) {
  EXPECT_EQ(localeFromAcceptLanguage(""), Locale::fr);
  EXPECT_EQ(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.8"), Locale::fr);
  EXPECT_EQ(localeFromAcceptLanguage("en-US,en;q=0.9"), Locale::en);
  EXPECT_EQ(localeFromAcceptLanguage("de-DE"), Locale::fr);
}

TEST(I18nTest, FillsParametersAndFallsBackToTheKey) {
  EXPECT_EQ(translate(Locale::fr, {"password.too_short", {{"min", "12"}}}),
            "Le mot de passe doit contenir au moins 12 caractères.");
  EXPECT_EQ(translate(Locale::en, {"auth.locked", {{"seconds", "30"}}}),
            "Too many attempts. Try again in 30 seconds.");
  EXPECT_EQ(translate(Locale::fr, {"no.such.key"}), "no.such.key");
}

}  // namespace
}  // namespace logis
