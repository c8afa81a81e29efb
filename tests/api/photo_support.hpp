#pragma once

#include <string>
#include <vips/vips8>

#include "test_server.hpp"

namespace logis::testing {

// A plain-coloured JPEG of the given size, as a camera would upload one.
inline std::string jpeg(int width, int height, double red) {
  const auto image = vips::VImage::black(width, height, vips::VImage::option()->set("bands", 3))
                         .linear({1, 1, 1}, {red, 80, 120});
  void* buffer = nullptr;
  std::size_t size = 0;
  image.cast(VIPS_FORMAT_UCHAR).write_to_buffer(".jpg", &buffer, &size);
  std::string bytes(static_cast<const char*>(buffer), size);
  g_free(buffer);
  return bytes;
}

inline std::string multipartBody(const std::string& boundary, const std::string& filename,
                                 const std::string& bytes, const std::string& caption = "") {
  std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                     filename + "\"\r\nContent-Type: image/jpeg\r\n\r\n" + bytes + "\r\n";
  if (!caption.empty()) {
    body +=
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption + "\r\n";
  }
  return body + "--" + boundary + "--\r\n";
}

// POST /api/v1/properties/{id}/photos as a browser sends it.
inline HttpResult uploadPhoto(ApiClient& as, std::int64_t property_id, const std::string& bytes,
                              const std::string& filename = "photo.jpg", const std::string& caption = "") {
  return as.send("POST", "/api/v1/properties/" + std::to_string(property_id) + "/photos",
                 multipartBody("logis-boundary", filename, bytes, caption),
                 "multipart/form-data; boundary=logis-boundary");
}

}  // namespace logis::testing
