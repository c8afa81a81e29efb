#include "templates/html_to_text.hpp"

#include <charconv>
#include <map>
#include <string_view>

#include "core/strings.hpp"

namespace logis {
namespace {

void appendUtf8(std::string& out, unsigned long code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x110000) {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// "&amp;" at `at` -> "&"; answers the characters read (0 when it is not an entity).
std::size_t decodeEntity(std::string_view html, std::size_t at, std::string& out) {
  static const std::map<std::string_view, std::string_view> named = {
      {"amp", "&"},  {"lt", "<"},     {"gt", ">"},     {"quot", "\""}, {"apos", "'"},   {"nbsp", " "},
      {"euro", "€"}, {"eacute", "é"}, {"egrave", "è"}, {"ecirc", "ê"}, {"agrave", "à"}, {"ccedil", "ç"}};
  const auto end = html.find(';', at);
  if (end == std::string_view::npos || end - at > 10) return 0;
  const auto name = html.substr(at + 1, end - at - 1);
  if (name.starts_with('#')) {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const auto digits = name.substr(hex ? 2 : 1);
    unsigned long code = 0;
    const auto [last, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (error != std::errc() || last != digits.data() + digits.size()) return 0;
    appendUtf8(out, code);
    return end - at + 1;
  }
  const auto found = named.find(name);
  if (found == named.end()) return 0;
  out += found->second;
  return end - at + 1;
}

std::string attribute(std::string_view tag, std::string_view name) {
  const auto lower = lowercase(std::string(tag));
  const auto at = lower.find(std::string(name) + "=");
  if (at == std::string::npos) return {};
  auto start = at + name.size() + 1;
  const char quote = start < tag.size() && (tag[start] == '"' || tag[start] == '\'') ? tag[start] : ' ';
  if (quote != ' ') ++start;
  const auto end =
      tag.find_first_of(quote == ' ' ? std::string_view(" >") : std::string_view(&quote, 1), start);
  std::string value;
  const auto raw = tag.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto used = raw[i] == '&' ? decodeEntity(raw, i, value) : 0;
    if (used == 0)
      value += raw[i];
    else
      i += used - 1;
  }
  return value;
}

// Builds the text: runs of white space become one space, block ends become line breaks.
class TextBuilder {
 public:
  void text(char c) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      pending_space_ = !out_.empty() && out_.back() != '\n';
      return;
    }
    if (pending_space_) out_ += ' ';
    pending_space_ = false;
    out_ += c;
  }
  void raw(std::string_view text) {
    for (const char c : text) this->text(c);
  }
  void lineBreak(int count) {
    pending_space_ = false;
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    int present = 0;
    for (auto it = out_.rbegin(); it != out_.rend() && *it == '\n'; ++it) ++present;
    if (out_.empty()) return;
    for (int i = present; i < count; ++i) out_ += '\n';
  }
  std::string finish() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    return out_;
  }
  std::size_t size() const { return out_.size(); }
  std::string_view since(std::size_t at) const { return std::string_view(out_).substr(at); }

 private:
  std::string out_;
  bool pending_space_ = false;
};

}  // namespace

std::string htmlToText(const std::string& html) {
  TextBuilder out;
  std::string link;
  std::size_t link_start = 0;
  for (std::size_t at = 0; at < html.size(); ++at) {
    const char c = html[at];
    if (c == '&') {
      std::string decoded;
      if (const auto used = decodeEntity(html, at, decoded)) {
        out.raw(decoded);
        at += used - 1;
        continue;
      }
    }
    if (c != '<') {
      out.text(c);
      continue;
    }
    const auto close = html.find('>', at);
    if (close == std::string::npos) break;
    const std::string_view tag(html.data() + at + 1, close - at - 1);
    const bool ending = tag.starts_with('/');
    auto name = lowercase(
        std::string(tag.substr(ending ? 1 : 0, tag.find_first_of(" \t\r\n/>", 1) - (ending ? 1 : 0))));
    if (!ending && (name == "style" || name == "script" || name == "head" || name == "title")) {
      const auto end = lowercase(html).find("</" + name, close);
      at = end == std::string::npos ? html.size() : html.find('>', end);
      if (at == std::string::npos) break;
      continue;
    }
    if (name == "br") {
      out.lineBreak(1);
    } else if (name == "p" || name == "div" || name == "table" || name == "ul" || name == "ol" ||
               (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) {
      out.lineBreak(2);
    } else if (name == "tr") {
      out.lineBreak(1);
    } else if (name == "li" && !ending) {
      out.lineBreak(1);
      out.raw("- ");
    } else if (name == "a" && !ending) {
      link = attribute(tag, "href");
      link_start = out.size();
    } else if (name == "a" && ending && !link.empty()) {
      if (out.since(link_start).find(link) == std::string_view::npos) out.raw(" (" + link + ")");
      link.clear();
    }
    at = close;
  }
  return out.finish();
}

}  // namespace logis
