#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/user.hpp"
#include "db/database.hpp"

namespace logis {

class UserRepository {
 public:
  explicit UserRepository(const Database& database) : db_(database) {}

  // Emails are unique across agencies: one login page for everybody.
  std::optional<User> findByEmail(const std::string& email) const;
  std::optional<User> find(std::int64_t agency_id, std::int64_t id) const;
  std::vector<User> list(std::int64_t agency_id, std::int64_t offset, std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id) const;

  std::int64_t insert(const User& user, EpochMs now) const;
  void update(const User& user, EpochMs now) const;
  void setPassword(std::int64_t user_id, const std::string& password_hash, bool must_change,
                   EpochMs now) const;
  void recordLogin(std::int64_t user_id, EpochMs now) const;

 private:
  const Database& db_;
};

class AgencyRepository {
 public:
  explicit AgencyRepository(const Database& database) : db_(database) {}
  std::optional<std::int64_t> findByName(const std::string& name) const;
  bool any() const;
  std::int64_t insert(const std::string& name, EpochMs now) const;

 private:
  const Database& db_;
};

}  // namespace logis
