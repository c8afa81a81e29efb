#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <vmime/vmime.hpp>

#include "core/clock.hpp"

namespace logis {

struct MimeAttachment {
  std::string filename;
  std::string content_type;  // e.g. application/pdf, "text/calendar; method=REQUEST; charset=UTF-8"
  std::string data;
};

// An email ready to be turned into MIME. Addresses are bare (name@domain); message ids keep their angle
// brackets (<id@domain>).
struct OutgoingEmail {
  std::string from_name;
  std::string from_email;
  std::vector<std::string> to;
  std::optional<std::string> reply_to;
  std::string subject;
  std::string body_text;
  std::string body_html;  // empty: a text/plain message
  std::string message_id;
  std::optional<std::string> in_reply_to;
  std::vector<std::string> references;
  EpochMs date = 0;
  std::vector<MimeAttachment> attachments;
  std::map<std::string, std::string> headers;  // more header fields, e.g. List-Unsubscribe (no line breaks)
};

// Builds the MIME message with VMime: multipart/alternative (text, HTML) when there is HTML, inside
// multipart/mixed when there are attachments. Every header value goes through VMime's encoders, so a
// line break in a name or subject is encoded, never written raw.
class MimeMessageBuilder {
 public:
  static std::shared_ptr<vmime::message> build(const OutgoingEmail& email);
  static std::string render(const OutgoingEmail& email);
  // A readable plain-text version of an HTML body: tags dropped, block ends as line breaks, entities
  // decoded.
  static std::string textFromHtml(std::string_view html);
  // False when the value holds a CR or LF (refused in subjects, names and addresses).
  static bool isSingleLine(std::string_view value);
};

}  // namespace logis
