#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/api_error.hpp"

namespace logis {

// An upload refused for what it is: file_too_large (413), not_an_image (415), too_many_pixels and
// corrupt_image (422). An ApiError, so a route lets it through to the one place that answers errors.
class PhotoError : public ApiError {
 public:
  PhotoError(int status, std::string code, Text message);
};

struct PhotoLimits {
  std::size_t max_megabytes = 20;     // of the upload, in MiB
  std::uint64_t max_megapixels = 50;  // read from the header, before any pixel is decoded
};

struct PhotoVariant {
  int width = 0;
  int height = 0;
  std::string bytes;
};

struct ProcessedPhoto {
  int width = 0;  // of the upload once turned upright
  int height = 0;
  std::string content_type;  // of every variant
  PhotoVariant thumb;        // long side at most 320 px
  PhotoVariant medium;       // 1024 px
  PhotoVariant large;        // 2048 px
};

// Turns an upload into the images the app shows. The upload is trusted for nothing: it is accepted only
// when libvips decodes it whole as JPEG, PNG, WebP or HEIF (HEIC, and AVIF with it). Variants are upright
// (EXIF orientation applied), sRGB, never upscaled, and carry no metadata at all (no GPS position of the
// seller's home): baseline-compatible progressive JPEG, because the photos also go into PDFs (Cairo
// embeds JPEG, not WebP), e-mails (Outlook shows no WebP) and listing-portal feeds that ask for JPEG.
class PhotoProcessor {
 public:
  explicit PhotoProcessor(PhotoLimits limits = {});

  // Throws PhotoError. Safe to call from several threads at once.
  ProcessedPhoto process(std::string_view upload) const;

  static bool canLoadHeic();

 private:
  PhotoLimits limits_;
};

}  // namespace logis
