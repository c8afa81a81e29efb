#include "properties/photo_repository.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT id, property_id, position, is_cover, caption, width, height, content_type, original_key, "
    "thumb_key, "
    "medium_key, large_key, created_at FROM property_photos ";

constexpr std::string_view kInsert =
    "INSERT INTO property_photos (agency_id, property_id, position, is_cover, caption, width, height, "
    "content_type, original_key, thumb_key, medium_key, large_key, created_at) VALUES";
constexpr std::string_view kInsertRow = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kInsertWithIds =
    "INSERT INTO property_photos (id, agency_id, property_id, position, is_cover, caption, width, height, "
    "content_type, original_key, thumb_key, medium_key, large_key, created_at) VALUES";
constexpr std::string_view kInsertRowWithId = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

std::vector<SqlValue> insertValues(std::int64_t agency_id, const Photo& photo) {
  return {agency_id,
          photo.property_id,
          std::int64_t{photo.position},
          std::int64_t{photo.is_cover},
          photo.caption ? SqlValue{*photo.caption} : SqlValue{nullptr},
          std::int64_t{photo.width},
          std::int64_t{photo.height},
          photo.content_type,
          photo.original_key,
          photo.thumb_key,
          photo.medium_key,
          photo.large_key,
          photo.created_at};
}

Photo toPhoto(const Row& row) {
  return {row.integer("id"),
          row.integer("property_id"),
          static_cast<int>(row.integer("position")),
          row.boolean("is_cover"),
          row.optionalText("caption"),
          static_cast<int>(row.integer("width")),
          static_cast<int>(row.integer("height")),
          row.text("content_type"),
          row.text("original_key"),
          row.text("thumb_key"),
          row.text("medium_key"),
          row.text("large_key"),
          row.integer("created_at")};
}

}  // namespace

std::vector<Photo> PhotoRepository::list(std::int64_t agency_id, std::int64_t property_id) const {
  std::vector<Photo> photos;
  for (const auto& row :
       db_.query(std::string(kSelect) + "WHERE agency_id = ? AND property_id = ? ORDER BY position, id",
                 {agency_id, property_id})) {
    photos.push_back(toPhoto(row));
  }
  return photos;
}

std::optional<Photo> PhotoRepository::find(std::int64_t agency_id, std::int64_t property_id,
                                           std::int64_t photo_id) const {
  const auto row = db_.queryOne(std::string(kSelect) + "WHERE agency_id = ? AND property_id = ? AND id = ?",
                                {agency_id, property_id, photo_id});
  if (!row) return std::nullopt;
  return toPhoto(*row);
}

std::int64_t PhotoRepository::insert(std::int64_t agency_id, const Photo& photo) const {
  return db_.insert(std::string(kInsert) + " " + std::string(kInsertRow), insertValues(agency_id, photo));
}

void PhotoRepository::insertMany(std::int64_t agency_id, const std::vector<Photo>& photos) const {
  std::vector<std::vector<SqlValue>> rows;
  rows.reserve(photos.size());
  for (const auto& photo : photos) {
    auto& row = rows.emplace_back(1, SqlValue{photo.id});
    const auto values = insertValues(agency_id, photo);
    row.insert(row.end(), values.begin(), values.end());
  }
  db_.insertRows(kInsertWithIds, kInsertRowWithId, rows);
}

void PhotoRepository::remove(std::int64_t agency_id, std::int64_t photo_id) const {
  db_.execute("DELETE FROM property_photos WHERE agency_id = ? AND id = ?", {agency_id, photo_id});
}

void PhotoRepository::setCaption(std::int64_t agency_id, std::int64_t photo_id,
                                 const std::optional<std::string>& caption) const {
  db_.execute("UPDATE property_photos SET caption = ? WHERE agency_id = ? AND id = ?",
              {caption ? SqlValue{*caption} : SqlValue{nullptr}, agency_id, photo_id});
}

void PhotoRepository::arrange(std::int64_t agency_id, const std::vector<Photo>& ordered,
                              std::int64_t cover_id) const {
  for (std::size_t position = 0; position < ordered.size(); ++position) {
    db_.execute("UPDATE property_photos SET position = ?, is_cover = ? WHERE agency_id = ? AND id = ?",
                {static_cast<std::int64_t>(position), std::int64_t{ordered[position].id == cover_id},
                 agency_id, ordered[position].id});
  }
}

}  // namespace logis
