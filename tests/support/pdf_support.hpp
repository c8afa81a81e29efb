#pragma once

#include <cairo.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

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
  // The text with every run of spaces and line breaks made one space: sentences wrapped over lines read whole.
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
  // Images drawn in the PDF (pdfimages -list: one line per image, its transparency mask on a line of its own).
  int images() const {
    std::istringstream list(run("pdfimages -list '" + path_.string() + "' 2>&1"));
    int count = 0;
    for (std::string line; std::getline(list, line);) {
      std::istringstream columns(line);
      std::string page, number, type;
      columns >> page >> number >> type;
      count += type == "image";
    }
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
