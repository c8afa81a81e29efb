#pragma once

#include "auth/api_token_service.hpp"
#include "auth/auth_service.hpp"
#include "auth/user_service.hpp"
#include "http/router.hpp"

namespace logis {

// /api/v1/auth/*: login, logout, me, password.
void addAuthRoutes(Router& router, const AuthService& auth, bool https);
// /api/v1/users: the agency's people (admin manages, manager reads).
void addUserRoutes(Router& router, const UserService& users);
// /api/v1/api-tokens: integration tokens (admin).
void addApiTokenRoutes(Router& router, const ApiTokenService& tokens);

}  // namespace logis
