#include "core/crypto.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <set>

namespace logis::crypto {
namespace {

TEST(CryptoTest, TokensAre256BitsAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const auto token = randomToken();
    EXPECT_EQ(token.size(), 43u);
    EXPECT_EQ(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST(CryptoTest, Sha256MatchesTheKnownVector) {
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(CryptoTest, PasswordsAreArgon2idWithTheAgreedCost) {
  const auto hash = hashPassword("une longue phrase secrète");
  EXPECT_TRUE(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << hash;
  EXPECT_TRUE(verifyPassword(hash, "une longue phrase secrète"));
  EXPECT_FALSE(verifyPassword(hash, "une longue phrase secrete"));
  EXPECT_NE(hashPassword("same"), hashPassword("same"));  // salted
}

TEST(CryptoTest, SecretBoxRoundTripsAndDetectsTampering) {
  const auto path = std::filesystem::temp_directory_path() / ("logis-key-" + randomToken(6));
  const auto box = SecretBox::fromKeyFile(path);
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600);
  EXPECT_EQ(std::filesystem::file_size(path), 32u);

  const auto sealed = box.seal("mot de passe SMTP");
  EXPECT_EQ(box.open(sealed), "mot de passe SMTP");
  EXPECT_EQ(SecretBox::fromKeyFile(path).open(sealed), "mot de passe SMTP");  // the same key is read back
  auto altered = sealed;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_THROW(box.open(altered), std::runtime_error);
  EXPECT_THROW(SecretBox(std::string(32, 'k')).open(sealed), std::runtime_error);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace logis::crypto
