#include <filesystem>

#include "photo_support.hpp"

namespace logis::testing {
namespace {

class PhotosTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("gestion@alpha.fr", "manager");
    property_ =
        manager_.post("/api/v1/properties", {{"transaction", "sale"}, {"type", "house"}, {"title", "Maison"}})
            .json();
    base_ = "/api/v1/properties/" + std::to_string(property_["id"].get<int>()) + "/photos";
  }

  HttpResult upload(ApiClient& as, const std::string& bytes, const std::string& filename = "photo.jpg",
                    const std::string& caption = "") {
    return uploadPhoto(as, property_["id"].get<std::int64_t>(), bytes, filename, caption);
  }

  std::size_t mediaFiles() const {
    std::size_t count = 0;
    if (!std::filesystem::exists(dir_ / "media")) return 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_ / "media"))
      count += entry.is_regular_file();
    return count;
  }

  std::vector<std::int64_t> order() {
    std::vector<std::int64_t> ids;
    const auto body = manager_.get(base_).json();
    for (const auto& photo : body["items"]) ids.push_back(photo["id"]);
    return ids;
  }

  ApiClient manager_{0};
  nlohmann::json property_;
  std::string base_;
};

TEST_F(PhotosTest, UploadedPhotosGetVariantsAndTheFirstIsTheCover) {
  const auto first = upload(manager_, jpeg(3000, 2000, 200), "salon.jpg", "Le salon");
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()["is_cover"], true);
  EXPECT_EQ(first.json()["caption"], "Le salon");
  EXPECT_EQ(first.json()["width"], 3000);
  const auto second = upload(manager_, jpeg(800, 600, 50));
  EXPECT_EQ(second.json()["is_cover"], false);
  EXPECT_EQ(second.json()["position"], 1);
  EXPECT_EQ(mediaFiles(), 8u);  // original + three variants each

  const auto thumb = manager_.get(first.json()["thumb_url"].get<std::string>());
  EXPECT_EQ(thumb.status, 200);
  EXPECT_EQ(thumb.header("Content-Type"), "image/jpeg");
  EXPECT_EQ(thumb.header("Cache-Control"), "private, max-age=31536000, immutable");
  EXPECT_EQ(thumb.header("X-Content-Type-Options"), "nosniff");
  const auto thumbnail = vips::VImage::new_from_buffer(thumb.body.data(), thumb.body.size(), "");
  EXPECT_EQ(std::max(thumbnail.width(), thumbnail.height()), 320);

  const auto property =
      manager_.get("/api/v1/properties/" + std::to_string(property_["id"].get<int>())).json();
  EXPECT_EQ(property["photo_count"], 2);
  EXPECT_EQ(property["cover_photo"]["id"], first.json()["id"]);
  const auto missing = property["publish_check"]["missing"];
  EXPECT_EQ(std::find(missing.begin(), missing.end(), "photos"), missing.end());
}

TEST_F(PhotosTest, PhotosAreReorderedCoveredCaptionedAndDeleted) {
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 3; ++i) ids.push_back(upload(manager_, jpeg(400, 300, 40.0 * i)).json()["id"]);
  const auto photo = [&](std::int64_t id) { return base_ + "/" + std::to_string(id); };
  EXPECT_EQ(manager_.patch(photo(ids[2]), {{"position", 0}}).status, 200);
  EXPECT_EQ(order(), (std::vector<std::int64_t>{ids[2], ids[0], ids[1]}));
  EXPECT_EQ(manager_.patch(photo(ids[1]), {{"is_cover", true}, {"caption", "La cuisine"}}).json()["is_cover"],
            true);
  EXPECT_EQ(manager_.get(base_).json()["items"][0]["is_cover"], false);
  EXPECT_EQ(manager_.patch(photo(ids[1]), {{"caption", nullptr}}).json()["caption"], nullptr);
  EXPECT_EQ(manager_.del(photo(ids[1])).status,
            204);  // the cover goes: the first remaining photo is the cover
  const auto remaining = manager_.get(base_).json()["items"];
  ASSERT_EQ(remaining.size(), 2u);
  EXPECT_EQ(remaining[0]["id"], ids[2]);
  EXPECT_EQ(remaining[0]["is_cover"], true);
  EXPECT_EQ(remaining[1]["position"], 1);
  EXPECT_EQ(mediaFiles(), 8u);
  EXPECT_EQ(manager_.patch(photo(ids[2]), {{"is_cover", false}}).status, 422);
}

TEST_F(PhotosTest, WhatIsNotAPhotoIsRefusedAndNothingIsStored) {
  const auto html = upload(manager_, "<!doctype html><script>alert(1)</script>", "photo.jpg");
  EXPECT_EQ(html.status, 415);
  EXPECT_EQ(html.json()["error"]["code"], "not_an_image");
  const auto svg =
      upload(manager_, R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>)", "photo.jpg");
  EXPECT_EQ(svg.status, 415);
  auto truncated = jpeg(600, 400, 90);
  truncated.resize(truncated.size() / 2);
  EXPECT_EQ(upload(manager_, truncated).json()["error"]["code"], "corrupt_image");
  EXPECT_EQ(upload(manager_, std::string(4 * 1024 * 1024, 'x')).status, 413);
  const auto empty = manager_.send(
      "POST", base_, "--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n",
      "multipart/form-data; boundary=b");
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(manager_.send("POST", base_, "{}", "application/json").status, 415);
  EXPECT_EQ(countRows("property_photos"), 0);
  EXPECT_EQ(mediaFiles(), 0u);
}

TEST_F(PhotosTest, OnlyThoseWhoMayEditThePropertyChangeItsPhotos) {
  auto agent = loggedIn("agent@alpha.fr", "agent");
  EXPECT_EQ(upload(agent, jpeg(300, 200, 10)).status, 403);  // the manager's property, not the agent's
  const auto photo = upload(manager_, jpeg(300, 200, 10)).json();
  EXPECT_EQ(agent.get(photo["thumb_url"].get<std::string>()).status, 200);  // but they may see it
  EXPECT_EQ(agent.del(base_ + "/" + std::to_string(photo["id"].get<int>())).status, 403);
  auto other = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(other.get(photo["thumb_url"].get<std::string>()).status, 404);
  EXPECT_EQ(other.get(base_).status, 404);
  EXPECT_EQ(upload(other, jpeg(300, 200, 10)).status, 404);
  EXPECT_EQ(manager_.get(base_ + "/" + std::to_string(photo["id"].get<int>()) + "/huge").status, 404);
  EXPECT_EQ(countRows("property_photos"), 1);
}

}  // namespace
}  // namespace logis::testing
