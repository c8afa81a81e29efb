#include "auth/api_token_repository.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, agency_id, name, role, created_by, created_at, last_used_at, revoked_at FROM api_tokens ";

ApiToken toToken(const Row& row) {
  return {row.integer("id"),
          row.integer("agency_id"),
          row.text("name"),
          parseRole(row.text("role")).value_or(Role::agent),
          row.integer("created_by"),
          row.integer("created_at"),
          row.optionalInteger("last_used_at"),
          row.optionalInteger("revoked_at")};
}

}  // namespace

std::int64_t ApiTokenRepository::insert(const ApiToken& token, const std::string& token_hash) const {
  return db_.insert(
      "INSERT INTO api_tokens (agency_id, name, role, token_hash, created_by, created_at) VALUES (?, ?, ?, "
      "?, ?, ?)",
      {token.agency_id, token.name, std::string(roleName(token.role)), token_hash, token.created_by,
       token.created_at});
}

std::vector<ApiToken> ApiTokenRepository::list(std::int64_t agency_id, std::int64_t offset,
                                               std::int64_t limit) const {
  std::vector<ApiToken> tokens;
  for (const auto& row :
       db_.query(std::string(kSelect) + "WHERE agency_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                 {agency_id, limit, offset})) {
    tokens.push_back(toToken(row));
  }
  return tokens;
}

std::int64_t ApiTokenRepository::count(std::int64_t agency_id) const {
  return db_.query("SELECT COUNT(*) AS n FROM api_tokens WHERE agency_id = ?", {agency_id})
      .at(0)
      .integer("n");
}

std::optional<ApiToken> ApiTokenRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne(std::string(kSelect) + "WHERE agency_id = ? AND id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return toToken(*row);
}

std::optional<ApiToken> ApiTokenRepository::findActiveByHash(const std::string& token_hash) const {
  const auto row =
      db_.queryOne(std::string(kSelect) + "WHERE token_hash = ? AND revoked_at IS NULL", {token_hash});
  if (!row) return std::nullopt;
  return toToken(*row);
}

void ApiTokenRepository::revoke(std::int64_t agency_id, std::int64_t id, EpochMs now) const {
  db_.execute("UPDATE api_tokens SET revoked_at = ? WHERE agency_id = ? AND id = ? AND revoked_at IS NULL",
              {now, agency_id, id});
}

void ApiTokenRepository::touch(std::int64_t id, EpochMs now) const {
  db_.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", {now, id});
}

}  // namespace logis
