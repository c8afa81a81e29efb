#include "storage/media_storage.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <set>

#include "core/crypto.hpp"

namespace logis {
namespace {

namespace fs = std::filesystem;

class MediaStorageTest : public ::testing::Test {
 protected:
  void TearDown() override { fs::remove_all(root_); }

  fs::path root_ = fs::temp_directory_path() / ("logis-media-" + crypto::randomToken(6));
  LocalMediaStorage storage_{root_ / "media"};
};

TEST_F(MediaStorageTest, StoresReadsAndRemovesBytes) {
  const std::string bytes("\xff\xd8 binary \0 bytes", 18);
  const auto key = storage_.put("properties/42", bytes);

  EXPECT_TRUE(key.starts_with("properties/42/")) << key;
  EXPECT_EQ(storage_.read(key), bytes);
  ASSERT_TRUE(storage_.localPath(key));
  EXPECT_EQ(*storage_.localPath(key), root_ / "media" / key);

  EXPECT_TRUE(storage_.remove(key));
  EXPECT_FALSE(storage_.read(key));
  EXPECT_FALSE(storage_.localPath(key));
  EXPECT_FALSE(storage_.remove(key));
}

TEST_F(MediaStorageTest, NamesAreRandomAndFilesPrivateToTheServerGroup) {
  std::set<std::string> keys;
  for (int i = 0; i < 20; ++i) keys.insert(storage_.put("photos", "same bytes"));
  EXPECT_EQ(keys.size(), 20u);

  struct stat info {};
  ASSERT_EQ(stat(storage_.localPath(*keys.begin())->c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0640);
  ASSERT_EQ(stat((root_ / "media" / "photos").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0027, 0u);
}

TEST_F(MediaStorageTest, LeavesNoTemporaryFileBehind) {
  storage_.put("", "x");
  storage_.put("a", "y");
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root_)) {
    EXPECT_FALSE(entry.path().filename().string().starts_with(".")) << entry.path();
    files += entry.is_regular_file() ? 1 : 0;
  }
  EXPECT_EQ(files, 2u);
}

TEST_F(MediaStorageTest, RefusesKeysThatLeaveTheRoot) {
  fs::create_directories(root_);
  std::ofstream(root_ / "secret") << "outside";
  for (const std::string key :
       {"../secret", "a/../../secret", "/etc/passwd", "a//b", "./a", "a/", ".tmp-x", ""}) {
    EXPECT_THROW(storage_.read(key), std::invalid_argument) << key;
    EXPECT_THROW(storage_.localPath(key), std::invalid_argument) << key;
    EXPECT_THROW(storage_.remove(key), std::invalid_argument) << key;
  }
  EXPECT_THROW(storage_.put("../outside", "x"), std::invalid_argument);
  EXPECT_THROW(storage_.put("/tmp", "x"), std::invalid_argument);
  EXPECT_TRUE(fs::exists(root_ / "secret"));
  EXPECT_FALSE(fs::exists(root_ / "outside"));
}

TEST_F(MediaStorageTest, AFolderIsNotAFile) {
  const auto key = storage_.put("properties/7", "x");
  EXPECT_FALSE(storage_.read("properties/7"));
  EXPECT_FALSE(storage_.localPath("properties"));
  EXPECT_EQ(storage_.read(key), "x");
}

}  // namespace
}  // namespace logis
