#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "auth/session_repository.hpp"
#include "auth/user.hpp"
#include "auth/user_repository.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct NewUser {
  std::string email;
  std::string name;
  std::string role;
};

struct UserChanges {
  std::optional<std::string> name = std::nullopt;
  std::optional<std::string> role = std::nullopt;
  std::optional<bool> active = std::nullopt;
  std::optional<std::string> locale = std::nullopt;
};

struct Invitation {
  User user;
  std::string temporary_password;  // shown once to the admin, to hand over; changed at first login
};

// The agency's people, as an admin manages them. Every method is scoped to the caller's agency.
class UserService {
 public:
  UserService(const Database& database, const Clock& clock);

  std::vector<User> list(const Principal& caller, std::int64_t offset, std::int64_t limit) const;
  std::int64_t count(const Principal& caller) const;
  Invitation invite(const Principal& caller, const NewUser& request) const;
  User update(const Principal& caller, std::int64_t id, const UserChanges& changes) const;

  // For the command line and the demo seed: creates the agency when missing. Throws ApiError (422/409)
  // for an invalid email, role or password, or an email already taken.
  User createWithPassword(const std::string& agency_name, const NewUser& request,
                          const std::string& password) const;

 private:
  User insertUser(std::int64_t agency_id, const NewUser& request, const std::string& password,
                  bool must_change_password) const;

  const Database& db_;
  const Clock& clock_;
  UserRepository users_;
  AgencyRepository agencies_;
  SessionRepository sessions_;
};

}  // namespace logis
