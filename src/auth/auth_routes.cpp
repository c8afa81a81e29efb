#include "auth/auth_routes.hpp"

#include "auth/auth_middleware.hpp"
#include "core/api_error.hpp"
#include "core/time_format.hpp"
#include "http/json_input.hpp"
#include "http/pagination.hpp"

namespace logis {
namespace {

std::string sessionCookie(bool https, const std::string& value, bool expire) {
  std::string cookie = sessionCookieName(https) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  if (https) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

nlohmann::json optionalTime(const std::optional<EpochMs>& instant) {
  return instant ? nlohmann::json(isoUtc(*instant)) : nlohmann::json();
}

nlohmann::json toJson(const ApiToken& token) {
  return {{"id", token.id},
          {"name", token.name},
          {"role", roleName(token.role)},
          {"created_by", token.created_by},
          {"created_at", isoUtc(token.created_at)},
          {"last_used_at", optionalTime(token.last_used_at)},
          {"revoked_at", optionalTime(token.revoked_at)}};
}

}  // namespace

void addAuthRoutes(Router& router, const AuthService& auth, bool https) {
  router.add("POST", "/api/v1/auth/login", Access::anyone(), [&auth, https](Request& request) {
    auto input = JsonInput::parse(request);
    const auto email = input.requiredString("email", 254);
    const auto password = input.requiredString("password", 1024);
    input.finish();
    const auto login = auth.login(email, password, request.remote_ip, request.userAgent());
    auto response = Response::json(200, {{"user", toJson(login.user)}, {"csrf_token", login.csrf_token}});
    response.setHeader("Set-Cookie", sessionCookie(https, login.session_token, false));
    return response;
  });

  router.add("POST", "/api/v1/auth/logout", Access::to(Action::read_own_account),
             [&auth, https](Request& request) {
               auth.logout(request.caller());
               auto response = Response::noContent();
               response.setHeader("Set-Cookie", sessionCookie(https, "", true));
               return response;
             });

  router.add("GET", "/api/v1/auth/me", Access::to(Action::read_own_account), [&auth](Request& request) {
    const auto& caller = request.caller();
    return Response::json(200,
                          {{"user", toJson(auth.currentUser(caller))}, {"csrf_token", caller.csrf_token}});
  });

  router.add("POST", "/api/v1/auth/password", Access::to(Action::change_own_password),
             [&auth](Request& request) {
               auto input = JsonInput::parse(request);
               const auto current = input.requiredString("current_password", 1024);
               const auto replacement = input.requiredString("new_password", 1024);
               input.finish();
               auth.changePassword(request.caller(), current, replacement);
               return Response::noContent();
             });
}

void addUserRoutes(Router& router, const UserService& users) {
  router.add("GET", "/api/v1/users", Access::to(Action::list_users), [&users](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    auto items = nlohmann::json::array();
    for (const auto& user : users.list(request.caller(), page.offset(), page.per_page))
      items.push_back(toJson(user));
    return Response::json(200, page.listBody(std::move(items), users.count(request.caller())));
  });

  router.add("POST", "/api/v1/users", Access::to(Action::manage_users), [&users](Request& request) {
    auto input = JsonInput::parse(request);
    NewUser wanted{input.requiredString("email", 254), input.requiredString("name"),
                   input.requiredString("role", 16)};
    input.finish();
    const auto invitation = users.invite(request.caller(), wanted);
    return Response::json(
        201, {{"user", toJson(invitation.user)}, {"temporary_password", invitation.temporary_password}});
  });

  router.add("PATCH", "/api/v1/users/{id}", Access::to(Action::manage_users), [&users](Request& request) {
    const auto id = request.idParam("id");
    auto input = JsonInput::parse(request);
    UserChanges changes{input.optionalString("name"), input.optionalString("role", 16),
                        input.optionalBoolean("active"), input.optionalString("locale", 5)};
    if (changes.name && changes.name->find_first_not_of(" \t") == std::string::npos) {
      input.reject("name", {"field.required"});
    }
    input.finish();
    return Response::json(200, toJson(users.update(request.caller(), id, changes)));
  });

  router.add("DELETE", "/api/v1/users/{id}", Access::to(Action::manage_users), [&users](Request& request) {
    return Response::json(200,
                          toJson(users.update(request.caller(), request.idParam("id"), {.active = false})));
  });
}

void addApiTokenRoutes(Router& router, const ApiTokenService& tokens) {
  router.add("GET", "/api/v1/api-tokens", Access::to(Action::manage_api_tokens), [&tokens](Request& request) {
    const auto page = PageRequest::fromQuery(request);
    auto items = nlohmann::json::array();
    for (const auto& token : tokens.list(request.caller(), page.offset(), page.per_page))
      items.push_back(toJson(token));
    return Response::json(200, page.listBody(std::move(items), tokens.count(request.caller())));
  });

  router.add("POST", "/api/v1/api-tokens", Access::to(Action::manage_api_tokens),
             [&tokens](Request& request) {
               auto input = JsonInput::parse(request);
               const auto name = input.requiredString("name", 100);
               const auto role = input.optionalString("role", 16).value_or("manager");
               input.finish();
               const auto issued = tokens.create(request.caller(), name, role);
               auto body = toJson(issued.token);
               body["token"] = issued.secret;
               return Response::json(201, body);
             });

  router.add("DELETE", "/api/v1/api-tokens/{id}", Access::to(Action::manage_api_tokens),
             [&tokens](Request& request) {
               tokens.revoke(request.caller(), request.idParam("id"));
               return Response::noContent();
             });
}

}  // namespace logis
