#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace logis {

// Where uploaded files live, behind one interface so that several servers can share an object store later.
// A key is what `put` returns ("properties/42/Xk3...") and what the database keeps; keys are only ever
// made here, so one that does not look like ours (a "../", a ".") is refused with std::invalid_argument.
class MediaStorage {
 public:
  virtual ~MediaStorage() = default;

  // Stores the bytes under a new random name inside `folder` (segments of [A-Za-z0-9_-], may be empty).
  virtual std::string put(std::string_view folder, std::string_view bytes) = 0;
  virtual std::optional<std::string> read(const std::string& key) const = 0;
  // False when there was nothing to remove.
  virtual bool remove(const std::string& key) = 0;
  // A file the server can stream from, when this storage has files at all and the key exists.
  virtual std::optional<std::filesystem::path> localPath(const std::string& key) const = 0;
};

// Files under a root directory (LOGIS_MEDIA_DIR), mode 0640, written atomically (a temporary file
// renamed into place), so a reader never sees half a photo.
class LocalMediaStorage : public MediaStorage {
 public:
  explicit LocalMediaStorage(std::filesystem::path root);

  std::string put(std::string_view folder, std::string_view bytes) override;
  std::optional<std::string> read(const std::string& key) const override;
  bool remove(const std::string& key) override;
  std::optional<std::filesystem::path> localPath(const std::string& key) const override;

 private:
  std::filesystem::path pathOf(const std::string& key) const;

  std::filesystem::path root_;
};

}  // namespace logis
