#include "auth/user_service.hpp"

#include "auth/password_policy.hpp"
#include "core/api_error.hpp"
#include "core/crypto.hpp"

namespace logis {
namespace {

Role validRole(const std::string& name, std::map<std::string, Text>& problems) {
  const auto role = parseRole(name);
  if (!role) problems["role"] = {"field.role_invalid"};
  return role.value_or(Role::agent);
}

}  // namespace

UserService::UserService(const Database& database, const Clock& clock)
    : db_(database), clock_(clock), users_(database), agencies_(database), sessions_(database) {}

std::vector<User> UserService::list(const Principal& caller, std::int64_t offset, std::int64_t limit) const {
  return users_.list(caller.agency_id, offset, limit);
}

std::int64_t UserService::count(const Principal& caller) const {
  return users_.count(caller.agency_id);
}

User UserService::insertUser(std::int64_t agency_id, const NewUser& request, const std::string& password,
                             bool must_change_password) const {
  std::map<std::string, Text> problems;
  User user;
  user.agency_id = agency_id;
  user.email = normalizeEmail(request.email);
  user.name = request.name;
  user.role = validRole(request.role, problems);
  if (!isPlausibleEmail(user.email)) problems["email"] = {"field.email_invalid"};
  if (auto problem = PasswordPolicy::problem(password, user.email)) problems["password"] = *problem;
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (users_.findByEmail(user.email)) {
    throw ApiError(409, "email_taken", {"user.email_taken"}, {{"email", {"user.email_taken"}}});
  }
  user.password_hash = crypto::hashPassword(password);
  user.must_change_password = must_change_password;
  const auto now = clock_.now();
  user.id = users_.insert(user, now);
  return *users_.find(agency_id, user.id);
}

Invitation UserService::invite(const Principal& caller, const NewUser& request) const {
  // 18 random bytes: 24 characters, far from any common password.
  auto temporary = crypto::randomToken(18);
  return {insertUser(caller.agency_id, request, temporary, true), std::move(temporary)};
}

User UserService::createWithPassword(const std::string& agency_name, const NewUser& request,
                                     const std::string& password) const {
  User created;
  db_.transaction([&] {
    const auto agency_id = agencies_.findByName(agency_name).value_or(0);
    created = insertUser(agency_id != 0 ? agency_id : agencies_.insert(agency_name, clock_.now()), request,
                         password, false);
  });
  return created;
}

User UserService::update(const Principal& caller, std::int64_t id, const UserChanges& changes) const {
  auto user = users_.find(caller.agency_id, id);
  if (!user) throw ApiError::notFound();
  std::map<std::string, Text> problems;
  if (changes.name) user->name = *changes.name;
  if (changes.role) user->role = validRole(*changes.role, problems);
  if (changes.locale) {
    if (*changes.locale != "fr" && *changes.locale != "en") problems["locale"] = {"field.locale_invalid"};
    user->locale = *changes.locale;
  }
  if (changes.active) user->active = *changes.active;
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const bool is_self = caller.user_id && *caller.user_id == id;
  if (is_self && (user->role != Role::admin || !user->active)) {
    throw ApiError::conflict("cannot_change_self", {"user.cannot_change_self"});
  }
  db_.transaction([&] {
    users_.update(*user, clock_.now());
    if (!user->active) sessions_.removeAllOfUser(id);
  });
  return *users_.find(caller.agency_id, id);
}

}  // namespace logis
