#include "auth/password_policy.hpp"

#include <gtest/gtest.h>

namespace logis {
namespace {

std::string problemKey(const std::string& password, const std::string& email = "anne@agence.fr") {
  const auto problem = PasswordPolicy::problem(password, email);
  return problem ? problem->key : "";
}

TEST(PasswordPolicyTest, AcceptsALongUncommonPassphrase) {
  EXPECT_EQ(problemKey("la mer à Saint-Malo en hiver"), "");
  EXPECT_EQ(problemKey("v7#Kq!2pLz@9"), "");
}

TEST(PasswordPolicyTest, RefusesShortAndOverlongPasswords) {
  EXPECT_EQ(problemKey("short-pw-11"), "password.too_short");
  EXPECT_EQ(problemKey(std::string(129, 'x') + "yz"), "password.too_long");
}

TEST(PasswordPolicyTest, RefusesCommonPasswordsAndTheirPatterns) {
  for (const auto* common : {"motdepasse123", "Azertyuiop123", "passwordpassword", "123456789012",
                             "aaaaaaaaaaaa", "abcabcabcabc", "abcdefghijklm", "Bienvenue2026"}) {
    EXPECT_EQ(problemKey(common), "password.too_common") << common;
  }
}

TEST(PasswordPolicyTest, RefusesAPasswordHoldingTheEmail) {
  EXPECT_EQ(problemKey("jean-pierre-2026-paris", "jean-pierre@agence.fr"), "password.contains_email");
}

}  // namespace
}  // namespace logis
