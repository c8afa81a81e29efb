#include "properties/photo_service.hpp"

#include <algorithm>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "core/time_format.hpp"

namespace logis {
namespace {

nlohmann::json toJson(const Photo& photo) {
  const auto base =
      "/api/v1/properties/" + std::to_string(photo.property_id) + "/photos/" + std::to_string(photo.id);
  return {{"id", photo.id},
          {"position", photo.position},
          {"is_cover", photo.is_cover},
          {"caption", photo.caption ? nlohmann::json(*photo.caption) : nlohmann::json()},
          {"width", photo.width},
          {"height", photo.height},
          {"thumb_url", base + "/thumb"},
          {"medium_url", base + "/medium"},
          {"large_url", base + "/large"},
          {"created_at", isoUtc(photo.created_at)}};
}

std::int64_t coverOf(const std::vector<Photo>& photos) {
  const auto cover =
      std::find_if(photos.begin(), photos.end(), [](const Photo& photo) { return photo.is_cover; });
  if (cover != photos.end()) return cover->id;
  return photos.empty() ? 0 : photos.front().id;
}

}  // namespace

PhotoService::PhotoService(const Database& database, const Clock& clock, MediaStorage& storage,
                           const PhotoProcessor& processor)
    : db_(database),
      clock_(clock),
      storage_(storage),
      processor_(processor),
      photos_(database),
      properties_(database) {}

void PhotoService::checkEditable(const Principal& caller, std::int64_t property_id) const {
  const auto property = properties_.find(caller.agency_id, property_id);
  if (!property) throw ApiError::notFound();
  const auto& agent = (*property)["agent_id"];
  if (!Policy::allowsOn(
          caller, Action::edit_properties,
          agent.is_null() ? std::nullopt : std::optional<std::int64_t>(agent.get<std::int64_t>()))) {
    throw ApiError::forbidden();
  }
}

nlohmann::json PhotoService::list(const Principal& caller, std::int64_t property_id) const {
  if (!properties_.find(caller.agency_id, property_id)) throw ApiError::notFound();
  auto items = nlohmann::json::array();
  for (const auto& photo : photos_.list(caller.agency_id, property_id)) items.push_back(toJson(photo));
  return {{"items", items}};
}

nlohmann::json PhotoService::add(const Principal& caller, std::int64_t property_id, std::string_view upload,
                                 const std::optional<std::string>& caption) const {
  checkEditable(caller, property_id);
  const auto processed = processor_.process(upload);
  const auto folder = "properties/" + std::to_string(property_id);
  Photo photo;
  photo.property_id = property_id;
  photo.caption = caption;
  photo.width = processed.width;
  photo.height = processed.height;
  photo.content_type = processed.content_type;
  photo.original_key = storage_.put("originals/" + std::to_string(property_id), upload);
  photo.thumb_key = storage_.put(folder, processed.thumb.bytes);
  photo.medium_key = storage_.put(folder, processed.medium.bytes);
  photo.large_key = storage_.put(folder, processed.large.bytes);
  photo.created_at = clock_.now();
  try {
    db_.transaction([&] {
      const auto existing = photos_.list(caller.agency_id, property_id);
      photo.position = static_cast<int>(existing.size());
      photo.is_cover = existing.empty();
      photo.id = photos_.insert(caller.agency_id, photo);
      properties_.addHistory(caller.agency_id, property_id, caller.user_id, photo.created_at,
                             {{"photo_added", nullptr, photo.id}});
    });
  } catch (...) {
    for (const auto& key : {photo.original_key, photo.thumb_key, photo.medium_key, photo.large_key})
      storage_.remove(key);
    throw;
  }
  return toJson(photo);
}

nlohmann::json PhotoService::update(const Principal& caller, std::int64_t property_id, std::int64_t photo_id,
                                    const PhotoChanges& changes) const {
  checkEditable(caller, property_id);
  if (!photos_.find(caller.agency_id, property_id, photo_id)) throw ApiError::notFound();
  db_.transaction([&] {
    auto ordered = photos_.list(caller.agency_id, property_id);
    const auto moving =
        std::find_if(ordered.begin(), ordered.end(), [&](const Photo& p) { return p.id == photo_id; });
    const Photo photo = *moving;
    if (changes.position) {
      ordered.erase(moving);
      const auto target = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(0, *changes.position)), 0,
                                                  ordered.size());
      ordered.insert(ordered.begin() + static_cast<std::ptrdiff_t>(target), photo);
    }
    photos_.arrange(caller.agency_id, ordered, changes.make_cover ? photo_id : coverOf(ordered));
    if (changes.caption) photos_.setCaption(caller.agency_id, photo_id, *changes.caption);
  });
  return toJson(*photos_.find(caller.agency_id, property_id, photo_id));
}

void PhotoService::remove(const Principal& caller, std::int64_t property_id, std::int64_t photo_id) const {
  checkEditable(caller, property_id);
  const auto photo = photos_.find(caller.agency_id, property_id, photo_id);
  if (!photo) throw ApiError::notFound();
  db_.transaction([&] {
    photos_.remove(caller.agency_id, photo_id);
    auto remaining = photos_.list(caller.agency_id, property_id);
    photos_.arrange(caller.agency_id, remaining, coverOf(remaining));
    properties_.addHistory(caller.agency_id, property_id, caller.user_id, clock_.now(),
                           {{"photo_removed", photo_id, nullptr}});
  });
  for (const auto& key : {photo->original_key, photo->thumb_key, photo->medium_key, photo->large_key}) {
    storage_.remove(key);
  }
}

std::filesystem::path PhotoService::variantFile(const Principal& caller, std::int64_t property_id,
                                                std::int64_t photo_id, const std::string& variant) const {
  const auto photo = photos_.find(caller.agency_id, property_id, photo_id);
  if (!photo || !properties_.find(caller.agency_id, property_id)) throw ApiError::notFound();
  const std::string* key = variant == "thumb"    ? &photo->thumb_key
                           : variant == "medium" ? &photo->medium_key
                           : variant == "large"  ? &photo->large_key
                                                 : nullptr;
  if (key == nullptr) throw ApiError::notFound();
  const auto path = storage_.localPath(*key);
  if (!path) throw ApiError::notFound();
  return *path;
}

}  // namespace logis
