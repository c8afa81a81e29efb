#include "http/static_files.hpp"

#include <map>

#include "core/api_error.hpp"

namespace logis {
namespace {

std::string contentType(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  const auto found = types.find(file.extension().string());
  return found == types.end() ? "application/octet-stream" : found->second;
}

Response fileResponse(const std::filesystem::path& file, const std::string& cache_control) {
  Response response;
  response.file = file;
  response.content_type = contentType(file);
  response.setHeader("Cache-Control", cache_control);
  return response;
}

}  // namespace

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

Response StaticFiles::serve(const std::string& path) const {
  const auto index = root_ / "index.html";
  if (path.find("..") == std::string::npos && path.find('\0') == std::string::npos) {
    const auto file = root_ / std::filesystem::path(path).relative_path();
    std::error_code error;
    if (path != "/" && std::filesystem::is_regular_file(file, error)) {
      return fileResponse(file,
                          path.starts_with("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
    }
  }
  if (!std::filesystem::is_regular_file(index)) {
    throw ApiError(404, "web_app_missing", {"error.web_app_missing", {{"dir", root_.string()}}});
  }
  return fileResponse(index, "no-cache");
}

}  // namespace logis
