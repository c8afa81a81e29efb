#include "app/demo_seed.hpp"

#include "auth/user_repository.hpp"

namespace logis {

std::vector<DemoLogin> seedDemo(const Database& database, const UserService& users) {
  const std::vector<DemoLogin> logins = {
      {"admin@demo.logis.test", "admin", "Camille Martin"},
      {"gestion@demo.logis.test", "manager", "Julien Bernard"},
      {"agent1@demo.logis.test", "agent", "Sophie Dubois"},
      {"agent2@demo.logis.test", "agent", "Thomas Leroy"},
      {"client@demo.logis.test", "client", "Claire Moreau"},
  };
  const UserRepository existing(database);
  for (const auto& login : logins) {
    if (existing.findByEmail(login.email)) continue;
    users.createWithPassword(std::string(kDemoAgency), {login.email, login.name, login.role},
                             std::string(kDemoPassword));
  }
  return logins;
}

}  // namespace logis
