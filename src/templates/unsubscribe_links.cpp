#include "templates/unsubscribe_links.hpp"

#include <charconv>
#include <stdexcept>

#include "core/crypto.hpp"
#include "core/strings.hpp"

namespace logis {
namespace {

constexpr std::string_view kVersion = "u1";

std::optional<std::int64_t> positiveNumber(std::string_view text) {
  std::int64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < 1) return std::nullopt;
  return number;
}

}  // namespace

UnsubscribeLinks::UnsubscribeLinks(std::string key, std::string public_url)
    : key_(std::move(key)), public_url_(std::move(public_url)) {
  while (public_url_.ends_with('/')) public_url_.pop_back();
}

std::string UnsubscribeLinks::token(const UnsubscribeTarget& target) const {
  const auto payload = std::string(kVersion) + "." + std::to_string(target.agency_id) + "." +
                       std::to_string(target.contact_id) + "." + target.channel;
  return crypto::toBase64Url(payload) + "." + crypto::toBase64Url(crypto::hmacSha256(key_, payload));
}

std::optional<UnsubscribeTarget> UnsubscribeLinks::verify(std::string_view token) const {
  const auto dot = token.find('.');
  if (dot == std::string_view::npos || token.size() > 300) return std::nullopt;
  std::string payload;
  std::string mac;
  try {
    payload = crypto::fromBase64Url(token.substr(0, dot));
    mac = crypto::fromBase64Url(token.substr(dot + 1));
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  if (!crypto::constantTimeEquals(mac, crypto::hmacSha256(key_, payload))) return std::nullopt;
  const auto parts = splitNonEmpty(payload, '.');
  if (parts.size() != 4 || parts[0] != kVersion) return std::nullopt;
  const auto agency = positiveNumber(parts[1]);
  const auto contact = positiveNumber(parts[2]);
  if (!agency || !contact || (parts[3] != "email" && parts[3] != "sms")) return std::nullopt;
  return UnsubscribeTarget{*agency, *contact, parts[3]};
}

std::string UnsubscribeLinks::url(const UnsubscribeTarget& target) const {
  return public_url_ + "/desabonnement?t=" + token(target);
}

std::map<std::string, std::string> UnsubscribeLinks::emailHeaders(const UnsubscribeTarget& target) const {
  return {{"List-Unsubscribe", "<" + url(target) + ">"},
          {"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"}};
}

}  // namespace logis
