#include "properties/photo_processor.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vips/vips8>

#include "core/crypto.hpp"

namespace logis {
namespace {

using vips::VImage;

// Top half red, bottom half blue: enough to tell which way a picture was turned.
VImage twoColourImage(int width, int height) {
  const auto red =
      VImage::black(width, height / 2, VImage::option()->set("bands", 3)).linear({1, 1, 1}, {220, 30, 30});
  const auto blue = VImage::black(width, height - height / 2, VImage::option()->set("bands", 3))
                        .linear({1, 1, 1}, {30, 30, 220});
  return red.join(blue, VIPS_DIRECTION_VERTICAL)
      .cast(VIPS_FORMAT_UCHAR)
      .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

// Noise compresses badly, so a truncated copy loses real image data rather than padding.
VImage noisyImage(int width, int height) {
  return VImage::gaussnoise(width, height, VImage::option()->set("sigma", 50))
      .bandjoin({VImage::gaussnoise(width, height), VImage::gaussnoise(width, height)})
      .cast(VIPS_FORMAT_UCHAR)
      .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
}

std::string encoded(const VImage& image, const char* suffix) {
  void* data = nullptr;
  std::size_t size = 0;
  image.write_to_buffer(suffix, &data, &size);
  std::string bytes(static_cast<const char*>(data), size);
  g_free(data);
  return bytes;
}

VImage decoded(const std::string& bytes) {
  return VImage::new_from_buffer(bytes, "");
}

std::string run(const std::string& command) {
  std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
  std::string output;
  char buffer[4096];
  while (pipe && fgets(buffer, sizeof buffer, pipe.get()) != nullptr) output += buffer;
  return output;
}

// exiftool writes real camera metadata (an EXIF orientation, a GPS position, XMP and IPTC) the way phones do.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& bytes) { std::ofstream(path_, std::ios::binary) << bytes; }
  ~TemporaryFile() { std::filesystem::remove(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::string bytes() const {
    std::ifstream in(path_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

 private:
  std::filesystem::path path_ =
      std::filesystem::temp_directory_path() / ("logis-photo-" + crypto::randomToken(6) + ".jpg");
};

std::string metadataOf(const std::string& bytes) {
  const TemporaryFile file(bytes);
  return run("exiftool -a -G1 -s " + file.path().string() + " 2>&1");
}

std::string phonePhoto() {
  if (run("command -v exiftool").empty()) {
    ADD_FAILURE() << "exiftool is missing: run scripts/install-deps --test (Debian libimage-exiftool-perl)";
    return "";
  }
  // Stored sideways (600 x 400) with Orientation 6: a phone held upright, as most phones save it.
  const TemporaryFile file(encoded(twoColourImage(600, 400).icc_transform("p3"), ".jpg"));
  const auto output =
      run("exiftool -q -overwrite_original -Orientation#=6 -GPSLatitude=48.8566 "
          "-GPSLatitudeRef=N -GPSLongitude=2.3522 -GPSLongitudeRef=E "
          "-XMP:Creator='Vendeur' -IPTC:City=Paris " +
          file.path().string() + " 2>&1");
  EXPECT_EQ(output, "");
  return file.bytes();
}

PhotoError errorOf(const PhotoProcessor& processor, std::string_view upload) {
  try {
    processor.process(upload);
  } catch (const PhotoError& error) {
    return error;
  }
  ADD_FAILURE() << "the upload was accepted";
  return PhotoError(0, "", {""});
}

void expectLongSideAtMost(const PhotoVariant& variant, int side) {
  EXPECT_LE(std::max(variant.width, variant.height), side);
  const auto image = decoded(variant.bytes);
  EXPECT_EQ(image.width(), variant.width);
  EXPECT_EQ(image.height(), variant.height);
}

TEST(PhotoProcessorTest, TurnsAPhonePhotoUprightAndStripsAllItsMetadata) {
  const auto upload = phonePhoto();
  ASSERT_NE(upload, "");
  const auto before = metadataOf(upload);
  ASSERT_NE(before.find("GPSLatitude"), std::string::npos) << before;
  ASSERT_NE(before.find("[ICC_Profile]"), std::string::npos) << before;

  const auto photo = PhotoProcessor().process(upload);

  EXPECT_EQ(photo.width, 400);
  EXPECT_EQ(photo.height, 600);
  EXPECT_EQ(photo.content_type, "image/jpeg");
  for (const auto* variant : {&photo.thumb, &photo.medium, &photo.large}) {
    const auto image = decoded(variant->bytes);
    EXPECT_LT(image.width(), image.height());
    // Turned clockwise: the stored top (red) is now on the right.
    const auto right = image.getpoint(image.width() * 3 / 4, image.height() / 2);
    EXPECT_GT(right[0], 150);
    EXPECT_LT(right[2], 100);
    for (const char* field : {"exif-data", "xmp-data", "iptc-data", "icc-profile-data", "orientation"}) {
      EXPECT_EQ(image.get_typeof(field), 0) << field;
    }
    EXPECT_EQ(variant->bytes.find("Exif"), std::string::npos);
    const auto after = metadataOf(variant->bytes);
    for (const char* group : {"GPS", "[IFD0]", "[ExifIFD]", "[XMP", "[IPTC]", "[ICC"}) {
      EXPECT_EQ(after.find(group), std::string::npos) << group << " in\n" << after;
    }
  }
}

TEST(PhotoProcessorTest, MakesThreeVariantsWithoutEverUpscaling) {
  const auto photo = PhotoProcessor().process(encoded(noisyImage(3000, 2000), ".jpg"));
  EXPECT_EQ(photo.width, 3000);
  EXPECT_EQ(photo.height, 2000);
  EXPECT_EQ(photo.thumb.width, 320);
  EXPECT_EQ(photo.medium.width, 1024);
  EXPECT_EQ(photo.large.width, 2048);
  expectLongSideAtMost(photo.thumb, 320);
  expectLongSideAtMost(photo.medium, 1024);
  expectLongSideAtMost(photo.large, 2048);
  // Progressive: a Start Of Frame 2 marker, so a slow phone connection sees the whole picture early.
  EXPECT_NE(photo.large.bytes.find("\xff\xc2"), std::string::npos);

  const auto small = PhotoProcessor().process(encoded(noisyImage(500, 300), ".jpg"));
  EXPECT_EQ(small.thumb.width, 320);
  EXPECT_EQ(small.medium.width, 500);
  EXPECT_EQ(small.medium.height, 300);
  EXPECT_EQ(small.large.width, 500);
}

TEST(PhotoProcessorTest, AcceptsPngWithTransparencyOnWhite) {
  const auto transparent = twoColourImage(400, 300).bandjoin_const({0});
  const auto photo = PhotoProcessor().process(encoded(transparent, ".png"));
  EXPECT_EQ(photo.width, 400);
  EXPECT_EQ(photo.height, 300);
  const auto image = decoded(photo.medium.bytes);
  EXPECT_EQ(image.bands(), 3);
  EXPECT_GT(image.getpoint(10, 10)[0], 245);
  EXPECT_GT(image.getpoint(10, 10)[2], 245);
}

TEST(PhotoProcessorTest, AcceptsWebpAndHeic) {
  const auto webp = PhotoProcessor().process(encoded(twoColourImage(640, 480), ".webp"));
  EXPECT_EQ(webp.width, 640);
  EXPECT_EQ(webp.medium.width, 640);

  ASSERT_TRUE(PhotoProcessor::canLoadHeic());
  const auto heic = PhotoProcessor().process(encoded(twoColourImage(640, 480), ".heic"));
  EXPECT_EQ(heic.height, 480);
  EXPECT_EQ(decoded(heic.large.bytes).width(), 640);
}

TEST(PhotoProcessorTest, RefusesWhatIsNotAnImageWhateverItsName) {
  const PhotoProcessor processor;
  const std::string html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
  const std::string svg =
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>)";
  // libvips itself would read the SVG: the refusal is ours.
  ASSERT_NE(vips_foreign_find_load_buffer(svg.data(), svg.size()), nullptr);

  for (const auto& upload : {html, svg, std::string("GIF89a"), encoded(twoColourImage(50, 50), ".gif"),
                             encoded(twoColourImage(50, 50), ".tif"), std::string()}) {
    const auto error = errorOf(processor, upload);
    EXPECT_EQ(error.code, "not_an_image") << upload.substr(0, 20);
    EXPECT_EQ(error.status, 415);
    EXPECT_EQ(error.message.key, "photo.not_an_image");
  }
}

TEST(PhotoProcessorTest, RefusesTruncatedImages) {
  const PhotoProcessor processor;
  for (const char* suffix : {".jpg", ".png", ".webp"}) {
    const auto whole = encoded(noisyImage(800, 600), suffix);
    const auto error = errorOf(processor, std::string_view(whole).substr(0, whole.size() * 2 / 3));
    EXPECT_EQ(error.code, "corrupt_image") << suffix;
    EXPECT_EQ(error.status, 422);
    EXPECT_EQ(error.message.key, "photo.corrupt_image");
  }
  EXPECT_EQ(errorOf(processor, std::string("\xff\xd8\xff\xe0 not really", 15)).code, "corrupt_image");
}

TEST(PhotoProcessorTest, RefusesAPixelBombFromItsHeaderAlone) {
  // 900 megapixels in 0.5 MB: 2.7 GB once decoded.
  const auto bomb = encoded(VImage::black(30000, 30000), ".png[bitdepth=1,compression=1]");
  ASSERT_LT(bomb.size(), 1024u * 1024u);

  const auto start = std::chrono::steady_clock::now();
  const auto error = errorOf(PhotoProcessor(), bomb);
  const auto elapsed = std::chrono::steady_clock::now() - start;

  EXPECT_EQ(error.code, "too_many_pixels");
  EXPECT_EQ(error.status, 422);
  EXPECT_EQ(error.message.params.at("max"), "50");
  EXPECT_LT(elapsed, std::chrono::milliseconds(500));
}

TEST(PhotoProcessorTest, LimitsAreConfigurable) {
  const PhotoProcessor processor(PhotoLimits{.max_megabytes = 1, .max_megapixels = 1});

  const auto pixels = errorOf(processor, encoded(twoColourImage(1001, 1000), ".jpg"));
  EXPECT_EQ(pixels.code, "too_many_pixels");
  EXPECT_EQ(pixels.message.params.at("max"), "1");
  EXPECT_NO_THROW(processor.process(encoded(twoColourImage(1000, 1000), ".jpg")));

  const auto bytes = errorOf(processor, std::string(1024 * 1024 + 1, 'x'));
  EXPECT_EQ(bytes.code, "file_too_large");
  EXPECT_EQ(bytes.status, 413);
  EXPECT_EQ(bytes.message.params.at("max"), "1");
}

}  // namespace
}  // namespace logis
