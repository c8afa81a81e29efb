#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "properties/property_fields.hpp"
#include "properties/property_search.hpp"

namespace logis {

// "price", "-price", "area", "-area", "price_per_m2", "-price_per_m2", "created_at", "-created_at".
bool isKnownPropertySort(const std::string& sort);

struct PropertyPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
  bool total_exact = true;  // false: `total` is a lower bound (see PropertyRepository::search)
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
  // The total is exact up to kExactTotalLimit matches; past it, counting every match of a broad filter
  // over a large base would cost more than the page, so the total is a lower bound (total_exact false):
  // the limit, or more when the page itself reaches further. The last page always knows its total.
  static constexpr std::int64_t kExactTotalLimit = 1000;
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

  // Word search: the words of a text as property_words holds them and a search looks for them (core/words,
  // kShortestWord letters or more, cut to kLongestWord bytes); each word searched begins one of them.
  static constexpr std::size_t kShortestWord = 2;
  static constexpr std::size_t kLongestWord = 64;
  static std::vector<std::string> indexedWords(std::string_view text);
  // Keeps the geographic index and the words in step with the row.
  void reindex(std::int64_t agency_id, std::int64_t id, const nlohmann::json& property) const;
  // Indexes the words of the properties that have none (saved before migration 0021); returns how many.
  std::int64_t indexMissingWords() const;

  // Bulk loading (`logis seed-bench`), in multi-row statements: properties whose ids the caller chose
  // (every row with the same columns in the same order), and their index entries.
  std::int64_t maxId() const;
  void insertMany(std::int64_t agency_id, const std::vector<std::pair<std::int64_t, Columns>>& rows) const;
  void indexMany(std::int64_t agency_id,
                 const std::vector<std::pair<std::int64_t, nlohmann::json>>& properties) const;
  // Moves a counter up to `value` (never down), so numbers handed out later follow the loaded ones.
  void raiseCounter(std::int64_t agency_id, const std::string& name, std::int64_t value) const;

  void addHistory(std::int64_t agency_id, std::int64_t property_id, std::optional<std::int64_t> user_id,
                  EpochMs at, const std::vector<HistoryEntry>& changes) const;
  PropertyPage history(std::int64_t agency_id, std::int64_t property_id, std::int64_t offset,
                       std::int64_t limit) const;

 private:
  const Database& db_;
};

}  // namespace logis
