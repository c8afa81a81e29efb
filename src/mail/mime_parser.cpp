#include "mail/mime_parser.hpp"

#include <array>
#include <ctime>
#include <vmime/vmime.hpp>

#include "core/strings.hpp"
#include "mail/vmime_net.hpp"

namespace logis {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

void appendCodePoint(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Windows-1252 bytes 0x80-0x9F; the others are Latin-1 (the code point is the byte).
std::string windows1252ToUtf8(std::string_view bytes) {
  static constexpr std::array<char32_t, 32> high = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 4);
  for (const auto c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    appendCodePoint(out, byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char32_t{byte});
  }
  return out;
}

// Valid UTF-8 kept as it is; each invalid byte becomes U+FFFD.
std::string repairedUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t length = lead < 0x80                   ? 1
                         : lead >= 0xC2 && lead < 0xE0 ? 2
                         : lead >= 0xE0 && lead < 0xF0 ? 3
                         : lead >= 0xF0 && lead < 0xF5 ? 4
                                                       : 0;
    bool valid = length > 0 && i + length <= bytes.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      valid = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
    }
    if (valid && length == 3) {
      const auto second = static_cast<unsigned char>(bytes[i + 1]);
      valid = !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second >= 0xA0);
    } else if (valid && length == 4) {
      const auto second = static_cast<unsigned char>(bytes[i + 1]);
      valid = !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90);
    }
    if (valid) {
      out.append(bytes.substr(i, length));
      i += length;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

std::string text(const vmime::text& value) {
  std::string out;
  for (std::size_t i = 0; i < value.getWordCount(); ++i) {
    const auto word = value.getWordAt(i);
    out += MimeParser::toUtf8(word->getBuffer(), word->getCharset().getName());
  }
  return out;
}

MailAddress address(const vmime::mailbox& mailbox) {
  return {text(mailbox.getName()), lowercase(mailbox.getEmail().toString())};
}

std::vector<MailAddress> addresses(const vmime::header& header, const std::string& name) {
  std::vector<MailAddress> out;
  const auto field = header.findField(name);
  if (!field) return out;
  // VMime reads From and Reply-To as one mailbox, To and Cc as a list.
  if (const auto single = field->getValue<vmime::mailbox>()) {
    if (!single->getEmail().isEmpty()) out.push_back(address(*single));
    return out;
  }
  const auto list = field->getValue<vmime::addressList>();
  if (!list) return out;
  for (const auto& mailbox : list->toMailboxList()->getMailboxList()) {
    if (!mailbox->getEmail().isEmpty()) out.push_back(address(*mailbox));
  }
  return out;
}

std::vector<std::string> messageIds(const vmime::header& header, const std::string& name) {
  std::vector<std::string> out;
  const auto field = header.findField(name);
  if (!field) return out;
  // VMime reads Message-ID as one id, In-Reply-To and References as a sequence.
  if (const auto single = field->getValue<vmime::messageId>()) {
    if (!single->getId().empty() && single->getId() != "@") out.push_back(single->getId());
    return out;
  }
  const auto ids = field->getValue<vmime::messageIdSequence>();
  if (!ids) return out;
  for (std::size_t i = 0; i < ids->getMessageIdCount(); ++i) {
    const auto id = ids->getMessageIdAt(i)->getId();
    if (!id.empty() && id != "@") out.push_back(id);
  }
  return out;
}

std::optional<EpochMs> date(const vmime::header& header) {
  const auto field = header.findField(vmime::fields::DATE);
  if (!field) return std::nullopt;
  const auto value = field->getValue<vmime::datetime>();
  if (!value) return std::nullopt;
  const auto utc = vmime::utility::datetimeUtils::toUniversalTime(*value);
  std::tm parts{};
  parts.tm_year = utc.getYear() - 1900;
  parts.tm_mon = utc.getMonth() - 1;
  parts.tm_mday = utc.getDay();
  parts.tm_hour = utc.getHour();
  parts.tm_min = utc.getMinute();
  parts.tm_sec = utc.getSecond();
  if (utc.getYear() < 1971) return std::nullopt;
  return EpochMs{timegm(&parts)} * 1000;
}

std::string headerText(const vmime::header& header, const std::string& name) {
  const auto field = header.findField(name);
  if (!field) return {};
  const auto value = field->getValue<vmime::text>();
  return value ? text(*value) : std::string();
}

std::string parameter(const vmime::header& header, const std::string& field_name, const std::string& name) {
  const auto field = header.findField<vmime::parameterizedHeaderField>(field_name);
  if (!field || !field->hasParameter(name)) return {};
  const auto& value = field->getParameter(name)->getValue();
  return MimeParser::toUtf8(value.getBuffer(), value.getCharset().getName());
}

// A multipart section per boundary declared; too many means a nesting deep enough to exhaust the stack
// of VMime's recursive parser.
std::size_t multipartSections(std::string_view raw) {
  std::size_t count = 0;
  for (auto at = raw.find("boundary="); at != std::string_view::npos; at = raw.find("boundary=", at + 9))
    ++count;
  for (auto at = raw.find("BOUNDARY="); at != std::string_view::npos; at = raw.find("BOUNDARY=", at + 9))
    ++count;
  return count;
}

class PartWalker {
 public:
  PartWalker(const MimeLimits& limits, ParsedMessage& message) : limits_(limits), message_(message) {}

  void walk(const vmime::bodyPart& part) {
    if (++parts_ > limits_.max_parts) {
      if (parts_ == limits_.max_parts + 1) {
        message_.skipped.push_back("parties au-delà de la " + std::to_string(limits_.max_parts) + "e");
      }
      return;
    }
    const auto& header = *part.getHeader();
    const auto& body = *part.getBody();
    const auto type = body.getContentType();
    if (type.getType() == vmime::mediaTypes::MULTIPART) {
      for (std::size_t i = 0; i < body.getPartCount(); ++i) walk(*body.getPartAt(i));
      return;
    }
    const auto disposition = lowercase(parameterless(header, vmime::fields::CONTENT_DISPOSITION));
    auto filename = parameter(header, vmime::fields::CONTENT_DISPOSITION, "filename");
    if (filename.empty()) filename = parameter(header, vmime::fields::CONTENT_TYPE, "name");
    const bool is_text = type.getType() == vmime::mediaTypes::TEXT;
    const bool inline_text = is_text && filename.empty() && disposition != "attachment";
    if (inline_text && type.getSubType() == vmime::mediaTypes::TEXT_PLAIN && message_.text_body.empty()) {
      message_.text_body = decodedText(part);
    } else if (inline_text && type.getSubType() == vmime::mediaTypes::TEXT_HTML &&
               message_.html_body.empty()) {
      message_.html_body = decodedText(part);
    } else {
      attach(part, type.generate(), filename);
    }
  }

 private:
  static std::string parameterless(const vmime::header& header, const std::string& name) {
    const auto field = header.findField(name);
    if (!field) return {};
    const auto value = field->getValue<vmime::contentDisposition>();
    return value ? value->getName() : std::string();
  }

  std::string decoded(const vmime::bodyPart& part) const {
    std::string bytes;
    vmime::utility::outputStreamStringAdapter out(bytes);
    part.getBody()->getContents()->extract(out);
    return bytes;
  }

  std::string decodedText(const vmime::bodyPart& part) const {
    return MimeParser::toUtf8(decoded(part), part.getBody()->getCharset().getName());
  }

  void attach(const vmime::bodyPart& part, const std::string& type, std::string filename) {
    if (filename.empty()) filename = "piece-jointe-" + std::to_string(message_.attachments.size() + 1);
    // Base64 grows by 4/3: the encoded length tells early whether the decoded bytes can fit.
    const auto encoded = part.getBody()->getContents()->getLength();
    if (encoded / 4 * 3 > limits_.max_attachment_bytes + 3) {
      message_.skipped.push_back("pièce jointe " + filename + " : plus de " +
                                 std::to_string(limits_.max_attachment_bytes) + " octets");
      return;
    }
    auto bytes = decoded(part);
    if (bytes.size() > limits_.max_attachment_bytes) {
      message_.skipped.push_back("pièce jointe " + filename + " : plus de " +
                                 std::to_string(limits_.max_attachment_bytes) + " octets");
      return;
    }
    message_.attachments.push_back({std::move(filename), lowercase(type), std::move(bytes)});
  }

  const MimeLimits& limits_;
  ParsedMessage& message_;
  std::size_t parts_ = 0;
};

void readHeader(const vmime::header& header, ParsedMessage& message) {
  const auto ids = messageIds(header, vmime::fields::MESSAGE_ID);
  if (!ids.empty()) message.message_id = ids.front();
  const auto parents = messageIds(header, vmime::fields::IN_REPLY_TO);
  if (!parents.empty()) message.in_reply_to = parents.front();
  message.references = messageIds(header, vmime::fields::REFERENCES);
  const auto from = addresses(header, vmime::fields::FROM);
  if (!from.empty()) message.from = from.front();
  message.to = addresses(header, vmime::fields::TO);
  message.cc = addresses(header, vmime::fields::CC);
  const auto reply_to = addresses(header, vmime::fields::REPLY_TO);
  if (!reply_to.empty()) message.reply_to = reply_to.front();
  message.subject = headerText(header, vmime::fields::SUBJECT);
  message.date = date(header);
}

}  // namespace

std::string MimeParser::toUtf8(std::string_view bytes, std::string_view charset) {
  const auto name = lowercase(std::string(charset));
  if (name.empty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii") {
    return repairedUtf8(bytes);
  }
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "windows-1252" ||
      name == "cp1252") {
    return windows1252ToUtf8(bytes);
  }
  try {
    std::string out;
    vmime::charsetConverterOptions options;
    options.invalidSequence = kReplacement;
    vmime::charset::convert(std::string(bytes), out, vmime::charset(std::string(charset)),
                            vmime::charset(vmime::charsets::UTF_8), options);
    return repairedUtf8(out);
  } catch (const vmime::exception&) {
    // An unknown or broken charset: most mail in France without a known one is Windows-1252 or UTF-8.
    const auto repaired = repairedUtf8(bytes);
    return repaired.find(kReplacement) == std::string::npos ? repaired : windows1252ToUtf8(bytes);
  }
}

ParsedMessage MimeParser::parse(std::string_view raw) const {
  mail::initialiseVmime();
  ParsedMessage message;
  const bool whole =
      raw.size() <= limits_.max_message_bytes && multipartSections(raw) <= limits_.max_multipart_sections;
  try {
    if (!whole) {
      auto end = raw.find("\r\n\r\n");
      if (end == std::string_view::npos) end = raw.find("\n\n");
      const auto head = std::string(raw.substr(0, std::min(end, std::size_t{256 * 1024})));
      vmime::header header;
      header.parse(head);
      readHeader(header, message);
      message.skipped.push_back(raw.size() > limits_.max_message_bytes
                                    ? "corps du message : plus de " +
                                          std::to_string(limits_.max_message_bytes) + " octets"
                                    : "corps du message : trop de sections imbriquées");
      return message;
    }
    vmime::message parsed;
    parsed.parse(std::string(raw));
    readHeader(*parsed.getHeader(), message);
    PartWalker(limits_, message).walk(parsed);
  } catch (const std::exception& error) {
    message.skipped.push_back(std::string("message illisible : ") + error.what());
  }
  return message;
}

}  // namespace logis
