#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "properties/property_search.hpp"

namespace logis {

using Columns = std::vector<std::pair<std::string, SqlValue>>;

// "price", "-price", "area", "-area", "price_per_m2", "-price_per_m2", "created_at", "-created_at".
bool isKnownPropertySort(const std::string& sort);

struct PropertyPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
};

struct HistoryEntry {
  std::string field;
  nlohmann::json old_value;
  nlohmann::json new_value;
};

// The SQL of properties. Every method takes the agency and filters on it. A property is returned as JSON
// holding its writable fields (property_fields) and what the database adds (id, agent_name, cover_photo_id,
// photo_count, created_at, ...).
class PropertyRepository {
 public:
  explicit PropertyRepository(const Database& database) : db_(database) {}

  std::optional<nlohmann::json> find(std::int64_t agency_id, std::int64_t id) const;
  PropertyPage search(std::int64_t agency_id, const PropertySearch& search, std::int64_t offset,
                      std::int64_t limit) const;

  PropertyPage points(std::int64_t agency_id, const PropertySearch& search, std::int64_t limit) const;

  std::int64_t insert(std::int64_t agency_id, const Columns& columns) const;
  void update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const;
  void archive(std::int64_t agency_id, std::int64_t id, std::optional<std::int64_t> user_id,
               EpochMs now) const;
  bool referenceTaken(std::int64_t agency_id, const std::string& reference, std::int64_t except_id) const;
  std::int64_t nextCounter(std::int64_t agency_id, const std::string& name) const;
  bool isAgencyUser(std::int64_t agency_id, std::int64_t user_id) const;

  // Keeps the geographic and full-text indexes in step with the row.
  void reindex(std::int64_t id, const nlohmann::json& property) const;

  void addHistory(std::int64_t agency_id, std::int64_t property_id, std::optional<std::int64_t> user_id,
                  EpochMs at, const std::vector<HistoryEntry>& changes) const;
  PropertyPage history(std::int64_t agency_id, std::int64_t property_id, std::int64_t offset,
                       std::int64_t limit) const;

 private:
  const Database& db_;
};

}  // namespace logis
