#include "mail/mime_message_builder.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <stdexcept>
#include <vmime/contentTypeField.hpp>

#include "mail/vmime_net.hpp"

namespace logis {
namespace {

// Printable ASCII is written as it is; anything else (accents, control characters such as CR and LF) as
// one UTF-8 word, which VMime encodes whole, spaces included. (Built from a string with a charset, VMime
// makes one word per run of characters and the spaces between two encoded words are lost on reading.)
vmime::text headerText(const std::string& value) {
  const bool printable =
      std::all_of(value.begin(), value.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
  if (printable) return vmime::text(vmime::word(value, vmime::charsets::US_ASCII));
  return vmime::text(vmime::word(value, vmime::charsets::UTF_8));
}

vmime::mailbox mailboxOf(const std::string& name, const std::string& email) {
  return vmime::mailbox(headerText(name), vmime::emailAddress(email));
}

vmime::messageId messageIdOf(const std::string& id) {
  const auto bare = id.size() > 2 && id.front() == '<' && id.back() == '>' ? id.substr(1, id.size() - 2) : id;
  const auto at = bare.rfind('@');
  return at == std::string::npos ? vmime::messageId(bare, "")
                                 : vmime::messageId(bare.substr(0, at), bare.substr(at + 1));
}

void setBody(vmime::messageBuilder& builder, const OutgoingEmail& email) {
  const auto text = email.body_text.empty() && !email.body_html.empty()
                        ? MimeMessageBuilder::textFromHtml(email.body_html)
                        : email.body_text;
  if (email.body_html.empty()) {
    builder.getTextPart()->setCharset(vmime::charsets::UTF_8);
    builder.getTextPart()->setText(vmime::make_shared<vmime::stringContentHandler>(text));
    return;
  }
  builder.constructTextPart(vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
  auto part = vmime::dynamicCast<vmime::htmlTextPart>(builder.getTextPart());
  part->setCharset(vmime::charsets::UTF_8);
  part->setText(vmime::make_shared<vmime::stringContentHandler>(email.body_html));
  part->setPlainText(vmime::make_shared<vmime::stringContentHandler>(text));
}

void setThreadHeaders(vmime::header& header, const OutgoingEmail& email) {
  if (email.in_reply_to) {
    vmime::messageIdSequence in_reply_to;
    in_reply_to.appendMessageId(vmime::make_shared<vmime::messageId>(messageIdOf(*email.in_reply_to)));
    header.InReplyTo()->setValue(in_reply_to);
  }
  if (!email.references.empty()) {
    vmime::messageIdSequence references;
    for (const auto& id : email.references)
      references.appendMessageId(vmime::make_shared<vmime::messageId>(messageIdOf(id)));
    header.References()->setValue(references);
  }
}

std::string decodeEntities(std::string_view text) {
  static const std::map<std::string, std::string, std::less<>> entities = {
      {"amp", "&"}, {"lt", "<"},     {"gt", ">"},     {"quot", "\""},  {"apos", "'"},   {"nbsp", "\u00a0"},
      {"#39", "'"}, {"eacute", "é"}, {"egrave", "è"}, {"agrave", "à"}, {"ccedil", "ç"}, {"euro", "€"}};
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto end = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (end != std::string_view::npos && end - i <= 8) {
      const auto found = entities.find(text.substr(i + 1, end - i - 1));
      if (found != entities.end()) {
        out += found->second;
        i = end;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool isBlockTag(std::string_view tag) {
  static const std::vector<std::string_view> blocks = {
      "p",  "/p",  "br",  "br/", "div", "/div", "li",  "tr", "/tr", "h1",    "h2",
      "h3", "/h1", "/h2", "/h3", "/li", "ul",   "/ul", "ol", "/ol", "table", "/table"};
  for (const auto block : blocks)
    if (tag == block) return true;
  return false;
}

}  // namespace

bool MimeMessageBuilder::isSingleLine(std::string_view value) {
  return value.find_first_of("\r\n") == std::string_view::npos;
}

std::string MimeMessageBuilder::textFromHtml(std::string_view html) {
  std::string text;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] != '<') {
      text += html[i] == '\r' || html[i] == '\n' ? ' ' : html[i];
      continue;
    }
    const auto end = html.find('>', i);
    if (end == std::string_view::npos) break;
    auto tag = std::string(html.substr(i + 1, end - i - 1));
    tag = tag.substr(0, tag.find_first_of(" \t\r\n"));
    for (auto& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool skip_content = tag == "style" || tag == "script";
    if (skip_content) {
      const auto close = html.find("</" + tag, end);
      i = close == std::string_view::npos ? html.size() : html.find('>', close);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (isBlockTag(tag) && !text.empty() && text.back() != '\n') text += '\n';
    i = end;
  }
  auto decoded = decodeEntities(text);
  std::string collapsed;  // runs of spaces made one, spaces around line breaks dropped
  for (const char c : decoded) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ' || collapsed.back() == '\n')) continue;
    if (c == '\n' && !collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    collapsed += c;
  }
  while (!collapsed.empty() && (collapsed.back() == '\n' || collapsed.back() == ' ')) collapsed.pop_back();
  return collapsed;
}

namespace {

void appendField(vmime::header& header, const std::string& name, const std::string& value) {
  if (!MimeMessageBuilder::isSingleLine(name) || !MimeMessageBuilder::isSingleLine(value))
    throw std::invalid_argument("a header holds a line break");
  header.appendField(vmime::headerFieldFactory::getInstance()->create(name, value));
}

// An attachment whose content type carries parameters ("text/calendar; method=REQUEST; charset=UTF-8":
// an invitation calendar programs act on): the media type goes to VMime, the parameters are added to the
// part's Content-Type once VMime has written it.
class ParameterizedAttachment : public vmime::defaultAttachment {
 public:
  ParameterizedAttachment(const MimeAttachment& file, vmime::mediaType type,
                          std::vector<std::pair<std::string, std::string>> parameters)
      : vmime::defaultAttachment(vmime::make_shared<vmime::stringContentHandler>(file.data),
                                 vmime::encoding("base64"), type, vmime::text(),
                                 vmime::word(file.filename, vmime::charsets::UTF_8)),
        parameters_(std::move(parameters)) {}

 protected:
  void generatePart(vmime::shared_ptr<vmime::bodyPart> part) const override {
    vmime::defaultAttachment::generatePart(part);
    auto field = vmime::dynamicCast<vmime::contentTypeField>(part->getHeader()->ContentType());
    for (const auto& [name, value] : parameters_) field->getParameter(name)->setValue(vmime::word(value));
  }

 private:
  std::vector<std::pair<std::string, std::string>> parameters_;
};

std::string trimmed(std::string_view value) {
  const auto first = value.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  return std::string(value.substr(first, value.find_last_not_of(" \t") - first + 1));
}

vmime::shared_ptr<vmime::attachment> attachmentOf(const MimeAttachment& file) {
  if (!MimeMessageBuilder::isSingleLine(file.content_type) ||
      !MimeMessageBuilder::isSingleLine(file.filename))
    throw std::invalid_argument("an attachment's name or type holds a line break");
  const auto semicolon = file.content_type.find(';');
  const auto type = trimmed(std::string_view(file.content_type).substr(0, semicolon));
  std::vector<std::pair<std::string, std::string>> parameters;
  for (auto start = semicolon; start != std::string::npos;) {
    const auto end = file.content_type.find(';', start + 1);
    const auto item = trimmed(std::string_view(file.content_type).substr(start + 1, end - start - 1));
    const auto equals = item.find('=');
    if (equals != std::string::npos && equals > 0) {
      auto value = trimmed(std::string_view(item).substr(equals + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
        value = value.substr(1, value.size() - 2);
      parameters.emplace_back(trimmed(std::string_view(item).substr(0, equals)), value);
    }
    start = end;
  }
  return vmime::make_shared<ParameterizedAttachment>(file, vmime::mediaType(type), std::move(parameters));
}

}  // namespace

std::shared_ptr<vmime::message> MimeMessageBuilder::build(const OutgoingEmail& email) {
  mail::initialiseVmime();
  vmime::messageBuilder builder;
  builder.setExpeditor(mailboxOf(email.from_name, email.from_email));
  vmime::addressList to;
  for (const auto& address : email.to) to.appendAddress(vmime::make_shared<vmime::mailbox>(address));
  builder.setRecipients(to);
  builder.setSubject(headerText(email.subject));
  setBody(builder, email);
  for (const auto& file : email.attachments) builder.appendAttachment(attachmentOf(file));
  auto message = builder.construct();
  auto header = message->getHeader();
  header->MessageId()->setValue(messageIdOf(email.message_id));
  header->Date()->setValue(vmime::datetime(static_cast<time_t>(email.date / 1000)));
  if (email.reply_to) header->ReplyTo()->setValue(mailboxOf("", *email.reply_to));
  setThreadHeaders(*header, email);
  for (const auto& [name, value] : email.headers) appendField(*header, name, value);
  return message;
}

std::string MimeMessageBuilder::render(const OutgoingEmail& email) {
  std::string out;
  vmime::utility::outputStreamStringAdapter stream(out);
  build(email)->generate(stream);
  return out;
}

}  // namespace logis
