#include "core/crypto.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <stdexcept>
#include <vector>

namespace logis::crypto {
namespace {

constexpr unsigned long long kPasswordOps = 2;
constexpr std::size_t kPasswordMemory = 19 * 1024 * 1024;

void ensureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

std::string toBase64(const unsigned char* data, std::size_t size) {
  std::string out(sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), data, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::vector<unsigned char> fromBase64(std::string_view text) {
  std::vector<unsigned char> out(text.size());
  std::size_t length = 0;
  if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    throw std::runtime_error("not base64url");
  }
  out.resize(length);
  return out;
}

}  // namespace

std::string randomToken(std::size_t bytes) {
  ensureSodium();
  std::vector<unsigned char> buffer(bytes);
  randombytes_buf(buffer.data(), buffer.size());
  return toBase64(buffer.data(), buffer.size());
}

std::string sha256Hex(std::string_view data) {
  ensureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string hmacSha256(std::string_view key, std::string_view data) {
  ensureSodium();
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  std::string mac(crypto_auth_hmacsha256_BYTES, '\0');
  crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
  return mac;
}

std::string toBase64Url(std::string_view bytes) {
  ensureSodium();
  return toBase64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string fromBase64Url(std::string_view text) {
  ensureSodium();
  const auto bytes = fromBase64(text);
  return std::string(bytes.begin(), bytes.end());
}

std::string hashPassword(std::string_view password) {
  ensureSodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(hash, password.data(), password.size(), kPasswordOps, kPasswordMemory,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return hash;
}

bool verifyPassword(const std::string& stored_hash, std::string_view password) {
  ensureSodium();
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

SecretBox SecretBox::fromKeyFile(const std::filesystem::path& path) {
  ensureSodium();
  if (!std::filesystem::exists(path)) {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
    std::string key(crypto_secretbox_xchacha20poly1305_KEYBYTES, '\0');
    randombytes_buf(key.data(), key.size());
    const auto old_mask = umask(077);
    std::ofstream(path, std::ios::binary).write(key.data(), static_cast<std::streamsize>(key.size()));
    umask(old_mask);
    std::filesystem::permissions(path,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  }
  std::ifstream in(path, std::ios::binary);
  std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (key.size() != crypto_secretbox_xchacha20poly1305_KEYBYTES) {
    throw std::runtime_error(path.string() + " must hold exactly 32 bytes");
  }
  return SecretBox(std::move(key));
}

SecretBox::SecretBox(std::string key) : key_(std::move(key)) {
  ensureSodium();
}

std::string SecretBox::seal(std::string_view plaintext) const {
  std::vector<unsigned char> out(crypto_secretbox_xchacha20poly1305_NONCEBYTES +
                                 crypto_secretbox_xchacha20poly1305_MACBYTES + plaintext.size());
  unsigned char* nonce = out.data();
  randombytes_buf(nonce, crypto_secretbox_xchacha20poly1305_NONCEBYTES);
  crypto_secretbox_xchacha20poly1305_easy(out.data() + crypto_secretbox_xchacha20poly1305_NONCEBYTES,
                                          reinterpret_cast<const unsigned char*>(plaintext.data()),
                                          plaintext.size(), nonce,
                                          reinterpret_cast<const unsigned char*>(key_.data()));
  return toBase64(out.data(), out.size());
}

std::string SecretBox::open(std::string_view sealed) const {
  const auto box = fromBase64(sealed);
  constexpr auto overhead =
      crypto_secretbox_xchacha20poly1305_NONCEBYTES + crypto_secretbox_xchacha20poly1305_MACBYTES;
  if (box.size() < overhead) throw std::runtime_error("sealed text too short");
  std::string plain(box.size() - overhead, '\0');
  if (crypto_secretbox_xchacha20poly1305_open_easy(
          reinterpret_cast<unsigned char*>(plain.data()),
          box.data() + crypto_secretbox_xchacha20poly1305_NONCEBYTES,
          box.size() - crypto_secretbox_xchacha20poly1305_NONCEBYTES, box.data(),
          reinterpret_cast<const unsigned char*>(key_.data())) != 0) {
    throw std::runtime_error("sealed text was altered or sealed with another key");
  }
  return plain;
}

std::string SecretBox::derivedKey(std::string_view purpose) const {
  return hmacSha256(key_, "logis derived key: " + std::string(purpose));
}

}  // namespace logis::crypto
