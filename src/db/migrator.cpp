#include "db/migrator.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace logis {
namespace {

std::string replaceAll(std::string text, const std::string& marker, const std::string& value) {
  for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + value.size())) {
    text.replace(at, marker.size(), value);
  }
  return text;
}

std::string expandMarkers(const std::string& sql, Dialect dialect) {
  const bool sqlite = dialect == Dialect::sqlite;
  auto expanded =
      replaceAll(sql, "@PK@",
                 sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY");
  expanded = replaceAll(expanded, "@LONGTEXT@", sqlite ? "TEXT" : "MEDIUMTEXT");  // TEXT is 64 KB in MariaDB
  return replaceAll(expanded, "@TABLE@",
                    sqlite ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
}

}  // namespace

std::vector<std::string> splitSqlStatements(const std::string& sql) {
  std::vector<std::string> statements;
  std::string current;
  std::istringstream lines(sql);
  for (std::string line; std::getline(lines, line);) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line.compare(first, 2, "--") == 0) continue;
    current += line + "\n";
    const auto last = line.find_last_not_of(" \t\r");
    if (line[last] == ';') {
      current.erase(current.find_last_of(';'));
      statements.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \t\r\n") != std::string::npos) statements.push_back(current);
  return statements;
}

Migrator::Migrator(const Database& database, const Clock& clock, std::vector<EmbeddedMigration> files)
    : database_(database), clock_(clock), files_(std::move(files)) {}

std::vector<Migrator::Step> Migrator::steps() const {
  const std::string own_suffix = database_.dialect() == Dialect::sqlite ? ".sqlite.sql" : ".mysql.sql";
  const std::string other_suffix = database_.dialect() == Dialect::sqlite ? ".mysql.sql" : ".sqlite.sql";
  std::map<std::string, std::string> by_version;  // ordered by their number
  for (const auto& file : files_) {
    if (file.file_name.ends_with(other_suffix)) continue;
    const auto version = file.file_name.substr(0, file.file_name.find('.'));
    if (file.file_name.ends_with(own_suffix) || !by_version.contains(version)) by_version[version] = file.sql;
  }
  std::vector<Step> ordered;
  for (const auto& [version, sql] : by_version)
    ordered.push_back({version, expandMarkers(sql, database_.dialect())});
  return ordered;
}

void Migrator::ensureLedger() const {
  database_.execute(expandMarkers(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version VARCHAR(191) NOT NULL PRIMARY KEY, "
      "applied_at BIGINT NOT NULL) @TABLE@",
      database_.dialect()));
}

std::vector<std::string> Migrator::applied() const {
  std::vector<std::string> versions;
  for (const auto& row : database_.query("SELECT version FROM schema_migrations ORDER BY version")) {
    versions.push_back(row.text("version"));
  }
  return versions;
}

std::vector<std::string> Migrator::pending() const {
  ensureLedger();
  const auto done = applied();
  const std::set<std::string> done_set(done.begin(), done.end());
  std::vector<std::string> versions;
  for (const auto& step : steps()) {
    if (!done_set.contains(step.version)) versions.push_back(step.version);
  }
  return versions;
}

std::vector<std::string> Migrator::migrate() const {
  const auto todo = pending();
  const std::set<std::string> todo_set(todo.begin(), todo.end());
  for (const auto& step : steps()) {
    if (!todo_set.contains(step.version)) continue;
    // MariaDB commits DDL implicitly, so there the transaction covers the data changes and the record.
    database_.transaction([&] {
      for (const auto& statement : splitSqlStatements(step.sql)) database_.execute(statement);
      database_.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        {step.version, clock_.now()});
    });
  }
  return todo;
}

}  // namespace logis
