#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace logis {

// Who a link unsubscribes: a contact of an agency, from a channel ("email" or "sms").
struct UnsubscribeTarget {
  std::int64_t agency_id = 0;
  std::int64_t contact_id = 0;
  std::string channel;
};

// Unsubscribe links that work without logging in: the token names its target and carries an
// HMAC-SHA-256 under a key derived from the server key, so nobody can forge one for another contact.
// It does not expire (a link in a years-old alert must still work) and holds no secret of the contact.
class UnsubscribeLinks {
 public:
  // `key`: crypto::SecretBox::derivedKey("unsubscribe"); `public_url`: where people reach Logis.
  UnsubscribeLinks(std::string key, std::string public_url);

  std::string token(const UnsubscribeTarget& target) const;
  // nullopt for a token altered, truncated or signed with another key.
  std::optional<UnsubscribeTarget> verify(std::string_view token) const;
  // {public_url}/desabonnement?t=<token>: the page that asks to confirm.
  std::string url(const UnsubscribeTarget& target) const;
  // The headers of RFC 2369 and RFC 8058 for a bulk email (alerts): List-Unsubscribe names the link and
  // List-Unsubscribe-Post says a POST to it unsubscribes at once (mail clients' one-click button).
  std::map<std::string, std::string> emailHeaders(const UnsubscribeTarget& target) const;

 private:
  std::string key_;
  std::string public_url_;
};

}  // namespace logis
