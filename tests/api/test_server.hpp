#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "core/clock.hpp"

namespace logis::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; Set-Cookie values joined by "\n"
  std::string body;
  nlohmann::json json() const;
  std::string header(const std::string& name) const;
};

// A browser-like client: keeps its session cookie and sends the CSRF token it was given.
class ApiClient {
 public:
  explicit ApiClient(std::uint16_t port) : port_(port) {}

  HttpResult get(const std::string& path);
  HttpResult post(const std::string& path, const nlohmann::json& body);
  HttpResult patch(const std::string& path, const nlohmann::json& body);
  HttpResult del(const std::string& path);
  // Anything else: raw body, explicit content type and headers.
  HttpResult send(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& content_type, std::map<std::string, std::string> headers = {});

  // Logs in and remembers the cookie and CSRF token; returns the login response.
  HttpResult login(const std::string& email, const std::string& password);

  std::string bearer;      // when set, sent as Authorization: Bearer
  std::string csrf_token;  // sent as X-CSRF-Token on unsafe methods
  std::string session;     // the session cookie's value
  std::string accept_language = "fr";

 private:
  std::uint16_t port_;
};

// The real server (the same App as `logis serve`) on an ephemeral port, over a fresh database: SQLite by
// default, MariaDB when LOGIS_TEST_DIALECT=mysql (the rig's URL in LOGIS_TEST_MARIADB_URL).
class ServerTest : public ::testing::Test {
 protected:
  static constexpr const char* kPassword = "correct-horse-battery-staple";

  void SetUp() override;
  void TearDown() override;
  // A test suite's own settings, applied before the server starts.
  virtual void configure(Config&) {}

  ApiClient client() const { return ApiClient(app_->port()); }
  // A user of agency `agency` with the role, created directly through the service.
  User makeUser(const std::string& email, const std::string& role,
                const std::string& agency = "Agence Alpha");
  // A client logged in as a new user with that role.
  ApiClient loggedIn(const std::string& email, const std::string& role,
                     const std::string& agency = "Agence Alpha");
  std::int64_t countRows(const std::string& table) const;

  std::unique_ptr<ManualClock> clock_;
  std::unique_ptr<App> app_;
  std::filesystem::path dir_;
  std::string mysql_database_;
};

}  // namespace logis::testing
