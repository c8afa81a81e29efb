#pragma once

#include <Poco/Data/SessionPool.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/sql_value.hpp"

struct sqlite3;

namespace logis {

enum class Dialect { sqlite, mysql };

// True when the error says the database cannot be reached (server down, connection lost, pool empty),
// as opposed to an error in the statement itself.
bool isDatabaseUnavailable(const std::exception& error);

// True when MariaDB chose this transaction as a deadlock victim or gave up waiting for a lock (errors 1213
// and 1205): the same work, run again from the start, may succeed.
bool isTransientConflict(const std::exception& error);

// Where the data lives: `sqlite:PATH` or `mysql://USER:PASSWORD@HOST:PORT/DATABASE`.
struct DatabaseUrl {
  Dialect dialect;
  std::string connector;                             // POCO connector name
  std::string connection_string;                     // POCO connection string
  std::string database_name;                         // MariaDB schema name; empty for SQLite
  static DatabaseUrl parse(const std::string& url);  // throws std::invalid_argument
};

// The one door to SQL: bound parameters only, sessions from a pool, and one transaction per thread.
// Inside `transaction(work)`, every call on this thread runs on the transaction's session, so
// repositories need not pass connections around (as Django's atomic()).
class Database {
 public:
  // `sqlite_setup` runs on each new SQLite connection (to register SQL functions); unused on MariaDB.
  explicit Database(const std::string& url, int max_sessions = 64,
                    std::function<void(sqlite3*)> sqlite_setup = nullptr);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return url_.dialect; }

  std::vector<Row> query(std::string_view sql, const std::vector<SqlValue>& params = {}) const;
  std::optional<Row> queryOne(std::string_view sql, const std::vector<SqlValue>& params = {}) const;
  // Returns the number of rows changed.
  std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params = {}) const;
  // Runs an INSERT and returns the new row's id.
  std::int64_t insert(std::string_view sql, const std::vector<SqlValue>& params = {}) const;

  // Bulk loading: runs `insert_sql` (as "INSERT INTO t (a, b) VALUES") followed by `row_sql` (as
  // "(?, ?)") once per row, as many rows per statement as the dialect's limit on bound parameters allows.
  // Each row holds the values of the `?` in row_sql, in order.
  void insertRows(std::string_view insert_sql, std::string_view row_sql,
                  const std::vector<std::vector<SqlValue>>& rows) const;

  // Runs `work` atomically: committed when it returns, rolled back when it throws. Nested calls join the
  // outer transaction.
  void transaction(const std::function<void()>& work) const;
  // The same, run again from the start (up to 5 times) when it loses a deadlock or a lock wait: for
  // work that contends by design, as workers claiming jobs. Not inside another transaction.
  void transactionRetried(const std::function<void()>& work) const;

  // True when the database answers a trivial query (for /readyz).
  bool ping() const noexcept;

 private:
  template <typename Work>
  auto withSession(Work&& work) const;

  DatabaseUrl url_;
  std::unique_ptr<Poco::Data::SessionPool> pool_;
};

}  // namespace logis
