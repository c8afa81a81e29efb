#include "test_server.hpp"

namespace logis::testing {
namespace {

struct JsonEndpoint {
  std::string method;
  std::string path;
  std::vector<std::string> string_fields;
  bool has_required_fields;
};

class BadInputTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    admin_ = loggedIn("admin@alpha.fr", "admin");
    agent_id_ = makeUser("agent@alpha.fr", "agent").id;
    token_id_ = admin_.post("/api/v1/api-tokens", {{"name", "Site"}}).json()["id"].get<std::int64_t>();
  }

  std::vector<JsonEndpoint> endpoints() const {
    const auto user = "/api/v1/users/" + std::to_string(agent_id_);
    return {
        {"POST", "/api/v1/auth/login", {"email", "password"}, true},
        {"POST", "/api/v1/auth/password", {"current_password", "new_password"}, true},
        {"POST", "/api/v1/users", {"email", "name", "role"}, true},
        {"PATCH", user, {"name", "role", "locale"}, false},
        {"POST", "/api/v1/api-tokens", {"name", "role"}, true},
    };
  }

  // Everything a bad request could have changed.
  std::string snapshot() const {
    std::string state;
    for (const auto& row : app_->database().query(
             "SELECT id, email, name, role, active, locale, password_hash FROM users ORDER BY id")) {
      state += row.text("email") + "|" + row.text("name") + "|" + row.text("role") + "|" +
               row.text("active") + "|" + row.text("locale") + "|" + row.text("password_hash") + "\n";
    }
    for (const auto* table : {"sessions", "api_tokens", "agencies", "login_attempts"}) {
      state += std::string(table) + "=" + std::to_string(countRows(table)) + "\n";
    }
    return state;
  }

  ApiClient admin_{0};
  std::int64_t agent_id_ = 0;
  std::int64_t token_id_ = 0;
};

TEST_F(BadInputTest, EveryJsonEndpointRefusesBadBodiesClearlyAndChangesNothing) {
  const auto before = snapshot();
  for (const auto& endpoint : endpoints()) {
    SCOPED_TRACE(endpoint.method + " " + endpoint.path);
    const auto send = [&](const std::string& body, const std::string& type = "application/json") {
      return admin_.send(endpoint.method, endpoint.path, body, type);
    };

    auto malformed = send(R"({"email": )");
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(malformed.json()["error"]["code"], "malformed_json");
    EXPECT_TRUE(
        malformed.json()["error"]["message"].get<std::string>().starts_with("Le corps de la requête"));

    EXPECT_EQ(send("[1, 2]").json()["error"]["code"], "json_object_expected");
    EXPECT_EQ(send("{\"name\": \"\xff\xfe\"}").status, 400);  // invalid UTF-8
    EXPECT_EQ(send("{\"name\": \"x\"}", "text/plain").status, 415);
    const auto too_large = send(std::string(70 * 1024, ' ') + "{}");
    EXPECT_EQ(too_large.status, 413);
    EXPECT_EQ(too_large.json()["error"]["message"],
              "L'envoi dépasse la taille permise de 64 Ko : envoyez un texte plus court.");

    for (const auto& field : endpoint.string_fields) {
      auto wrong_type = send(nlohmann::json{{field, 42}}.dump());
      EXPECT_EQ(wrong_type.status, 422) << field;
      EXPECT_EQ(wrong_type.json()["error"]["fields"][field], "Ce champ doit être du texte.") << field;
      auto too_long = send(nlohmann::json{{field, std::string(5000, 'a')}}.dump());
      EXPECT_EQ(too_long.status, 422) << field;
      EXPECT_TRUE(too_long.json()["error"]["fields"].contains(field)) << field;
    }
    if (endpoint.has_required_fields) {
      auto empty = send("{}");
      EXPECT_EQ(empty.status, 422);
      EXPECT_EQ(empty.json()["error"]["fields"][endpoint.string_fields.front()], "Ce champ est obligatoire.");
    }
  }
  EXPECT_EQ(snapshot(), before);
}

TEST_F(BadInputTest, InvalidValuesAreNamedFieldByField) {
  const auto before = snapshot();
  auto invite = admin_.post("/api/v1/users", {{"email", "pas-une-adresse"}, {"name", "X"}, {"role", "pape"}});
  EXPECT_EQ(invite.status, 422);
  EXPECT_TRUE(invite.json()["error"]["fields"].contains("email"));
  EXPECT_TRUE(invite.json()["error"]["fields"].contains("role"));
  const auto user = "/api/v1/users/" + std::to_string(agent_id_);
  EXPECT_EQ(admin_.patch(user, {{"active", "yes"}}).json()["error"]["fields"]["active"],
            "Ce champ doit valoir vrai ou faux.");
  EXPECT_EQ(admin_.patch(user, {{"locale", "de"}}).status, 422);
  EXPECT_EQ(admin_.patch(user, {{"name", "   "}}).status, 422);
  EXPECT_EQ(admin_.post("/api/v1/auth/login", {{"email", "a@b.fr"}, {"password", nullptr}}).status, 422);
  EXPECT_EQ(snapshot(), before);
}

TEST_F(BadInputTest, BadQueriesAndPathsGetClearErrors) {
  for (const auto* query : {"page=abc", "page=0", "per_page=1000", "per_page=-1"}) {
    const auto result = admin_.get(std::string("/api/v1/users?") + query);
    EXPECT_EQ(result.status, 400) << query;
    EXPECT_EQ(result.json()["error"]["code"], "invalid_query") << query;
  }
  EXPECT_EQ(admin_.get("/api/v1/users/abc").status, 405);  // GET is not a route there; PATCH and DELETE are
  EXPECT_EQ(admin_.patch("/api/v1/users/abc", {{"name", "X"}}).status, 404);
  EXPECT_EQ(admin_.patch("/api/v1/users/999999", {{"name", "X"}}).status, 404);
  EXPECT_EQ(admin_.get("/api/v1/nothing-here").status, 404);
  const auto wrong_method = admin_.send("PUT", "/api/v1/users", "{}", "application/json");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.header("Allow"), "GET, POST");
  EXPECT_EQ(admin_.get("/api/v1/users?name=%zz").status, 400);
}

}  // namespace
}  // namespace logis::testing
