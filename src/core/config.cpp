#include "core/config.hpp"

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <map>

namespace logis {
namespace {

std::map<std::string, std::string> readConfigFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError("LOGIS_CONFIG_FILE", "cannot read " + path);
  std::map<std::string, std::string> values;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.starts_with('#')) continue;
    const auto equals = line.find('=');
    if (equals == std::string::npos) {
      throw ConfigError("LOGIS_CONFIG_FILE",
                        path + " line " + std::to_string(number) + ": expected KEY=VALUE");
    }
    values[line.substr(0, equals)] = line.substr(equals + 1);
  }
  return values;
}

long parseInteger(const std::string& name, const std::string& value, long min, long max) {
  long number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size() || number < min || number > max) {
    throw ConfigError(name, "expected a whole number from " + std::to_string(min) + " to " +
                                std::to_string(max) + ", got '" + value + "'");
  }
  return number;
}

void parseListen(const std::string& value, Config& config) {
  const auto colon = value.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw ConfigError("LOGIS_LISTEN", "expected HOST:PORT (for example 127.0.0.1:8080), got '" + value + "'");
  }
  config.listen_host = value.substr(0, colon);
  try {
    config.listen_port =
        static_cast<std::uint16_t>(parseInteger("LOGIS_LISTEN", value.substr(colon + 1), 0, 65535));
  } catch (const ConfigError&) {
    throw ConfigError("LOGIS_LISTEN", "the port must be a number from 0 to 65535, got '" + value + "'");
  }
}

void checkDatabaseUrl(const std::string& value) {
  if (!value.starts_with("sqlite:") && !value.starts_with("mysql://")) {
    throw ConfigError(
        "LOGIS_DATABASE_URL",
        "expected sqlite:PATH or mysql://USER:PASSWORD@HOST:PORT/DATABASE, got '" + value + "'");
  }
}

void checkPublicUrl(const std::string& value) {
  if (!value.starts_with("http://") && !value.starts_with("https://")) {
    throw ConfigError("LOGIS_PUBLIC_URL", "expected an http:// or https:// URL, got '" + value + "'");
  }
}

std::string geocoderUrl(std::string value) {
  if (value == "off") return value;
  if (!value.starts_with("http://") && !value.starts_with("https://")) {
    throw ConfigError("LOGIS_GEOCODER_URL",
                      "expected an http:// or https:// URL or off, got '" + value + "'");
  }
  while (value.ends_with('/')) value.pop_back();
  return value;
}

}  // namespace

ConfigError::ConfigError(std::string variable, const std::string& problem)
    : std::runtime_error(variable + ": " + problem), variable(std::move(variable)) {}

std::optional<std::string> Config::environmentLookup(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

Config Config::fromEnvironment(const Lookup& lookup) {
  std::map<std::string, std::string> file_values;
  if (const auto file = lookup("LOGIS_CONFIG_FILE")) file_values = readConfigFile(*file);
  const auto get = [&](const std::string& name) -> std::optional<std::string> {
    if (auto value = lookup(name)) return value;
    if (const auto found = file_values.find(name); found != file_values.end()) return found->second;
    return std::nullopt;
  };

  Config config;
  if (auto v = get("LOGIS_DATABASE_URL")) checkDatabaseUrl(config.database_url = *v);
  if (auto v = get("LOGIS_LISTEN")) parseListen(*v, config);
  if (auto v = get("LOGIS_PUBLIC_URL")) {
    checkPublicUrl(*v);
    config.public_url = *v;
  } else {
    config.public_url = "http://" + config.listen_host + ":" + std::to_string(config.listen_port);
  }
  if (auto v = get("LOGIS_SECRET_KEY_FILE")) config.secret_key_file = *v;
  if (auto v = get("LOGIS_MEDIA_DIR")) config.media_dir = *v;
  if (auto v = get("LOGIS_WEB_DIR")) config.web_dir = *v;
  if (auto v = get("LOGIS_SESSION_IDLE_MINUTES")) {
    config.session_idle_minutes =
        static_cast<int>(parseInteger("LOGIS_SESSION_IDLE_MINUTES", *v, 1, 24 * 60));
  }
  if (auto v = get("LOGIS_SESSION_ABSOLUTE_HOURS")) {
    config.session_absolute_hours =
        static_cast<int>(parseInteger("LOGIS_SESSION_ABSOLUTE_HOURS", *v, 1, 24 * 30));
  }
  if (auto v = get("LOGIS_MAX_BODY_BYTES")) {
    config.max_body_bytes =
        static_cast<std::size_t>(parseInteger("LOGIS_MAX_BODY_BYTES", *v, 1024, 1L << 30));
  }
  if (auto v = get("LOGIS_PHOTO_MAX_MB")) {
    config.photo_max_megabytes = static_cast<std::size_t>(parseInteger("LOGIS_PHOTO_MAX_MB", *v, 1, 500));
  }
  if (auto v = get("LOGIS_PHOTO_MAX_MEGAPIXELS")) {
    config.photo_max_megapixels =
        static_cast<std::size_t>(parseInteger("LOGIS_PHOTO_MAX_MEGAPIXELS", *v, 1, 1000));
  }
  if (auto v = get("LOGIS_MAP_TILE_URL")) {
    if (!v->starts_with("https://") && !v->starts_with("http://")) {
      throw ConfigError("LOGIS_MAP_TILE_URL", "expected an http(s) URL with {z}/{x}/{y}, got '" + *v + "'");
    }
    config.map_tile_url = *v;
  }
  if (auto v = get("LOGIS_MAP_ATTRIBUTION")) config.map_attribution = *v;
  if (auto v = get("LOGIS_HTTP_THREADS")) {
    config.http_threads = static_cast<int>(parseInteger("LOGIS_HTTP_THREADS", *v, 1, 256));
  }
  if (auto v = get("LOGIS_GEOCODER_URL")) config.geocoder_url = geocoderUrl(*v);
  if (auto v = get("LOGIS_CAPTURE_RATE_LIMIT")) {
    config.capture_rate_limit = static_cast<int>(parseInteger("LOGIS_CAPTURE_RATE_LIMIT", *v, 1, 100000));
  }
  if (auto v = get("LOGIS_CAPTURE_RATE_WINDOW_MINUTES")) {
    config.capture_rate_window_minutes =
        static_cast<int>(parseInteger("LOGIS_CAPTURE_RATE_WINDOW_MINUTES", *v, 1, 24 * 60));
  }
  return config;
}

}  // namespace logis
