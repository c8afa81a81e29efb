#include "docs/pdf_document.hpp"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

#include "docs/png_image.hpp"

namespace logis::docs {
namespace {

constexpr double kPageWidth = 595.28;  // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.7;  // 2 cm
constexpr double kBottom = kPageHeight - 70;
constexpr double kTextWidth = kPageWidth - 2 * kMargin;
constexpr double kCellPadding = 4;
constexpr double kSignatureBoxHeight = 110;

struct CairoDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using Surface = std::unique_ptr<cairo_surface_t, CairoDeleter>;
using Context = std::unique_ptr<cairo_t, CairoDeleter>;
using Layout = std::unique_ptr<PangoLayout, GDeleter>;
using Font = std::unique_ptr<PangoFontDescription, GDeleter>;

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

cairo_status_t discard(void*, const unsigned char*, unsigned int) {
  return CAIRO_STATUS_SUCCESS;
}

PngImage decodePng(const std::string& png) {
  auto image = PngImage::decode(png);
  if (!image) throw std::invalid_argument("not a PNG");
  return std::move(*image);
}

// Width and height from a JPEG's start-of-frame segment; nullopt when the bytes are no JPEG.
std::optional<std::pair<int, int>> jpegSize(const std::string& jpeg) {
  const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(jpeg[at]); };
  if (jpeg.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) return std::nullopt;
  for (std::size_t at = 2; at + 9 < jpeg.size();) {
    if (byte(at) != 0xFF) return std::nullopt;
    const unsigned marker = byte(at + 1);
    const std::size_t length = byte(at + 2) << 8 | byte(at + 3);
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) return std::pair(byte(at + 7) << 8 | byte(at + 8), byte(at + 5) << 8 | byte(at + 6));
    at += 2 + length;
  }
  return std::nullopt;
}

Font fontFor(bool bold, double size) {
  Font font(pango_font_description_new());
  pango_font_description_set_family(font.get(), "DejaVu Sans");
  pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size(font.get(), static_cast<int>(size * PANGO_SCALE));
  return font;
}

}  // namespace

// One pass over the blocks: the first counts the pages, the second draws them with "page n / N".
class PdfPainter {
 public:
  PdfPainter(cairo_t* cr, const PdfDocument& document, int total_pages)
      : cr_(cr), document_(document), total_pages_(total_pages) {}

  int paint() {
    for (const auto& block : document_.blocks_) {
      std::visit([this](const auto& item) { draw(item); }, block);
    }
    footer();
    return page_;
  }

 private:
  // What an image paints: a PNG decoded; a JPEG as a blank surface of its size carrying the JPEG itself,
  // which the PDF embeds as it is (neither decoded nor encoded again, so a photo costs its file size).
  static Surface surfaceOf(const PdfDocument::Image& image) {
    if (!image.jpeg) return Surface(cairo_surface_reference(decodePng(image.bytes).surface()));
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height));
    cairo_surface_set_mime_data(surface.get(), CAIRO_MIME_TYPE_JPEG,
                                reinterpret_cast<const unsigned char*>(image.bytes.data()),
                                image.bytes.size(), nullptr, nullptr);
    return surface;
  }

  Layout layout(const std::string& text, bool bold, double size, double width) const {
    Layout layout(pango_cairo_create_layout(cr_));
    const auto font = fontFor(bold, size);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
  }

  static double height(PangoLayout* layout) {
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
  }

  // Starts a new page unless `needed` points still fit (or the page is empty: a block taller than a page
  // is drawn from the top, not pushed forever).
  bool ensure(double needed) {
    if (y_ + needed <= kBottom || y_ == kMargin) return false;
    newPage();
    return true;
  }

  void newPage() {
    footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMargin;
  }

  void footer() {
    const auto text = document_.footer_ + "  ·  page " + std::to_string(page_) + " / " +
                      (total_pages_ > 0 ? std::to_string(total_pages_) : std::string("?"));
    const auto line = layout(text, false, 8, kTextWidth);
    pango_layout_set_alignment(line.get(), PANGO_ALIGN_CENTER);
    cairo_set_source_rgb(cr_, 0.35, 0.35, 0.35);
    cairo_move_to(cr_, kMargin, kPageHeight - 45);
    pango_cairo_show_layout(cr_, line.get());
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }

  // Line by line, so a long paragraph goes on over the next page.
  void drawLines(PangoLayout* layout, double x) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      const double line_height = static_cast<double>(logical.height) / PANGO_SCALE;
      const double baseline =
          static_cast<double>(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
      ensure(line_height);
      cairo_move_to(cr_, x + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
      y_ += line_height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
  }

  void draw(const PdfDocument::Text& text) {
    using Style = PdfDocument::Text::Style;
    const bool bold = text.style == Style::title || text.style == Style::heading;
    const double size = text.style == Style::title     ? 17
                        : text.style == Style::heading ? 12
                        : text.style == Style::small   ? 8.5
                                                       : 10;
    const auto lines = layout(text.text, bold, size, kTextWidth);
    if (text.style == Style::heading) {
      if (y_ > kMargin) y_ += 8;
      // A heading keeps at least three lines of what follows with it.
      ensure(height(lines.get()) + 40);
    }
    drawLines(lines.get(), kMargin);
    y_ += text.style == Style::title ? 12 : text.style == Style::heading ? 4 : 6;
  }

  std::vector<Layout> rowCells(const std::vector<std::string>& cells, const std::vector<double>& fractions,
                               bool bold, double& row_height) const {
    std::vector<Layout> layouts;
    row_height = 0;
    for (std::size_t i = 0; i < cells.size() && i < fractions.size(); ++i) {
      layouts.push_back(layout(cells[i], bold, 9.5, fractions[i] * kTextWidth - 2 * kCellPadding));
      row_height = std::max(row_height, height(layouts.back().get()) + 2 * kCellPadding);
    }
    return layouts;
  }

  void drawRow(const std::vector<std::string>& cells, const std::vector<double>& fractions, bool header) {
    double row_height = 0;
    const auto layouts = rowCells(cells, fractions, header, row_height);
    if (header) {
      cairo_set_source_rgb(cr_, 0.92, 0.92, 0.92);
      cairo_rectangle(cr_, kMargin, y_, kTextWidth, row_height);
      cairo_fill(cr_);
      cairo_set_source_rgb(cr_, 0, 0, 0);
    }
    double x = kMargin;
    for (std::size_t i = 0; i < layouts.size(); ++i) {
      cairo_move_to(cr_, x + kCellPadding, y_ + kCellPadding);
      pango_cairo_show_layout(cr_, layouts[i].get());
      x += fractions[i] * kTextWidth;
    }
    y_ += row_height;
    cairo_set_source_rgb(cr_, 0.75, 0.75, 0.75);
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, kMargin, y_);
    cairo_line_to(cr_, kMargin + kTextWidth, y_);
    cairo_stroke(cr_);
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }

  void draw(const PdfDocument::Table& table) {
    const bool has_header = !table.header.empty();
    double header_height = 0;
    if (has_header) rowCells(table.header, table.fractions, true, header_height);
    double first_height = 0;
    if (!table.rows.empty()) rowCells(table.rows.front(), table.fractions, false, first_height);
    ensure(header_height + first_height);
    if (has_header) drawRow(table.header, table.fractions, true);
    for (const auto& row : table.rows) {
      double row_height = 0;
      rowCells(row, table.fractions, false, row_height);
      if (ensure(row_height) && has_header) drawRow(table.header, table.fractions, true);
      drawRow(row, table.fractions, false);
    }
    y_ += 8;
  }

  // The image scaled to fit (width, height) with its top left corner at (x, y).
  void paintImage(const PdfDocument::Image& image, double x, double y, double max_width, double max_height) {
    const auto surface = surfaceOf(image);
    const double scale = std::min({1.0, max_width / image.width, max_height / image.height});
    cairo_save(cr_);
    cairo_translate(cr_, x, y);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, surface.get(), 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
  }

  void draw(const PdfDocument::Image& image) {
    const double scale = std::min({1.0, image.max_width / image.width, image.max_height / image.height});
    ensure(image.height * scale);
    paintImage(image, kMargin, y_, image.max_width, image.max_height);
    y_ += image.height * scale + 8;
  }

  void draw(const PdfDocument::SignatureBox& box) {
    const auto caption = layout(box.caption, false, 9.5, kTextWidth / 2);
    const double caption_height = height(caption.get());
    ensure(caption_height + 4 + kSignatureBoxHeight);
    const double x = kMargin + kTextWidth / 2;
    cairo_move_to(cr_, x, y_);
    pango_cairo_show_layout(cr_, caption.get());
    y_ += caption_height + 4;
    cairo_set_line_width(cr_, 0.8);
    cairo_rectangle(cr_, x, y_, kTextWidth / 2, kSignatureBoxHeight);
    cairo_stroke(cr_);
    if (box.signature)
      paintImage(*box.signature, x + 6, y_ + 6, kTextWidth / 2 - 12, kSignatureBoxHeight - 12);
    y_ += kSignatureBoxHeight + 10;
  }

  void draw(const PdfDocument::PageBreak&) {
    if (y_ > kMargin) newPage();
  }

  cairo_t* cr_;
  const PdfDocument& document_;
  int total_pages_;
  int page_ = 1;
  double y_ = kMargin;
};

PdfDocument::PdfDocument(std::string title, std::string footer)
    : title_(std::move(title)), footer_(std::move(footer)) {}

void PdfDocument::title(std::string text) {
  blocks_.emplace_back(Text{Text::Style::title, std::move(text)});
}

void PdfDocument::heading(std::string text) {
  blocks_.emplace_back(Text{Text::Style::heading, std::move(text)});
}

void PdfDocument::paragraph(std::string text, bool small) {
  blocks_.emplace_back(Text{small ? Text::Style::small : Text::Style::body, std::move(text)});
}

void PdfDocument::table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                        std::vector<double> column_fractions) {
  blocks_.emplace_back(Table{std::move(header), std::move(rows), std::move(column_fractions)});
}

PdfDocument::Image PdfDocument::pngImage(std::string png, double max_width, double max_height) {
  const auto decoded = decodePng(png);
  return {std::move(png), false, decoded.width(), decoded.height(), max_width, max_height};
}

void PdfDocument::image(std::string png, double max_width_pt, double max_height_pt) {
  blocks_.emplace_back(pngImage(std::move(png), max_width_pt, max_height_pt));
}

void PdfDocument::photo(std::string jpeg, double max_width_pt, double max_height_pt) {
  const auto size = jpegSize(jpeg);
  if (!size) throw std::invalid_argument("not a JPEG");
  blocks_.emplace_back(Image{std::move(jpeg), true, size->first, size->second, max_width_pt, max_height_pt});
}

void PdfDocument::signatureBox(std::string caption, std::optional<std::string> png) {
  std::optional<Image> signature;
  if (png) signature = pngImage(std::move(*png), 0, 0);
  blocks_.emplace_back(SignatureBox{std::move(caption), std::move(signature)});
}

void PdfDocument::pageBreak() {
  blocks_.emplace_back(PageBreak{});
}

std::string PdfDocument::render() const {
  int pages = 0;
  std::string pdf;
  for (const bool counting : {true, false}) {
    Surface surface(cairo_pdf_surface_create_for_stream(counting ? discard : appendTo,
                                                        counting ? nullptr : &pdf, kPageWidth, kPageHeight));
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title_.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Logis");
    {
      Context cr(cairo_create(surface.get()));
      pages = PdfPainter(cr.get(), *this, counting ? 0 : pages).paint();
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("PDF: ") +
                               cairo_status_to_string(cairo_surface_status(surface.get())));
    }
  }
  return pdf;
}

}  // namespace logis::docs
