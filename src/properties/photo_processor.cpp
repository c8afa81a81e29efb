#include "properties/photo_processor.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vips/vips8>

namespace logis {
namespace {

using vips::VError;
using vips::VImage;

constexpr std::size_t kMebibyte = 1024 * 1024;
constexpr int kThumbSide = 320;
constexpr int kMediumSide = 1024;
constexpr int kLargeSide = 2048;
constexpr int kJpegQuality = 82;

// By class name, as vips_foreign_find_load_buffer answers. Everything else libvips could read is refused:
// SVG above all (a document that can carry scripts and fetch URLs), then PDF, ImageMagick's hundred formats
// and the rest, each of which would only add attack surface.
constexpr std::array<std::string_view, 4> kAcceptedLoaders = {
    "VipsForeignLoadJpegBuffer", "VipsForeignLoadPngBuffer", "VipsForeignLoadWebpBuffer",
    "VipsForeignLoadHeifBuffer"};

void startVips() {
  static const bool started = [] {
    if (vips_init("logis") != 0) throw std::runtime_error(std::string("libvips: ") + vips_error_buffer());
    // Every upload is seen once: an operation cache would only keep people's photos in memory.
    vips_cache_set_max(0);
    return true;
  }();
  (void)started;
}

// Keeps the message out of libvips' shared buffer, which otherwise fills up with old failures.
void forgetVipsError() {
  vips_error_clear();
}

PhotoError notAnImage() {
  return PhotoError(415, "not_an_image", {"photo.not_an_image"});
}

PhotoError corruptImage() {
  return PhotoError(422, "corrupt_image", {"photo.corrupt_image"});
}

bool hasAcceptedFormat(std::string_view upload) {
  const char* loader = vips_foreign_find_load_buffer(upload.data(), upload.size());
  forgetVipsError();
  return loader != nullptr && std::find(kAcceptedLoaders.begin(), kAcceptedLoaders.end(),
                                        std::string_view(loader)) != kAcceptedLoaders.end();
}

VImage readHeader(std::string_view upload) {
  try {
    return VImage::new_from_buffer(upload.data(), upload.size(), "",
                                   VImage::option()->set("access", VIPS_ACCESS_SEQUENTIAL));
  } catch (const VError&) {
    forgetVipsError();
    throw corruptImage();
  }
}

// EXIF orientations 5 to 8 turn the picture a quarter: its width is the stored height.
std::pair<int, int> uprightSize(const VImage& header) {
  const int orientation =
      header.get_typeof(VIPS_META_ORIENTATION) != 0 ? header.get_int(VIPS_META_ORIENTATION) : 1;
  if (orientation >= 5 && orientation <= 8) return {header.height(), header.width()};
  return {header.width(), header.height()};
}

struct BlobUnref {
  void operator()(VipsBlob* blob) const { vips_area_unref(VIPS_AREA(blob)); }
};
using Blob = std::unique_ptr<VipsBlob, BlobUnref>;

// The one full decode, so the strict one: fail_on=error makes a truncated or damaged file an error instead
// of grey blocks. libvips 8.14's thumbnail ignores its own fail_on, so it goes to the loader's options.
// Shrink-on-load still reads every compressed block, and thumbnail applies the EXIF orientation and
// converts an embedded colour profile (a phone's Display P3) to sRGB.
VImage decodeUpright(std::string_view upload, int side) {
  const Blob blob(vips_blob_new(nullptr, upload.data(), upload.size()));
  VImage image = VImage::thumbnail_buffer(blob.get(), side,
                                          VImage::option()
                                              ->set("height", side)
                                              ->set("size", VIPS_SIZE_DOWN)
                                              ->set("option_string", "fail_on=error"));
  image = image.colourspace(VIPS_INTERPRETATION_sRGB);
  // A transparent floor plan on white, not on JPEG's default black.
  if (image.has_alpha()) image = image.flatten(VImage::option()->set("background", 255.0));
  return image.cast(VIPS_FORMAT_UCHAR).copy_memory();
}

VImage fitWithin(const VImage& image, int side) {
  const double scale = static_cast<double>(side) / std::max(image.width(), image.height());
  return scale < 1 ? image.resize(scale) : image;
}

// strip drops EXIF (and its GPS position), XMP, IPTC and the ICC profile: the pixels are sRGB already.
PhotoVariant encode(const VImage& image) {
  const Blob blob(image.jpegsave_buffer(VImage::option()
                                            ->set("Q", kJpegQuality)
                                            ->set("interlace", true)
                                            ->set("optimize_coding", true)
                                            ->set("strip", true)));
  std::size_t size = 0;
  const auto* data = static_cast<const char*>(vips_blob_get(blob.get(), &size));
  return {image.width(), image.height(), std::string(data, size)};
}

}  // namespace

PhotoError::PhotoError(int status, std::string code, Text message)
    : ApiError(status, std::move(code), std::move(message)) {}

PhotoProcessor::PhotoProcessor(PhotoLimits limits) : limits_(limits) {
  startVips();
}

ProcessedPhoto PhotoProcessor::process(std::string_view upload) const {
  if (upload.size() > limits_.max_megabytes * kMebibyte) {
    throw PhotoError(413, "file_too_large",
                     {"photo.file_too_large", {{"max", std::to_string(limits_.max_megabytes)}}});
  }
  if (!hasAcceptedFormat(upload)) throw notAnImage();
  const auto header = readHeader(upload);
  if (static_cast<std::uint64_t>(header.width()) * static_cast<std::uint64_t>(header.height()) >
      limits_.max_megapixels * 1'000'000) {
    throw PhotoError(422, "too_many_pixels",
                     {"photo.too_many_pixels", {{"max", std::to_string(limits_.max_megapixels)}}});
  }
  const auto [width, height] = uprightSize(header);
  try {
    const auto large = decodeUpright(upload, kLargeSide);
    return {width,
            height,
            "image/jpeg",
            encode(fitWithin(large, kThumbSide)),
            encode(fitWithin(large, kMediumSide)),
            encode(large)};
  } catch (const VError&) {
    forgetVipsError();
    throw corruptImage();
  }
}

bool PhotoProcessor::canLoadHeic() {
  startVips();
  return vips_type_find("VipsOperation", "heifload_buffer") != 0;
}

}  // namespace logis
