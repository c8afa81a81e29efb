#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace logis::crypto {

// `bytes` random bytes from the OS generator, as unpadded base64url (32 bytes = 256 bits = 43 chars).
std::string randomToken(std::size_t bytes = 32);

// SHA-256 in hex: how session and API tokens are stored, so a database leak does not leak live tokens.
std::string sha256Hex(std::string_view data);

bool constantTimeEquals(std::string_view a, std::string_view b);

// HMAC-SHA-256 of `data` under `key`: 32 raw bytes. Signs what the server hands out and reads back
// (unsubscribe links).
std::string hmacSha256(std::string_view key, std::string_view data);
// Unpadded base64url of raw bytes, and back (std::runtime_error for a text that is not base64url).
std::string toBase64Url(std::string_view bytes);
std::string fromBase64Url(std::string_view text);

// Argon2id with m = 19 MiB, t = 2, p = 1, in the PHC string format (salt and parameters included).
std::string hashPassword(std::string_view password);
bool verifyPassword(const std::string& stored_hash, std::string_view password);

// Authenticated encryption (XChaCha20-Poly1305) with the server key, for secrets stored in the database.
class SecretBox {
 public:
  // Reads the 32-byte key, or creates it with mode 0600 when the file does not exist.
  static SecretBox fromKeyFile(const std::filesystem::path& path);
  explicit SecretBox(std::string key);

  std::string seal(std::string_view plaintext) const;
  // Throws std::runtime_error when the text was not sealed with this key or was altered.
  std::string open(std::string_view sealed) const;
  // A 32-byte key for one purpose ("unsubscribe"), derived from the server key: a signature made with it
  // can never be mistaken for another purpose's, and the server key itself is never used to sign.
  std::string derivedKey(std::string_view purpose) const;

 private:
  std::string key_;
};

}  // namespace logis::crypto
