#include "auth/api_token_service.hpp"

#include "core/api_error.hpp"
#include "core/crypto.hpp"

namespace logis {

std::vector<ApiToken> ApiTokenService::list(const Principal& caller, std::int64_t offset,
                                            std::int64_t limit) const {
  return tokens_.list(caller.agency_id, offset, limit);
}

std::int64_t ApiTokenService::count(const Principal& caller) const {
  return tokens_.count(caller.agency_id);
}

IssuedToken ApiTokenService::create(const Principal& caller, const std::string& name,
                                    const std::string& role) const {
  const auto parsed = parseRole(role);
  if (!parsed || (*parsed != Role::manager && *parsed != Role::agent)) {
    throw ApiError::invalidFields({{"role", {"token.role_invalid"}}});
  }
  IssuedToken issued{{}, "lgs_" + crypto::randomToken()};
  issued.token.agency_id = caller.agency_id;
  issued.token.name = name;
  issued.token.role = *parsed;
  issued.token.created_by = caller.user_id.value_or(0);
  issued.token.created_at = clock_.now();
  issued.token.id = tokens_.insert(issued.token, crypto::sha256Hex(issued.secret));
  return issued;
}

void ApiTokenService::revoke(const Principal& caller, std::int64_t id) const {
  if (!tokens_.find(caller.agency_id, id)) throw ApiError::notFound();
  tokens_.revoke(caller.agency_id, id, clock_.now());
}

}  // namespace logis
