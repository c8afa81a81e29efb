#pragma once

#include <cairo.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace logis::docs {

// A PNG decoded by Cairo: to check an upload (a whole, valid file; something drawn on it) and to paint it
// into a PDF.
class PngImage {
 public:
  static constexpr std::uint32_t kMaxSide = 5000;

  // nullopt when the bytes are not a whole, valid PNG, or one wider or taller than kMaxSide pixels.
  static std::optional<PngImage> decode(const std::string& bytes);

  int width() const { return cairo_image_surface_get_width(surface_.get()); }
  int height() const { return cairo_image_surface_get_height(surface_.get()); }
  // Pixels a pen drew: visible (not transparent) and not near white.
  std::int64_t inkedPixels() const;
  cairo_surface_t* surface() const { return surface_.get(); }

 private:
  explicit PngImage(cairo_surface_t* surface) : surface_(surface, cairo_surface_destroy) {}
  std::shared_ptr<cairo_surface_t> surface_;
};

}  // namespace logis::docs
