#include "templates/template_renderer.hpp"

#include <algorithm>
#include <mstch/mstch.hpp>
#include <variant>
#include <vector>

#include "core/strings.hpp"
#include "templates/html_to_text.hpp"
#include "templates/template_variables.hpp"

namespace logis {
namespace {

// One {{...}} of a template. kind: ' ' a value, '{' or '&' an unescaped value, '#' '^' '/' a section,
// '!' a comment, '>' a partial, '=' a delimiter change.
struct Tag {
  char kind = ' ';
  std::string name;
  std::size_t begin = 0;
  std::size_t end = 0;
};

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string shown(const Tag& tag) {
  return tag.kind == ' ' ? "{{" + tag.name + "}}" : "{{" + std::string(1, tag.kind) + tag.name + "}}";
}

std::variant<std::vector<Tag>, Text> scan(const std::string& source) {
  std::vector<Tag> tags;
  for (auto at = source.find("{{"); at != std::string::npos; at = source.find("{{", at)) {
    Tag tag;
    tag.begin = at;
    std::size_t close = 0;
    std::string content;
    if (source.compare(at, 3, "{{{") == 0) {
      close = source.find("}}}", at + 3);
      if (close == std::string::npos) return Text{"template.tag_not_closed"};
      tag.kind = '{';
      content = source.substr(at + 3, close - at - 3);
      tag.end = close + 3;
    } else {
      close = source.find("}}", at + 2);
      if (close == std::string::npos) return Text{"template.tag_not_closed"};
      content = trimmed(std::string_view(source).substr(at + 2, close - at - 2));
      tag.end = close + 2;
      if (!content.empty() && std::string_view("#^/!>=&").find(content[0]) != std::string_view::npos) {
        tag.kind = content[0];
        content.erase(0, 1);
      }
    }
    tag.name = trimmed(content);
    if (tag.name.empty() && tag.kind != '!') return Text{"template.empty_tag"};
    at = tag.end;
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::optional<Text> problemOf(const Tag& tag, TemplateMode mode, std::vector<std::string>& open) {
  switch (tag.kind) {
    case '!':
      return std::nullopt;
    case '>':
      return Text{"template.partial_refused", {{"tag", shown(tag)}}};
    case '=':
      return Text{"template.delimiters_refused"};
    case '{':
    case '&':
      if (mode == TemplateMode::html) return Text{"template.unescaped_refused", {{"name", tag.name}}};
      [[fallthrough]];
    case ' ':
      if (!isTemplateVariable(tag.name))
        return Text{"template.unknown_variable", {{"name", "{{" + tag.name + "}}"}}};
      return std::nullopt;
    case '#':
    case '^':
      if (!isTemplateVariable(tag.name) && !isTemplateVariableGroup(tag.name)) {
        return Text{"template.unknown_variable",
                    {{"name", "{{" + std::string(1, tag.kind) + tag.name + "}}"}}};
      }
      open.push_back(tag.name);
      return std::nullopt;
    default:  // '/'
      if (open.empty()) return Text{"template.section_not_open", {{"name", tag.name}}};
      if (open.back() != tag.name) {
        return Text{"template.section_mismatch", {{"open", open.back()}, {"close", tag.name}}};
      }
      open.pop_back();
      return std::nullopt;
  }
}

mstch::node toNode(const nlohmann::json& value);

mstch::map toMap(const nlohmann::json& object) {
  mstch::map map;
  for (const auto& [name, item] : object.items()) map.emplace(name, toNode(item));
  return map;
}

mstch::node toNode(const nlohmann::json& value) {
  if (value.is_object()) return toMap(value);
  if (value.is_array()) {
    mstch::array array;
    for (const auto& item : value) array.push_back(toNode(item));
    return array;
  }
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_number()) return value.get<double>();
  return std::string();
}

// Every group present (an absent one is an empty map: its values render empty and its sections are
// skipped, since an empty string is false in mstch), so a template renders against any record set.
mstch::map contextNode(const nlohmann::json& context) {
  auto map = toMap(context.is_object() ? context : nlohmann::json::object());
  for (const auto& group : templateVariableGroups()) {
    const std::string name(group);
    if (!map.contains(name)) map.emplace(name, false);
  }
  if (!map.contains("lien_desabonnement")) map.emplace("lien_desabonnement", std::string());
  return map;
}

}  // namespace

std::optional<Text> TemplateRenderer::problemIn(const std::string& source, TemplateMode mode) {
  auto scanned = scan(source);
  if (auto* problem = std::get_if<Text>(&scanned)) return *problem;
  std::vector<std::string> open;
  for (const auto& tag : std::get<std::vector<Tag>>(scanned)) {
    if (auto problem = problemOf(tag, mode, open)) return problem;
  }
  if (!open.empty()) return Text{"template.section_not_closed", {{"name", open.back()}}};
  return std::nullopt;
}

std::string TemplateRenderer::render(const std::string& source, const nlohmann::json& context,
                                     TemplateMode mode) {
  if (problemIn(source, mode)) throw std::invalid_argument("template with problems");
  std::string prepared = source;
  if (mode == TemplateMode::text) {
    // mstch escapes {{x}} for HTML: in text every value tag becomes its unescaped form.
    const auto tags = std::get<std::vector<Tag>>(scan(source));
    prepared.clear();
    std::size_t copied = 0;
    for (const auto& tag : tags) {
      prepared += source.substr(copied, tag.begin - copied);
      prepared += tag.kind == ' ' || tag.kind == '&' || tag.kind == '{'
                      ? "{{{" + tag.name + "}}}"
                      : source.substr(tag.begin, tag.end - tag.begin);
      copied = tag.end;
    }
    prepared += source.substr(copied);
  }
  return mstch::render(prepared, contextNode(context));
}

RenderedMessage TemplateRenderer::renderEmail(const std::string& subject, const std::string& body,
                                              const nlohmann::json& context) {
  auto html = render(body, context, TemplateMode::html);
  auto text = htmlToText(html);
  auto rendered_subject = render(subject, context, TemplateMode::text);
  // A subject is one line: a value holding a line break must not make it two (header injection).
  std::replace_if(
      rendered_subject.begin(), rendered_subject.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
  return {trimmed(rendered_subject), std::move(html), std::move(text)};
}

RenderedMessage TemplateRenderer::renderSms(const std::string& body, const nlohmann::json& context) {
  auto text = trimmed(render(body, context, TemplateMode::text));
  return {"", text, text};
}

}  // namespace logis
