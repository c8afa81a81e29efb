#include "auth/user_repository.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelectUser =
    "SELECT u.id, u.agency_id, a.name AS agency_name, u.email, u.name, u.role, u.active, u.locale, "
    "u.must_change_password, u.password_hash, u.created_at, u.last_login_at "
    "FROM users u JOIN agencies a ON a.id = u.agency_id ";

User toUser(const Row& row) {
  User user;
  user.id = row.integer("id");
  user.agency_id = row.integer("agency_id");
  user.agency_name = row.text("agency_name");
  user.email = row.text("email");
  user.name = row.text("name");
  user.role = parseRole(row.text("role")).value_or(Role::client);
  user.active = row.boolean("active");
  user.locale = row.text("locale");
  user.must_change_password = row.boolean("must_change_password");
  user.password_hash = row.text("password_hash");
  user.created_at = row.integer("created_at");
  user.last_login_at = row.optionalInteger("last_login_at");
  return user;
}

std::optional<User> firstUser(const std::vector<Row>& rows) {
  if (rows.empty()) return std::nullopt;
  return toUser(rows.front());
}

}  // namespace

std::optional<User> UserRepository::findByEmail(const std::string& email) const {
  return firstUser(db_.query(std::string(kSelectUser) + "WHERE u.email = ?", {email}));
}

std::optional<User> UserRepository::find(std::int64_t agency_id, std::int64_t id) const {
  return firstUser(
      db_.query(std::string(kSelectUser) + "WHERE u.agency_id = ? AND u.id = ?", {agency_id, id}));
}

std::vector<User> UserRepository::list(std::int64_t agency_id, std::int64_t offset,
                                       std::int64_t limit) const {
  std::vector<User> users;
  for (const auto& row :
       db_.query(std::string(kSelectUser) + "WHERE u.agency_id = ? ORDER BY u.name, u.id LIMIT ? OFFSET ?",
                 {agency_id, limit, offset})) {
    users.push_back(toUser(row));
  }
  return users;
}

std::int64_t UserRepository::count(std::int64_t agency_id) const {
  return db_.query("SELECT COUNT(*) AS n FROM users WHERE agency_id = ?", {agency_id}).at(0).integer("n");
}

std::int64_t UserRepository::insert(const User& user, EpochMs now) const {
  return db_.insert(
      "INSERT INTO users (agency_id, email, name, role, password_hash, active, locale, must_change_password, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {user.agency_id, user.email, user.name, std::string(roleName(user.role)), user.password_hash,
       std::int64_t{user.active}, user.locale, std::int64_t{user.must_change_password}, now, now});
}

void UserRepository::update(const User& user, EpochMs now) const {
  db_.execute(
      "UPDATE users SET name = ?, role = ?, active = ?, locale = ?, updated_at = ? "
      "WHERE agency_id = ? AND id = ?",
      {user.name, std::string(roleName(user.role)), std::int64_t{user.active}, user.locale, now,
       user.agency_id, user.id});
}

void UserRepository::setPassword(std::int64_t user_id, const std::string& password_hash, bool must_change,
                                 EpochMs now) const {
  db_.execute("UPDATE users SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?",
              {password_hash, std::int64_t{must_change}, now, user_id});
}

void UserRepository::recordLogin(std::int64_t user_id, EpochMs now) const {
  db_.execute("UPDATE users SET last_login_at = ? WHERE id = ?", {now, user_id});
}

std::optional<std::int64_t> AgencyRepository::findByName(const std::string& name) const {
  const auto row = db_.queryOne("SELECT id FROM agencies WHERE name = ?", {name});
  if (!row) return std::nullopt;
  return row->integer("id");
}

bool AgencyRepository::any() const {
  return db_.queryOne("SELECT id FROM agencies LIMIT 1").has_value();
}

std::int64_t AgencyRepository::insert(const std::string& name, EpochMs now) const {
  return db_.insert("INSERT INTO agencies (name, created_at) VALUES (?, ?)", {name, now});
}

}  // namespace logis
