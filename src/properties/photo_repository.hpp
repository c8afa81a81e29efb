#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct Photo {
  std::int64_t id = 0;
  std::int64_t property_id = 0;
  int position = 0;
  bool is_cover = false;
  std::optional<std::string> caption;
  int width = 0;
  int height = 0;
  std::string content_type;
  std::string original_key;
  std::string thumb_key;
  std::string medium_key;
  std::string large_key;
  EpochMs created_at = 0;
};

// The SQL of property photos; every method filters on the agency.
class PhotoRepository {
 public:
  explicit PhotoRepository(const Database& database) : db_(database) {}

  std::vector<Photo> list(std::int64_t agency_id, std::int64_t property_id) const;
  std::optional<Photo> find(std::int64_t agency_id, std::int64_t property_id, std::int64_t photo_id) const;
  std::int64_t insert(std::int64_t agency_id, const Photo& photo) const;
  // Bulk loading (`logis seed-bench`): many rows per statement, with the ids the caller chose.
  void insertMany(std::int64_t agency_id, const std::vector<Photo>& photos) const;
  void remove(std::int64_t agency_id, std::int64_t photo_id) const;
  void setCaption(std::int64_t agency_id, std::int64_t photo_id,
                  const std::optional<std::string>& caption) const;
  // Writes positions 0..n-1 and the single cover for the photos in this order.
  void arrange(std::int64_t agency_id, const std::vector<Photo>& ordered, std::int64_t cover_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
