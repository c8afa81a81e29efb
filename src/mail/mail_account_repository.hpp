#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"

namespace logis {


// The mail_accounts table, always within one agency.
class MailAccountRepository {
 public:
  explicit MailAccountRepository(const Database& database) : db_(database) {}

  // `owner`: only the accounts of that user.
  std::vector<Row> list(std::int64_t agency_id, std::optional<std::int64_t> owner) const;
  std::optional<Row> find(std::int64_t agency_id, std::int64_t id) const;
  // The enabled smtp account a user sends with: their own, else the agency's (user_id NULL).
  std::optional<Row> senderFor(std::int64_t agency_id, std::optional<std::int64_t> user_id) const;
  std::int64_t insert(std::int64_t agency_id, const Columns& columns) const;
  void update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const;
  void remove(std::int64_t agency_id, std::int64_t id) const;
  bool isActiveUser(std::int64_t agency_id, std::int64_t user_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
