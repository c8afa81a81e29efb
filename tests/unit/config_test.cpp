#include "core/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace logis {
namespace {

Config::Lookup from(std::map<std::string, std::string> values) {
  return [values](const std::string& name) -> std::optional<std::string> {
    const auto found = values.find(name);
    if (found == values.end()) return std::nullopt;
    return found->second;
  };
}

TEST(ConfigTest, DefaultsServeSqliteOnLoopback) {
  const auto config = Config::fromEnvironment(from({}));
  EXPECT_EQ(config.database_url, "sqlite:var/logis.db");
  EXPECT_EQ(config.listen_host, "127.0.0.1");
  EXPECT_EQ(config.listen_port, 8080);
  EXPECT_EQ(config.public_url, "http://127.0.0.1:8080");
  EXPECT_EQ(config.session_idle_minutes, 30);
  EXPECT_EQ(config.session_absolute_hours, 12);
  EXPECT_FALSE(config.publicUrlIsHttps());
  EXPECT_EQ(config.geocoder_url, "https://data.geopf.fr/geocodage");
  EXPECT_TRUE(config.geocoderEnabled());
}

TEST(ConfigTest, ReadsEveryVariable) {
  const auto config = Config::fromEnvironment(from({{"LOGIS_DATABASE_URL", "mysql://u:p@db:3306/logis"},
                                                    {"LOGIS_LISTEN", "0.0.0.0:9000"},
                                                    {"LOGIS_PUBLIC_URL", "https://crm.agence.fr"},
                                                    {"LOGIS_SESSION_IDLE_MINUTES", "15"},
                                                    {"LOGIS_SESSION_ABSOLUTE_HOURS", "8"},
                                                    {"LOGIS_MEDIA_DIR", "/srv/media"},
                                                    {"LOGIS_GEOCODER_URL", "http://127.0.0.1:7070/ban/"}}));
  EXPECT_EQ(config.database_url, "mysql://u:p@db:3306/logis");
  EXPECT_EQ(config.listen_host, "0.0.0.0");
  EXPECT_EQ(config.listen_port, 9000);
  EXPECT_TRUE(config.publicUrlIsHttps());
  EXPECT_EQ(config.session_idle_minutes, 15);
  EXPECT_EQ(config.session_absolute_hours, 8);
  EXPECT_EQ(config.media_dir, "/srv/media");
  EXPECT_EQ(config.geocoder_url, "http://127.0.0.1:7070/ban");
}

TEST(ConfigTest, GeocodingCanBeTurnedOff) {
  const auto config = Config::fromEnvironment(from({{"LOGIS_GEOCODER_URL", "off"}}));
  EXPECT_FALSE(config.geocoderEnabled());
}

TEST(ConfigTest, AWrongValueNamesItsVariable) {
  const std::vector<std::pair<std::string, std::string>> wrong = {
      {"LOGIS_LISTEN", "8080"},
      {"LOGIS_LISTEN", "host:99999"},
      {"LOGIS_DATABASE_URL", "postgres://x"},
      {"LOGIS_PUBLIC_URL", "crm.fr"},
      {"LOGIS_SESSION_IDLE_MINUTES", "0"},
      {"LOGIS_SESSION_ABSOLUTE_HOURS", "12h"},
      {"LOGIS_HTTP_THREADS", "-4"},
      {"LOGIS_GEOCODER_URL", "data.geopf.fr/geocodage"},
  };
  for (const auto& [name, value] : wrong) {
    try {
      Config::fromEnvironment(from({{name, value}}));
      ADD_FAILURE() << name << "=" << value << " was accepted";
    } catch (const ConfigError& error) {
      EXPECT_EQ(error.variable, name);
      EXPECT_NE(std::string(error.what()).find(value), std::string::npos) << error.what();
    }
  }
}

TEST(ConfigTest, TheEnvironmentOverridesTheConfigFile) {
  const auto path = std::filesystem::temp_directory_path() / "logis-config-test.env";
  std::ofstream(path) << "# comment\nLOGIS_LISTEN=127.0.0.1:7000\nLOGIS_MEDIA_DIR=/from/file\n";
  const auto config =
      Config::fromEnvironment(from({{"LOGIS_CONFIG_FILE", path.string()}, {"LOGIS_MEDIA_DIR", "/from/env"}}));
  EXPECT_EQ(config.listen_port, 7000);
  EXPECT_EQ(config.media_dir, "/from/env");
  std::filesystem::remove(path);
  EXPECT_THROW(Config::fromEnvironment(from({{"LOGIS_CONFIG_FILE", path.string()}})), ConfigError);
}

}  // namespace
}  // namespace logis
