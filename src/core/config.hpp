#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>

namespace logis {

// A configuration value that cannot be used: the variable is named so the operator can fix it.
class ConfigError : public std::runtime_error {
 public:
  ConfigError(std::string variable, const std::string& problem);
  std::string variable;
};

struct Config {
  std::string database_url = "sqlite:var/logis.db";
  std::string listen_host = "127.0.0.1";
  std::uint16_t listen_port = 8080;
  std::string public_url = "http://127.0.0.1:8080";
  std::string secret_key_file = "var/secret.key";
  std::string media_dir = "var/media";
  std::string web_dir = "web/dist";
  int session_idle_minutes = 30;
  int session_absolute_hours = 12;
  std::size_t max_body_bytes = 1024 * 1024;
  std::size_t photo_max_megabytes = 20;
  std::size_t photo_max_megapixels = 50;
  int http_threads = 16;
  std::string map_tile_url = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  std::string map_attribution = "© OpenStreetMap";
  // The BAN / Géoplateforme geocoding API, without a trailing slash; "off" disables address search.
  std::string geocoder_url = "https://data.geopf.fr/geocodage";
  // Public lead capture: at most this many requests per IP and agency in each window.
  int capture_rate_limit = 5;
  int capture_rate_window_minutes = 10;

  bool publicUrlIsHttps() const { return public_url.starts_with("https://"); }
  bool geocoderEnabled() const { return geocoder_url != "off"; }

  // Reads LOGIS_* variables through `lookup` (the process environment by default). When LOGIS_CONFIG_FILE
  // names a file of KEY=VALUE lines, its values apply first and the environment overrides them.
  using Lookup = std::function<std::optional<std::string>(const std::string&)>;
  static Config fromEnvironment(const Lookup& lookup = environmentLookup);
  static std::optional<std::string> environmentLookup(const std::string& name);
};

}  // namespace logis
