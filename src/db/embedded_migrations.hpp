#pragma once

#include <string>
#include <vector>

namespace logis {

// migrations/*.sql, compiled in by cmake/embed_files.cmake.
struct EmbeddedMigration {
  std::string file_name;
  std::string sql;
};
const std::vector<EmbeddedMigration>& embeddedMigrations();

}  // namespace logis
