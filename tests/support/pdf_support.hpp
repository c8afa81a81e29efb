#pragma once

#include <cairo.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace logis::testing {

// What poppler's command-line tools read from a PDF, as a person checking it would.
class PdfReadBack {
 public:
  explicit PdfReadBack(const std::string& pdf)
      : path_(std::filesystem::temp_directory_path() /
              ("logis-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++) + ".pdf")) {
    std::ofstream(path_, std::ios::binary) << pdf;
  }
  ~PdfReadBack() { std::filesystem::remove(path_); }
  PdfReadBack(const PdfReadBack&) = delete;
  PdfReadBack& operator=(const PdfReadBack&) = delete;

  std::string text() const { return run("pdftotext -layout '" + path_.string() + "' - 2>&1"); }
  // The text with every run of spaces and line breaks made one space: sentences wrapped over lines read
  // whole.
  std::string flatText() const {
    std::string flat;
    for (const char c : text()) {
      const bool space = c == ' ' || c == '\n' || c == '\f';
      if (!space || (!flat.empty() && flat.back() != ' ')) flat += space ? ' ' : c;
    }
    return flat;
  }
  int pages() const {
    const auto info = run("pdfinfo '" + path_.string() + "' 2>&1");
    const auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
  }
  struct Image {
    int width = 0;
    int height = 0;
    std::string encoding;  // "image" (raw pixels, e.g. a PNG), "jpeg" (embedded as it is)...
  };
  // Images drawn in the PDF (pdfimages -list: one line per image, its transparency mask on a line of its
  // own).
  std::vector<Image> imageList() const {
    std::istringstream list(run("pdfimages -list '" + path_.string() + "' 2>&1"));
    std::vector<Image> found;
    for (std::string line; std::getline(list, line);) {
      std::istringstream columns(line);
      std::string page, number, type, color, components, bits;
      Image image;
      columns >> page >> number >> type >> image.width >> image.height >> color >> components >> bits >>
          image.encoding;
      if (type == "image") found.push_back(image);
    }
    return found;
  }
  int images() const { return static_cast<int>(imageList().size()); }
  // Pixels of the first page, rendered at 20 dpi by pdftoppm, within 24 of the colour (r, g, b): what a
  // reader would see of a picture of that colour.
  int pixelsOfColour(int red, int green, int blue) const {
    const auto png = path_.string() + "-page";
    run("pdftoppm -r 20 -png -singlefile -f 1 -l 1 '" + path_.string() + "' '" + png + "' 2>&1");
    cairo_surface_t* page = cairo_image_surface_create_from_png((png + ".png").c_str());
    std::filesystem::remove(png + ".png");
    int count = 0;
    if (cairo_surface_status(page) == CAIRO_STATUS_SUCCESS) {
      const unsigned char* data = cairo_image_surface_get_data(page);
      const int stride = cairo_image_surface_get_stride(page);
      for (int y = 0; y < cairo_image_surface_get_height(page); ++y) {
        for (int x = 0; x < cairo_image_surface_get_width(page); ++x) {
          const unsigned char* pixel = data + y * stride + x * 4;  // B, G, R, A in memory
          count += std::abs(pixel[2] - red) < 24 && std::abs(pixel[1] - green) < 24 &&
                   std::abs(pixel[0] - blue) < 24;
        }
      }
    }
    cairo_surface_destroy(page);
    return count;
  }

 private:
  static int& counter() {
    static int value = 0;
    return value;
  }
  static std::string run(const std::string& command) {
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    std::string output;
    char buffer[4096];
    while (const auto read = std::fread(buffer, 1, sizeof buffer, pipe.get())) output.append(buffer, read);
    return output;
  }

  std::filesystem::path path_;
};

// A PNG as signature_pad makes one: transparent, with a stroke drawn across it unless `blank`.
inline std::string signaturePng(int width = 400, int height = 160, bool blank = false) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  if (!blank) {
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.4);
    cairo_set_line_width(cr, 3);
    cairo_move_to(cr, width * 0.1, height * 0.7);
    cairo_curve_to(cr, width * 0.3, height * 0.1, width * 0.5, height * 0.9, width * 0.9, height * 0.3);
    cairo_stroke(cr);
  }
  cairo_destroy(cr);
  std::string png;
  cairo_surface_write_to_png_stream(
      surface,
      [](void* closure, const unsigned char* data, unsigned int length) {
        static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
      },
      &png);
  cairo_surface_destroy(surface);
  return png;
}

}  // namespace logis::testing
