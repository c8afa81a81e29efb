// Time to turn one phone-sized photo (12 megapixels, 4000 x 3000 JPEG) into its three variants.
//   ninja -C build photo_bench && build/photo_bench [runs]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <vips/vips8>

#include "properties/photo_processor.hpp"

namespace {

using vips::VImage;

// A gradient with grain: compresses like a photograph, unlike flat colour or pure noise.
std::string twelveMegapixelJpeg() {
  const auto xyz = VImage::xyz(4000, 3000);
  const auto gradient =
      xyz[0].linear(0.05, 20).bandjoin({xyz[1].linear(0.07, 10), (xyz[0] + xyz[1]).linear(0.03, 40)});
  const auto grain = VImage::gaussnoise(4000, 3000, VImage::option()->set("sigma", 12)).linear(1, -128);
  const auto image = (gradient + grain)
                         .cast(VIPS_FORMAT_UCHAR)
                         .copy(VImage::option()->set("interpretation", VIPS_INTERPRETATION_sRGB));
  void* data = nullptr;
  std::size_t size = 0;
  image.write_to_buffer(".jpg[Q=90]", &data, &size);
  std::string bytes(static_cast<const char*>(data), size);
  g_free(data);
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
  const logis::PhotoProcessor processor;
  const auto upload = twelveMegapixelJpeg();
  processor.process(upload);  // warm-up: loads the codecs

  std::vector<double> milliseconds;
  logis::ProcessedPhoto photo;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    photo = processor.process(upload);
    milliseconds.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  std::printf("12 MP JPEG (%zu KB) -> thumb %zu KB, medium %zu KB, large %zu KB; vips threads %d\n",
              upload.size() / 1024, photo.thumb.bytes.size() / 1024, photo.medium.bytes.size() / 1024,
              photo.large.bytes.size() / 1024, vips_concurrency_get());
  std::printf("%d runs: min %.0f ms, median %.0f ms, max %.0f ms\n", runs, milliseconds.front(),
              milliseconds[milliseconds.size() / 2], milliseconds.back());
}
