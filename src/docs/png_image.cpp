#include "docs/png_image.hpp"

#include <cstring>

namespace logis::docs {
namespace {

struct PngSource {
  const std::string& bytes;
  std::size_t at = 0;
};

cairo_status_t readPng(void* closure, unsigned char* data, unsigned int length) {
  auto& source = *static_cast<PngSource*>(closure);
  if (source.bytes.size() - source.at < length) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, source.bytes.data() + source.at, length);
  source.at += length;
  return CAIRO_STATUS_SUCCESS;
}

// Width and height from the IHDR chunk, which a PNG starts with.
std::uint32_t headerValue(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = at; i < at + 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[i]);
  return value;
}

}  // namespace

std::optional<PngImage> PngImage::decode(const std::string& bytes) {
  // A small file may announce a huge picture: refuse it before anything is allocated for its pixels.
  if (bytes.size() < 24 || headerValue(bytes, 16) > kMaxSide || headerValue(bytes, 20) > kMaxSide) {
    return std::nullopt;
  }
  PngSource source{bytes};
  cairo_surface_t* surface = cairo_image_surface_create_from_png_stream(readPng, &source);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return std::nullopt;
  }
  return PngImage(surface);
}

std::int64_t PngImage::inkedPixels() const {
  cairo_surface_flush(surface_.get());
  const auto format = cairo_image_surface_get_format(surface_.get());
  const unsigned char* data = cairo_image_surface_get_data(surface_.get());
  const int stride = cairo_image_surface_get_stride(surface_.get());
  std::int64_t inked = 0;
  for (int y = 0; y < height(); ++y) {
    for (int x = 0; x < width(); ++x) {
      std::uint32_t pixel = 0;
      std::memcpy(&pixel, data + y * stride + x * 4, 4);
      // ARGB32 is premultiplied: a visible pixel whose colour stays below its alpha is not white.
      const std::uint32_t alpha = format == CAIRO_FORMAT_ARGB32 ? pixel >> 24 : 255;
      const std::uint32_t red = (pixel >> 16) & 0xFF;
      const std::uint32_t green = (pixel >> 8) & 0xFF;
      const std::uint32_t blue = pixel & 0xFF;
      const std::uint32_t light = alpha * 90 / 100;
      if (alpha > 40 && (red < light || green < light || blue < light)) ++inked;
    }
  }
  return inked;
}

}  // namespace logis::docs
