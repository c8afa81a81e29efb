#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace logis {

struct MailAddress {
  std::string name;     // decoded to UTF-8, may be empty
  std::string address;  // lower case
};

struct ParsedAttachment {
  std::string filename;
  std::string content_type;
  std::string bytes;  // decoded from the transfer encoding
};

// An email as Logis stores it: every text in UTF-8, message ids without their angle brackets.
struct ParsedMessage {
  std::string message_id;  // empty when the message has none
  std::optional<std::string> in_reply_to;
  std::vector<std::string> references;
  MailAddress from;
  std::vector<MailAddress> to;
  std::vector<MailAddress> cc;
  std::optional<MailAddress> reply_to;
  std::string subject;
  std::optional<EpochMs> date;
  std::string text_body;
  std::string html_body;
  std::vector<ParsedAttachment> attachments;
  // What was left out or repaired, for a person to read ("pièce jointe video.mp4 : 31457280 octets").
  std::vector<std::string> skipped;
};

struct MimeLimits {
  std::size_t max_message_bytes = 64 * 1024 * 1024;     // past it only the header is parsed
  std::size_t max_attachment_bytes = 20 * 1024 * 1024;  // a larger attachment is skipped
  std::size_t max_parts = 200;                          // parts past it are skipped
  std::size_t max_multipart_sections = 64;              // more nested sections: the body is not parsed
};

// Any raw message to a ParsedMessage with VMime; never throws on the message's content: what it cannot
// read is left out and named in `skipped`. Texts declared UTF-8, ISO-8859-1 or Windows-1252 (and any
// charset iconv knows) become UTF-8; invalid bytes become U+FFFD.
class MimeParser {
 public:
  explicit MimeParser(MimeLimits limits = {}) : limits_(limits) {}

  ParsedMessage parse(std::string_view raw) const;

  // The bytes in `charset` as UTF-8 (Windows-1252 for ISO-8859-1, its superset in practice).
  static std::string toUtf8(std::string_view bytes, std::string_view charset);

 private:
  MimeLimits limits_;
};

}  // namespace logis
