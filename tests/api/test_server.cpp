#include "test_server.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "core/crypto.hpp"
#include "core/log.hpp"
#include "core/strings.hpp"
#include "db/migrator.hpp"

namespace logis::testing {
namespace {

constexpr EpochMs kStart = 1768471200000;  // 2026-01-15T10:00:00Z

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

}  // namespace

nlohmann::json HttpResult::json() const {
  return nlohmann::json::parse(body);
}

std::string HttpResult::header(const std::string& name) const {
  const auto found = headers.find(lowercase(name));
  return found == headers.end() ? "" : found->second;
}

HttpResult ApiClient::send(const std::string& method, const std::string& path, const std::string& body,
                           const std::string& content_type, std::map<std::string, std::string> headers) {
  Poco::Net::HTTPClientSession connection("127.0.0.1", port_);
  connection.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  request.set("Accept-Language", accept_language);
  if (!session.empty()) request.set("Cookie", "logis_session=" + session);
  if (!bearer.empty()) request.set("Authorization", "Bearer " + bearer);
  if (!csrf_token.empty() && method != "GET") request.set("X-CSRF-Token", csrf_token);
  for (const auto& [name, value] : headers) request.set(name, value);
  if (!content_type.empty()) request.setContentType(content_type);
  if (!body.empty() || method == "POST" || method == "PATCH")
    request.setContentLength(static_cast<std::streamsize>(body.size()));
  connection.sendRequest(request) << body;
  Poco::Net::HTTPResponse response;
  auto& in = connection.receiveResponse(response);
  HttpResult result;
  result.status = response.getStatus();
  for (const auto& [name, value] : response) {
    auto& slot = result.headers[lowercase(name)];
    slot += (slot.empty() ? "" : "\n") + value;
  }
  Poco::StreamCopier::copyToString(in, result.body);
  return result;
}

HttpResult ApiClient::get(const std::string& path) {
  return send("GET", path, "", "");
}

HttpResult ApiClient::post(const std::string& path, const nlohmann::json& body) {
  return send("POST", path, body.dump(), "application/json");
}

HttpResult ApiClient::patch(const std::string& path, const nlohmann::json& body) {
  return send("PATCH", path, body.dump(), "application/json");
}

HttpResult ApiClient::del(const std::string& path) {
  return send("DELETE", path, "", "");
}

HttpResult ApiClient::login(const std::string& email, const std::string& password) {
  auto result = post("/api/v1/auth/login", {{"email", email}, {"password", password}});
  if (result.status == 200) {
    csrf_token = result.json().at("csrf_token").get<std::string>();
    const auto cookie = result.header("Set-Cookie");
    const auto start = cookie.find('=') + 1;
    session = cookie.substr(start, cookie.find(';') - start);
  }
  return result;
}

void ServerTest::SetUp() {
  log::setQuiet(true);
  dir_ = std::filesystem::temp_directory_path() / ("logis-test-" + crypto::randomToken(8));
  std::filesystem::create_directories(dir_ / "web");
  std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>Logis</title>";

  Config config;
  config.listen_host = "127.0.0.1";
  config.listen_port = 0;
  config.public_url = "http://127.0.0.1";
  config.secret_key_file = (dir_ / "secret.key").string();
  config.media_dir = (dir_ / "media").string();
  config.web_dir = (dir_ / "web").string();
  config.http_threads = 8;
  config.max_body_bytes = 64 * 1024;
  config.photo_max_megabytes = 2;
  if (environment("LOGIS_TEST_DIALECT") == "mysql") {
    const auto admin_url = environment("LOGIS_TEST_MARIADB_URL");
    ASSERT_FALSE(admin_url.empty()) << "LOGIS_TEST_MARIADB_URL is not set: start tests/rigs/mariadb.sh";
    mysql_database_ = "logis_t" + lowercase(crypto::sha256Hex(crypto::randomToken()).substr(0, 12));
    Database(admin_url + "mysql", 1).execute("CREATE DATABASE " + mysql_database_ + " CHARACTER SET utf8mb4");
    config.database_url = admin_url + mysql_database_;
  } else {
    config.database_url = "sqlite:" + (dir_ / "logis.db").string();
  }
  config.geocoder_url = "off";
  configure(config);
  clock_ = std::make_unique<ManualClock>(kStart);
  app_ = std::make_unique<App>(config, *clock_);
  Migrator(app_->database(), *clock_).migrate();
  app_->start();
}

void ServerTest::TearDown() {
  if (app_) app_->stop(std::chrono::seconds(5));
  app_.reset();
  if (!mysql_database_.empty()) {
    Database(environment("LOGIS_TEST_MARIADB_URL") + "mysql", 1).execute("DROP DATABASE " + mysql_database_);
  }
  std::filesystem::remove_all(dir_);
}

User ServerTest::makeUser(const std::string& email, const std::string& role, const std::string& agency) {
  return app_->users().createWithPassword(agency, {email, "Test " + role, role}, kPassword);
}

ApiClient ServerTest::loggedIn(const std::string& email, const std::string& role, const std::string& agency) {
  makeUser(email, role, agency);
  auto api = client();
  const auto result = api.login(email, kPassword);
  EXPECT_EQ(result.status, 200) << result.body;
  return api;
}

std::int64_t ServerTest::countRows(const std::string& table) const {
  return app_->database().query("SELECT COUNT(*) AS n FROM " + table).at(0).integer("n");
}

}  // namespace logis::testing
