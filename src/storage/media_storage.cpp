#include "storage/media_storage.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "core/crypto.hpp"

namespace logis {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kNameBytes = 24;  // 192 bits: a name nobody can guess or collide with
constexpr std::size_t kMaxKeyLength = 512;
// No '.': neither ".." nor a hidden temporary file can ever be named by a key.
constexpr std::string_view kKeyCharacters =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_/";

bool isSafeRelativePath(std::string_view path) {
  return !path.empty() && path.size() <= kMaxKeyLength &&
         path.find_first_not_of(kKeyCharacters) == std::string_view::npos && path.front() != '/' &&
         path.back() != '/' && path.find("//") == std::string_view::npos;
}

[[noreturn]] void throwErrno(const std::string& what, const fs::path& path) {
  throw fs::filesystem_error(what, path, std::error_code(errno, std::generic_category()));
}

// mkdir rather than fs::create_directories, which cannot set the mode.
void makeDirectories(const fs::path& directory) {
  if (directory.empty() || fs::is_directory(directory)) return;
  makeDirectories(directory.parent_path());
  if (::mkdir(directory.c_str(), 0750) != 0 && errno != EEXIST) throwErrno("cannot create", directory);
}

bool writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const auto written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Without this the rename itself may not survive a power cut.
void syncDirectory(const fs::path& directory) {
  const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throwErrno("cannot open", directory);
  ::fsync(fd);
  ::close(fd);
}

void writeAtomically(const fs::path& path, std::string_view bytes) {
  const auto temporary = path.parent_path() / (".tmp-" + crypto::randomToken(12));
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
  if (fd < 0) throwErrno("cannot create", temporary);
  // fchmod because the umask may have taken the group's read bit away.
  bool written = ::fchmod(fd, 0640) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
  written = ::close(fd) == 0 && written;
  if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary.c_str());
    errno = error;
    throwErrno("cannot write", path);
  }
  syncDirectory(path.parent_path());
}

}  // namespace

LocalMediaStorage::LocalMediaStorage(fs::path root) : root_(std::move(root)) {}

std::string LocalMediaStorage::put(std::string_view folder, std::string_view bytes) {
  if (!folder.empty() && !isSafeRelativePath(folder)) {
    throw std::invalid_argument("unsafe media folder: " + std::string(folder));
  }
  const auto name = crypto::randomToken(kNameBytes);
  const auto key = folder.empty() ? name : std::string(folder) + "/" + name;
  const auto path = pathOf(key);
  makeDirectories(path.parent_path());
  writeAtomically(path, bytes);
  return key;
}

std::optional<std::string> LocalMediaStorage::read(const std::string& key) const {
  const auto path = localPath(key);
  if (!path) return std::nullopt;
  std::ifstream in(*path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), {});
}

bool LocalMediaStorage::remove(const std::string& key) {
  const auto path = pathOf(key);
  if (::unlink(path.c_str()) == 0) return true;
  if (errno == ENOENT) return false;
  throwErrno("cannot remove", path);
}

std::optional<fs::path> LocalMediaStorage::localPath(const std::string& key) const {
  auto path = pathOf(key);
  if (!fs::is_regular_file(path)) return std::nullopt;
  return path;
}

fs::path LocalMediaStorage::pathOf(const std::string& key) const {
  if (!isSafeRelativePath(key)) throw std::invalid_argument("not a media key: " + key);
  return root_ / key;
}

}  // namespace logis
