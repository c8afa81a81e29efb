#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "properties/photo_processor.hpp"
#include "properties/photo_repository.hpp"
#include "properties/property_repository.hpp"
#include "storage/media_storage.hpp"

namespace logis {

struct PhotoChanges {
  std::optional<int> position;
  bool make_cover = false;
  std::optional<std::optional<std::string>> caption;  // set (possibly to none) when given
};

// A property's photos: decoded and cut into variants once at upload (PhotoProcessor), kept behind
// MediaStorage (the original privately), ordered, one of them the cover. Changing photos is editing the
// property, so agents may only touch their own properties' photos.
class PhotoService {
 public:
  PhotoService(const Database& database, const Clock& clock, MediaStorage& storage,
               const PhotoProcessor& processor);

  nlohmann::json list(const Principal& caller, std::int64_t property_id) const;
  nlohmann::json add(const Principal& caller, std::int64_t property_id, std::string_view upload,
                     const std::optional<std::string>& caption) const;
  nlohmann::json update(const Principal& caller, std::int64_t property_id, std::int64_t photo_id,
                        const PhotoChanges& changes) const;
  void remove(const Principal& caller, std::int64_t property_id, std::int64_t photo_id) const;
  // The file of one variant ("thumb", "medium", "large"), for whoever may see the property.
  std::filesystem::path variantFile(const Principal& caller, std::int64_t property_id, std::int64_t photo_id,
                                    const std::string& variant) const;

 private:
  void checkEditable(const Principal& caller, std::int64_t property_id) const;

  const Database& db_;
  const Clock& clock_;
  MediaStorage& storage_;
  const PhotoProcessor& processor_;
  PhotoRepository photos_;
  PropertyRepository properties_;
};

}  // namespace logis
