#pragma once

#include <filesystem>
#include <string>

#include "http/response.hpp"

namespace logis {

// Serves the built web app (web/dist). Hashed files under /assets/ are cached for a year; any other path
// that is not a file gets index.html, so the app's own routes load on reload.
class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  Response serve(const std::string& path) const;

 private:
  std::filesystem::path root_;
};

}  // namespace logis
