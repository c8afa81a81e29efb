#include <atomic>
#include <thread>

#include "lead_test_support.hpp"

namespace logis::testing {
namespace {

constexpr const char* kCapture = "/api/v1/public/leads";

class PublicCaptureTest : public ServerTest {
 protected:
  void configure(Config& config) override { config.capture_rate_limit = 50; }

  void SetUp() override {
    ServerTest::SetUp();
    admin_ = loggedIn("admin@alpha.fr", "admin");
    key_ = admin_.get("/api/v1/lead-settings").json()["public_key"];
  }

  nlohmann::json visitor(const std::string& email) const {
    return {{"agency_key", key_},    {"first_name", "Hélène"},    {"last_name", "Durand"},
            {"email", email},        {"phone", "06 98 76 54 32"}, {"message", "Ce bien est-il disponible ?"},
            {"consent_email", true}, {"consent_sms", false},      {"website", ""}};
  }

  HttpResult post(const nlohmann::json& body, std::map<std::string, std::string> headers = {}) {
    return client().send("POST", kCapture, body.dump(), "application/json", std::move(headers));
  }

  std::int64_t leads() const { return countRows("leads"); }

  ApiClient admin_{0};
  std::string key_;
};

TEST_F(PublicCaptureTest, AVisitorsRequestBecomesAnAssignedLeadWithItsConsentAndTimeline) {
  const auto agent = makeUser("agent@alpha.fr", "agent");
  ASSERT_EQ(admin_.patch("/api/v1/lead-settings", {{"assignment_mode", "round_robin"}}).status, 200);
  const auto property = admin_
                            .post("/api/v1/properties", {{"transaction", "sale"},
                                                         {"type", "apartment"},
                                                         {"title", "T3 Croix-Rousse"},
                                                         {"city", "Lyon"}})
                            .json();
  auto body = visitor("helene@example.fr");
  body["property_reference"] = property["reference"];
  const auto result = post(body, {{"X-Forwarded-For", "203.0.113.9"}});
  ASSERT_EQ(result.status, 201) << result.body;
  EXPECT_EQ(result.json(), nlohmann::json({{"received", true}}));

  const auto list = admin_.get("/api/v1/leads").json();
  ASSERT_EQ(list["total"], 1);
  const auto lead = admin_.get(leadPath(list["items"][0])).json();
  EXPECT_EQ(lead["source"], "website");
  EXPECT_EQ(lead["status"], "new");
  EXPECT_EQ(lead["property_id"], property["id"]);
  EXPECT_EQ(lead["message"], "Ce bien est-il disponible ?");
  EXPECT_EQ(lead["assigned_to"], agent.id);
  EXPECT_EQ(lead["contact"]["first_name"], "Hélène");
  EXPECT_EQ(lead["contact"]["email"], "helene@example.fr");
  EXPECT_EQ(lead["contact"]["phone"], "+33698765432");
  EXPECT_EQ(countRows("notifications"), 1);

  const auto consents = app_->database().query("SELECT channel, granted, source, wording, ip FROM consents");
  ASSERT_EQ(consents.size(), 1u);
  EXPECT_EQ(consents[0].text("channel"), "email");
  EXPECT_EQ(consents[0].integer("granted"), 1);
  EXPECT_EQ(consents[0].text("source"), "formulaire site web");
  EXPECT_EQ(consents[0].text("wording"),
            "J'accepte de recevoir par e-mail des propositions de biens et des informations de l'agence.");
  EXPECT_EQ(consents[0].text("ip"), "127.0.0.1");  // the peer, not a header anyone can write
  const auto contact =
      app_->database().query("SELECT consent_email, consent_sms, last_inbound_at FROM contacts").at(0);
  EXPECT_EQ(contact.integer("consent_email"), 1);
  EXPECT_EQ(contact.integer("consent_sms"), 0);
  EXPECT_EQ(contact.optionalInteger("last_inbound_at"), 1768471200000);

  const auto timeline = admin_.get(leadPath(lead) + "/interactions").json();
  ASSERT_EQ(timeline["total"], 1);
  EXPECT_EQ(timeline["items"][0]["type"], "note");
  EXPECT_EQ(timeline["items"][0]["direction"], "in");
  EXPECT_EQ(timeline["items"][0]["summary"], "Demande reçue par le formulaire du site web");
  EXPECT_EQ(timeline["items"][0]["body"], "Ce bien est-il disponible ?");
  EXPECT_EQ(timeline["items"][0]["meta"]["channel"], "web_form");
  EXPECT_EQ(timeline["items"][0]["meta"]["property_reference"], property["reference"]);

  // The same person writes again: the contact is found by phone, a second lead is opened.
  auto again = visitor("autre@example.fr");
  again["phone"] = "+33 6 98 76 54 32";
  ASSERT_EQ(post(again).status, 201);
  EXPECT_EQ(leads(), 2);
  EXPECT_EQ(countRows("contacts"), 1);
}

TEST_F(PublicCaptureTest, ThePastedHtmlFormPostsAsUrlEncoded) {
  const auto form =
      "agency_key=" + key_ +
      "&first_name=Jean-No%C3%ABl&last_name=&email=jn%40example.fr&phone=&message=Bonjour+%3Cb%3E"
      "&consent_email=1&consent_sms=1&website=&property_reference=";
  const auto result = client().send("POST", kCapture, form, "application/x-www-form-urlencoded");
  ASSERT_EQ(result.status, 201) << result.body;
  const auto lead = admin_.get("/api/v1/leads").json()["items"][0];
  EXPECT_EQ(lead["contact"]["first_name"], "Jean-Noël");
  EXPECT_EQ(lead["message"], "Bonjour <b>");
  EXPECT_EQ(countRows("consents"), 2);
  EXPECT_EQ(client().send("POST", kCapture, "email=%zz", "application/x-www-form-urlencoded").status, 400);
}

// Without JavaScript the visitor's browser shows the answer: a French page, never JSON.
TEST_F(PublicCaptureTest, AFormPostedWithoutJavaScriptIsAnsweredWithAPage) {
  const std::string site = "https://www.agence-alpha.fr";
  ASSERT_EQ(admin_.patch("/api/v1/lead-settings", {{"allowed_origins", {site}}}).status, 200);
  const auto send = [&](const std::string& form) {
    return client().send("POST", kCapture, "agency_key=" + key_ + "&" + form, "application/x-www-form-urlencoded",
                         {{"Origin", site}, {"Referer", site + "/contact"}});
  };
  const auto thanks = send("email=a%40example.fr");
  ASSERT_EQ(thanks.status, 201) << thanks.body;
  EXPECT_EQ(thanks.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(thanks.body.find("Merci, votre demande est envoyée"), std::string::npos);
  EXPECT_NE(thanks.body.find("href=\"https://www.agence-alpha.fr/contact\""), std::string::npos);

  const auto redirected = send("email=b%40example.fr&redirect=https%3A%2F%2Fwww.agence-alpha.fr%2Fmerci");
  EXPECT_EQ(redirected.status, 303);
  EXPECT_EQ(redirected.header("Location"), site + "/merci");
  const auto elsewhere = send("email=c%40example.fr&redirect=https%3A%2F%2Fevil.example%2F");
  EXPECT_EQ(elsewhere.status, 201);  // never sent to another site
  EXPECT_EQ(elsewhere.header("Location"), "");
  EXPECT_EQ(leads(), 3);

  const auto refused = send("email=pas-une-adresse");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(refused.body.find("Votre demande n’est pas envoyée"), std::string::npos);
  EXPECT_NE(refused.body.find("<li>"), std::string::npos);
  EXPECT_EQ(leads(), 3);
}

TEST_F(PublicCaptureTest, ARobotFillingTheHoneypotIsAnsweredAlikeButNothingIsStored) {
  auto body = visitor("robot@example.fr");
  body["website"] = "http://spam.example";
  const auto result = post(body);
  EXPECT_EQ(result.status, 201);
  EXPECT_EQ(result.json(), nlohmann::json({{"received", true}}));
  for (const auto* table : {"leads", "contacts", "consents", "interactions", "notifications"}) {
    EXPECT_EQ(countRows(table), 0) << table;
  }
}

TEST_F(PublicCaptureTest, BadRequestsNameTheFieldAndStoreNothing) {
  auto nothing = visitor("");
  nothing.erase("email");
  nothing["phone"] = " ";
  const auto missing = post(nothing);
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json()["error"]["fields"]["email"],
            "Indiquez une adresse e-mail ou un numéro de téléphone.");
  EXPECT_TRUE(missing.json()["error"]["fields"].contains("phone"));
  auto wrong = visitor("pas-une-adresse");
  wrong["phone"] = "12";
  wrong["first_name"] = std::string(101, 'a');
  const auto invalid = post(wrong);
  ASSERT_EQ(invalid.status, 422);
  EXPECT_EQ(invalid.json()["error"]["fields"]["email"], "Adresse e-mail invalide (exemple : nom@agence.fr).");
  EXPECT_EQ(invalid.json()["error"]["fields"]["phone"],
            "Numéro de téléphone invalide (exemple : 06 12 34 56 78).");
  EXPECT_TRUE(invalid.json()["error"]["fields"].contains("first_name"));
  auto unknown = visitor("a@example.fr");
  unknown["agency_key"] = "not-a-key";
  const auto no_agency = post(unknown);
  EXPECT_EQ(no_agency.status, 422);
  EXPECT_TRUE(no_agency.json()["error"]["fields"].contains("agency_key"));
  auto typed = visitor("a@example.fr");
  typed["message"] = nlohmann::json::array({1});
  EXPECT_EQ(post(typed).json()["error"]["fields"]["message"], "Ce champ doit être du texte.");
  EXPECT_EQ(client().send("POST", kCapture, "{\"email\":", "application/json").status, 400);
  EXPECT_EQ(client().send("POST", kCapture, "email=a", "text/plain").status, 415);
  const auto big =
      client().send("POST", kCapture, std::string(17 * 1024, 'a'), "application/x-www-form-urlencoded");
  EXPECT_EQ(big.status, 413);
  for (const auto* table : {"leads", "contacts", "consents", "interactions"})
    EXPECT_EQ(countRows(table), 0) << table;
}

TEST_F(PublicCaptureTest, OnlyTheAgencysSitesMayPostFromABrowser) {
  const std::string site = "https://www.agence-alpha.fr";
  const auto foreign = post(visitor("a@example.fr"), {{"Origin", "https://evil.example"}});
  EXPECT_EQ(foreign.status, 403);
  EXPECT_EQ(foreign.header("Access-Control-Allow-Origin"), "");
  EXPECT_EQ(foreign.json()["error"]["message"],
            "Ce site n'est pas autorisé à envoyer des demandes à l'agence.");
  EXPECT_EQ(leads(), 0);

  ASSERT_EQ(admin_.patch("/api/v1/lead-settings", {{"allowed_origins", {site}}}).status, 200);
  const auto preflight = client().send("OPTIONS", kCapture, "", "",
                                       {{"Origin", site}, {"Access-Control-Request-Method", "POST"}});
  EXPECT_EQ(preflight.status, 204);
  EXPECT_EQ(preflight.header("Access-Control-Allow-Origin"), site);
  EXPECT_EQ(preflight.header("Access-Control-Allow-Methods"), "POST");
  EXPECT_EQ(preflight.header("Access-Control-Allow-Headers"), "Content-Type");
  const auto keyed =
      client().send("OPTIONS", std::string(kCapture) + "?agency_key=" + key_, "", "", {{"Origin", site}});
  EXPECT_EQ(keyed.header("Access-Control-Allow-Origin"), site);
  const auto stranger = client().send("OPTIONS", kCapture, "", "", {{"Origin", "https://evil.example"}});
  EXPECT_EQ(stranger.status, 204);
  EXPECT_EQ(stranger.header("Access-Control-Allow-Origin"), "");

  const auto allowed = post(visitor("a@example.fr"), {{"Origin", site}});
  ASSERT_EQ(allowed.status, 201) << allowed.body;
  EXPECT_EQ(allowed.header("Access-Control-Allow-Origin"), site);
  EXPECT_EQ(post(visitor("b@example.fr"), {{"Origin", "https://evil.example"}}).status, 403);
  EXPECT_EQ(leads(), 1);
}

TEST_F(PublicCaptureTest, ASignedInBrowserNeedsNoCsrfTokenHere) {
  auto body = visitor("c@example.fr");
  admin_.csrf_token.clear();  // the session cookie alone, as a form on the agency's own domain would send
  const auto result = admin_.send("POST", kCapture, body.dump(), "application/json");
  EXPECT_EQ(result.status, 201) << result.body;
  EXPECT_EQ(admin_.patch("/api/v1/lead-settings", {{"assignment_mode", "manual"}}).status,
            403);  // elsewhere it is
}

class PublicCaptureLimitTest : public PublicCaptureTest {
 protected:
  void configure(Config& config) override {
    config.capture_rate_limit = 5;
    config.capture_rate_window_minutes = 10;
  }
};

TEST_F(PublicCaptureLimitTest, ABurstFromOneAddressIsCutOffAtTheLimit) {
  std::atomic<int> created = 0;
  std::atomic<int> limited = 0;
  std::atomic<int> other = 0;
  std::atomic<int> next = 0;
  std::string retry_after;
  std::mutex retry_mutex;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = next++; i < 1000; i = next++) {
        const auto result = post(visitor("burst" + std::to_string(i) + "@example.fr"));
        if (result.status == 201) {
          ++created;
        } else if (result.status == 429) {
          ++limited;
          const std::lock_guard lock(retry_mutex);
          retry_after = result.header("Retry-After");
        } else {
          ++other;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(created, 5);
  EXPECT_EQ(limited, 995);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(leads(), 5);
  EXPECT_EQ(countRows("contacts"), 1);  // every request gave the same phone: one person
  EXPECT_EQ(retry_after, "600");        // the window started with the test clock's 10:00:00

  clock_->advanceSeconds(600);
  EXPECT_EQ(post(visitor("later@example.fr")).status, 201);
  EXPECT_EQ(leads(), 6);
}

}  // namespace
}  // namespace logis::testing
