#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "db/embedded_migrations.hpp"

namespace logis {

// Applies the numbered migrations not yet recorded in schema_migrations, in order, each in a transaction
// with its record. migrations/NNNN_name.sql holds SQL common to both databases; NNNN_name.sqlite.sql or
// NNNN_name.mysql.sql replaces it for one dialect when the SQL must differ. Three markers keep most files
// common: @PK@ (the auto-increment primary key), @TABLE@ (MariaDB's engine and charset) and @LONGTEXT@
// (text over 64 KB: MEDIUMTEXT on MariaDB).
class Migrator {
 public:
  Migrator(const Database& database, const Clock& clock,
           std::vector<EmbeddedMigration> files = embeddedMigrations());

  std::vector<std::string> pending() const;
  // Returns the versions applied.
  std::vector<std::string> migrate() const;

 private:
  struct Step {
    std::string version;
    std::string sql;
  };
  std::vector<Step> steps() const;
  void ensureLedger() const;
  std::vector<std::string> applied() const;

  const Database& database_;
  const Clock& clock_;
  std::vector<EmbeddedMigration> files_;
};

// Splits a migration into statements at semicolons that end a line; lines starting with -- are comments.
std::vector<std::string> splitSqlStatements(const std::string& sql);

}  // namespace logis
