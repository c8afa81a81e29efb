#include "db/database.hpp"

#include <Poco/Data/DataException.h>
#include <Poco/Data/MySQL/Connector.h>
#include <Poco/Data/MySQL/MySQLException.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/URI.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace logis {
namespace {

using Poco::Data::Session;

void registerConnectors() {
  static std::once_flag once;
  std::call_once(once, [] {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::MySQL::Connector::registerConnector();
  });
}

// Each new pooled session gets the settings the schema relies on.
class ConfiguredSessionPool final : public Poco::Data::SessionPool {
 public:
  ConfiguredSessionPool(Dialect dialect, const DatabaseUrl& url, int max_sessions,
                        std::function<void(sqlite3*)> sqlite_setup)
      : SessionPool(url.connector, url.connection_string, 1, max_sessions, 60),
        dialect_(dialect),
        sqlite_setup_(std::move(sqlite_setup)) {}

 protected:
  void customizeSession(Session& session) override {
    using Poco::Data::Keywords::now;
    if (dialect_ == Dialect::sqlite) {
      session << "PRAGMA foreign_keys = ON", now;
      session << "PRAGMA busy_timeout = 10000", now;
      session << "PRAGMA journal_mode = WAL", now;
      session << "PRAGMA synchronous = NORMAL", now;
      if (sqlite_setup_) sqlite_setup_(Poco::Data::SQLite::Utility::dbHandle(session));
    } else {
      session << "SET SESSION time_zone = '+00:00', "
                 "sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION,ERROR_FOR_DIVISION_BY_ZERO'",
          now;
    }
  }

 private:
  Dialect dialect_;
  std::function<void(sqlite3*)> sqlite_setup_;
};

SqlValue columnValue(const Poco::Data::RecordSet& rows, std::size_t column, std::size_t row) {
  using Poco::Data::MetaColumn;
  if (rows.isNull(column, row)) return nullptr;
  const Poco::Dynamic::Var value = rows.value(column, row);
  switch (rows.columnType(column)) {
    case MetaColumn::FDT_BOOL:
    case MetaColumn::FDT_INT8:
    case MetaColumn::FDT_UINT8:
    case MetaColumn::FDT_INT16:
    case MetaColumn::FDT_UINT16:
    case MetaColumn::FDT_INT32:
    case MetaColumn::FDT_UINT32:
    case MetaColumn::FDT_INT64:
    case MetaColumn::FDT_UINT64:
      return value.convert<Poco::Int64>();
    case MetaColumn::FDT_FLOAT:
    case MetaColumn::FDT_DOUBLE:
      return value.convert<double>();
    case MetaColumn::FDT_BLOB: {
      const auto& blob = value.extract<Poco::Data::BLOB>();
      return std::string(reinterpret_cast<const char*>(blob.rawContent()), blob.size());
    }
    case MetaColumn::FDT_CLOB: {
      const auto& clob = value.extract<Poco::Data::CLOB>();
      return std::string(clob.rawContent(), clob.size());
    }
    default:
      return value.convert<std::string>();
  }
}

void bindParameters(Poco::Data::Statement& statement, const std::vector<SqlValue>& params) {
  using namespace Poco::Data::Keywords;
  for (const auto& param : params) {
    if (std::holds_alternative<std::nullptr_t>(param)) {
      statement.addBind(use(null));
    } else if (const auto* number = std::get_if<std::int64_t>(&param)) {
      statement.addBind(bind(static_cast<Poco::Int64>(*number)));
    } else if (const auto* real = std::get_if<double>(&param)) {
      statement.addBind(bind(*real));
    } else {
      statement.addBind(bind(std::get<std::string>(param)));
    }
  }
}

struct Executed {
  std::size_t affected;
  std::vector<Row> rows;
};

Executed run(Session& session, std::string_view sql, const std::vector<SqlValue>& params) {
  Poco::Data::Statement statement(session);
  statement << std::string(sql);
  bindParameters(statement, params);
  const std::size_t affected = statement.execute();
  Executed result{affected, {}};
  if (statement.columnsExtracted() == 0) return result;
  const Poco::Data::RecordSet records(statement);
  auto columns = std::make_shared<Row::ColumnIndex>();
  for (std::size_t c = 0; c < records.columnCount(); ++c) (*columns)[records.columnName(c)] = c;
  result.rows.reserve(records.rowCount());
  for (std::size_t r = 0; r < records.rowCount(); ++r) {
    std::vector<SqlValue> values;
    values.reserve(records.columnCount());
    for (std::size_t c = 0; c < records.columnCount(); ++c) values.push_back(columnValue(records, c, r));
    result.rows.emplace_back(columns, std::move(values));
  }
  return result;
}

// The transaction open on this thread, if any, and the database it belongs to.
struct ActiveTransaction {
  const Database* owner = nullptr;
  Session* session = nullptr;
};
thread_local ActiveTransaction active_transaction;

std::string connectionValue(const std::string& text) {
  std::string decoded;
  Poco::URI::decode(text, decoded);
  if (decoded.find(';') != std::string::npos) throw std::invalid_argument("';' is not allowed in " + decoded);
  return decoded;
}

}  // namespace

bool isDatabaseUnavailable(const std::exception& error) {
  using namespace Poco::Data;
  if (dynamic_cast<const ConnectionFailedException*>(&error) ||
      dynamic_cast<const NotConnectedException*>(&error) ||
      dynamic_cast<const SessionPoolExhaustedException*>(&error) ||
      dynamic_cast<const SessionUnavailableException*>(&error) ||
      dynamic_cast<const MySQL::ConnectionException*>(&error)) {
    return true;
  }
  // MariaDB client errors (2000-2099: CR_CONN_HOST_ERROR, CR_SERVER_GONE_ERROR, CR_SERVER_LOST, ...) come
  // wrapped in a StatementException whose text carries the number.
  const auto* statement = dynamic_cast<const MySQL::StatementException*>(&error);
  return statement != nullptr && statement->displayText().find("errno]: 20") != std::string::npos;
}

bool isTransientConflict(const std::exception& error) {
  const auto* statement = dynamic_cast<const Poco::Data::MySQL::StatementException*>(&error);
  if (statement == nullptr) return false;
  const auto text = statement->displayText();
  return text.find("errno]: 1213") != std::string::npos || text.find("errno]: 1205") != std::string::npos ||
         text.find("Deadlock found") != std::string::npos || text.find("Lock wait timeout") != std::string::npos;
}

DatabaseUrl DatabaseUrl::parse(const std::string& url) {
  if (url.starts_with("sqlite:")) {
    const auto path = url.substr(7);
    if (path.empty()) throw std::invalid_argument("sqlite: needs a file path, as sqlite:var/logis.db");
    return {Dialect::sqlite, "SQLite", path, ""};
  }
  if (!url.starts_with("mysql://")) throw std::invalid_argument("expected sqlite:PATH or mysql://...");
  const Poco::URI uri(url);
  const auto& info = uri.getUserInfo();
  const auto colon = info.find(':');
  const std::string user = connectionValue(info.substr(0, colon));
  const std::string password = colon == std::string::npos ? "" : connectionValue(info.substr(colon + 1));
  const std::string database = uri.getPath().size() > 1 ? uri.getPath().substr(1) : "";
  if (user.empty() || database.empty() || uri.getHost().empty()) {
    throw std::invalid_argument("expected mysql://USER:PASSWORD@HOST:PORT/DATABASE");
  }
  const auto port = uri.getPort() == 0 ? 3306 : uri.getPort();
  return {Dialect::mysql, "MySQL",
          "host=" + uri.getHost() + ";port=" + std::to_string(port) + ";user=" + user +
              ";password=" + password + ";db=" + database + ";character-set=utf8mb4;auto-reconnect=true",
          database};
}

Database::Database(const std::string& url, int max_sessions, std::function<void(sqlite3*)> sqlite_setup)
    : url_(DatabaseUrl::parse(url)) {
  registerConnectors();
  pool_ = std::make_unique<ConfiguredSessionPool>(url_.dialect, url_, max_sessions, std::move(sqlite_setup));
}

Database::~Database() {
  pool_->shutdown();
}

template <typename Work>
auto Database::withSession(Work&& work) const {
  if (active_transaction.owner == this) return work(*active_transaction.session);
  Session session = pool_->get();
  return work(session);
}

std::vector<Row> Database::query(std::string_view sql, const std::vector<SqlValue>& params) const {
  const auto read = [&](Session& session) { return run(session, sql, params).rows; };
  try {
    return withSession(read);
  } catch (const Poco::Exception& error) {
    // A read is safe to repeat once on a fresh connection after the server restarted; a write is not.
    if (active_transaction.owner == this || !isDatabaseUnavailable(error)) throw;
    return withSession(read);
  }
}

std::optional<Row> Database::queryOne(std::string_view sql, const std::vector<SqlValue>& params) const {
  auto rows = query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

std::int64_t Database::execute(std::string_view sql, const std::vector<SqlValue>& params) const {
  return withSession(
      [&](Session& session) { return static_cast<std::int64_t>(run(session, sql, params).affected); });
}

std::int64_t Database::insert(std::string_view sql, const std::vector<SqlValue>& params) const {
  const std::string_view last_id =
      dialect() == Dialect::sqlite ? "SELECT last_insert_rowid() AS id" : "SELECT LAST_INSERT_ID() AS id";
  return withSession([&](Session& session) {
    run(session, sql, params);
    return run(session, last_id, {}).rows.at(0).integer("id");
  });
}

void Database::insertRows(std::string_view insert_sql, std::string_view row_sql,
                          const std::vector<std::vector<SqlValue>>& rows) const {
  // MariaDB's protocol numbers the parameters of a prepared statement on 16 bits; SQLite's default limit
  // (SQLITE_MAX_VARIABLE_NUMBER since 3.32) is 32766.
  const std::size_t max_params = dialect() == Dialect::sqlite ? 32766 : 65535;
  const auto per_row = static_cast<std::size_t>(std::count(row_sql.begin(), row_sql.end(), '?'));
  const std::size_t rows_per_statement =
      std::max<std::size_t>(1, max_params / std::max<std::size_t>(1, per_row));
  for (std::size_t first = 0; first < rows.size(); first += rows_per_statement) {
    const auto last = std::min(rows.size(), first + rows_per_statement);
    std::string sql(insert_sql);
    std::vector<SqlValue> params;
    params.reserve((last - first) * per_row);
    for (auto row = first; row < last; ++row) {
      sql.append(row == first ? " " : ", ").append(row_sql);
      params.insert(params.end(), rows[row].begin(), rows[row].end());
    }
    execute(sql, params);
  }
}

void Database::transaction(const std::function<void()>& work) const {
  if (active_transaction.owner == this) return work();
  Session session = pool_->get();
  run(session, dialect() == Dialect::sqlite ? "BEGIN IMMEDIATE" : "START TRANSACTION", {});
  active_transaction = {this, &session};
  try {
    work();
    active_transaction = {};
    run(session, "COMMIT", {});
  } catch (...) {
    active_transaction = {};
    try {
      run(session, "ROLLBACK", {});
    } catch (const std::exception&) {
      // The connection is gone: the server has rolled back already. The first error is the one to report.
    }
    throw;
  }
}

void Database::transactionRetried(const std::function<void()>& work) const {
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    try {
      return transaction(work);
    } catch (const std::exception& error) {
      if (attempt == kAttempts || !isTransientConflict(error)) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
    }
  }
}

bool Database::ping() const noexcept {
  try {
    return query("SELECT 1 AS ok").at(0).integer("ok") == 1;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace logis
