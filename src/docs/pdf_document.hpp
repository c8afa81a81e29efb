#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace logis::docs {

// A small A4 document writer over Cairo (PDF surface) and Pango (text layout, UTF-8, DejaVu fonts):
// blocks are added top to bottom, then `render` lays them out, breaking pages between lines and table rows,
// and writes the footer with "page n / N" on every page.
class PdfDocument {
 public:
  // `title` goes into the PDF's metadata; `footer` is printed at the bottom of every page.
  PdfDocument(std::string title, std::string footer);

  void title(std::string text);
  void heading(std::string text);
  // Plain text (no markup), wrapped; line breaks in it are kept. `small` sets it in a smaller size.
  void paragraph(std::string text, bool small = false);
  // Columns as fractions of the text width; an empty `header` draws no header row (a label / value list).
  // On a new page the header row is drawn again.
  void table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
             std::vector<double> column_fractions);
  // A PNG, scaled down (never up) to fit the box. std::invalid_argument when the bytes are not a PNG.
  void image(std::string png, double max_width_pt, double max_height_pt);
  // A JPEG (a property's photo), embedded as it is and scaled down to fit the box. std::invalid_argument
  // when the bytes are not a JPEG.
  void photo(std::string jpeg, double max_width_pt, double max_height_pt);
  // A framed box with a caption above it, the PNG (a drawn signature) inside when given.
  void signatureBox(std::string caption, std::optional<std::string> png = std::nullopt);
  void pageBreak();

  // The PDF file.
  std::string render() const;

 private:
  struct Text {
    enum class Style { title, heading, body, small } style;
    std::string text;
  };
  struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<double> fractions;
  };
  struct Image {
    std::string bytes;
    bool jpeg = false;  // else PNG
    int width = 0;      // pixels
    int height = 0;
    double max_width = 0;  // points
    double max_height = 0;
  };
  struct SignatureBox {
    std::string caption;
    std::optional<Image> signature;
  };
  struct PageBreak {};
  using Block = std::variant<Text, Table, Image, SignatureBox, PageBreak>;

  std::string title_;
  std::string footer_;
  std::vector<Block> blocks_;

  static Image pngImage(std::string png, double max_width, double max_height);

  friend class PdfPainter;
};

}  // namespace logis::docs
