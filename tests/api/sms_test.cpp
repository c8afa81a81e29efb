#include <thread>

#include "core/time_format.hpp"
#include "fake_twilio.hpp"
#include "jobs/job_runner.hpp"
#include "sms/twilio_sms_provider.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

// SMS through the real Twilio client against tests/rigs/fake_twilio.py, and the provider's webhooks.
class SmsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    manager_ = loggedIn("manager@alpha.fr", "manager", "Agence Alpha");
    admin_ = loggedIn("admin@alpha.fr", "admin", "Agence Alpha");
  }

  // A contact of the manager's agency with that mobile number, with or without SMS consent.
  std::int64_t contact(const std::string& phone, bool consent_sms, ApiClient* as = nullptr) {
    nlohmann::json body = {{"first_name", "Claire"}, {"last_name", "Durand"}, {"phone", phone}};
    if (consent_sms) {
      body["consent_sms"] = true;
      body["consent_source"] = "Formulaire agence";
      body["consent_wording"] = "J'accepte de recevoir des offres par SMS.";
    }
    const auto result = (as ? *as : manager_).post("/api/v1/contacts", body);
    EXPECT_EQ(result.status, 201) << result.body;
    return result.json()["id"].get<std::int64_t>();
  }

  nlohmann::json useFakeTwilio(ApiClient& as) {
    const auto result = as.send("PUT", "/api/v1/sms-settings",
                                nlohmann::json{{"provider", "twilio"},
                                               {"api_base_url", twilio_.url()},
                                               {"account_sid", FakeTwilio::kAccountSid},
                                               {"auth_token", FakeTwilio::kAuthToken},
                                               {"sender_name", "AgenceAlpha"}}
                                    .dump(),
                                "application/json");
    EXPECT_EQ(result.status, 200) << result.body;
    return result.json();
  }

  HttpResult sendSms(const nlohmann::json& body, ApiClient* as = nullptr) {
    return (as ? *as : manager_).post("/api/v1/sms", body);
  }

  std::int64_t queued(const nlohmann::json& body) {
    const auto result = sendSms(body);
    EXPECT_EQ(result.status, 202) << result.body;
    return result.json()["id"].get<std::int64_t>();
  }

  nlohmann::json sms(std::int64_t id) { return manager_.get("/api/v1/sms/" + std::to_string(id)).json(); }

  // The server itself, where the fake delivers the callbacks it signs for the public URL.
  std::string serverOrigin() const { return "http://127.0.0.1:" + std::to_string(app_->port()); }

  // The path of a webhook URL ("http://127.0.0.1/api/v1/public/sms/.../status" -> "/api/v1/...").
  static std::string pathOf(const std::string& url) { return url.substr(url.find("/api/")); }

  const sms::SmsService& service() const { return app_->sms().messages(); }

  FakeTwilio twilio_;
  ApiClient manager_{0};
  ApiClient admin_{0};
};

TEST_F(SmsTest, SettingsStartOnTheConsoleAndSealTheToken) {
  const auto initial = admin_.get("/api/v1/sms-settings");
  ASSERT_EQ(initial.status, 200) << initial.body;
  EXPECT_EQ(initial.json()["provider"], "console");
  EXPECT_FALSE(initial.json()["has_auth_token"].get<bool>());
  const auto status_url = initial.json()["status_callback_url"].get<std::string>();
  EXPECT_TRUE(status_url.starts_with("http://127.0.0.1/api/v1/public/sms/")) << status_url;
  EXPECT_TRUE(status_url.ends_with("/status"));
  EXPECT_TRUE(initial.json()["inbound_url"].get<std::string>().ends_with("/inbound"));

  const auto saved = useFakeTwilio(admin_);
  EXPECT_EQ(saved["provider"], "twilio");
  EXPECT_TRUE(saved["has_auth_token"].get<bool>());
  EXPECT_FALSE(saved.contains("auth_token"));
  EXPECT_EQ(saved["sender_name"], "AgenceAlpha");
  const auto sealed =
      app_->database().query("SELECT auth_token_sealed FROM sms_settings").at(0).text("auth_token_sealed");
  EXPECT_EQ(sealed.find(FakeTwilio::kAuthToken), std::string::npos);

  // A PUT without the token keeps it.
  const auto renamed =
      admin_.send("PUT", "/api/v1/sms-settings", R"({"sender_name": "Immo 75"})", "application/json");
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_TRUE(renamed.json()["has_auth_token"].get<bool>());
  EXPECT_EQ(renamed.json()["sender_name"], "Immo 75");
}

TEST_F(SmsTest, SettingsRefuseBadInputAndChangeNothing) {
  const auto put = [&](const nlohmann::json& body) {
    return admin_.send("PUT", "/api/v1/sms-settings", body.dump(), "application/json");
  };
  auto result = put({{"provider", "twilio"}});
  ASSERT_EQ(result.status, 422) << result.body;
  for (const auto* name : {"account_sid", "auth_token", "sender_name"}) {
    EXPECT_EQ(result.json()["error"]["fields"][name], "Obligatoire pour envoyer par Twilio.") << name;
  }
  result = put({{"sender_name", "Agence-Immobiliere"},
                {"provider", "ovh"},
                {"api_base_url", "ftp://x"},
                {"enabled", "yes"},
                {"account_sid", "AC/../x"}});
  ASSERT_EQ(result.status, 422) << result.body;
  const auto fields = result.json()["error"]["fields"];
  EXPECT_NE(fields["sender_name"].get<std::string>().find("11"), std::string::npos);
  EXPECT_TRUE(fields.contains("provider"));
  EXPECT_TRUE(fields.contains("api_base_url"));
  EXPECT_TRUE(fields.contains("enabled"));
  EXPECT_TRUE(fields.contains("account_sid"));
  EXPECT_EQ(put({{"sender_name", "0612345678"}}).status, 422);  // no letter
  const auto after = admin_.get("/api/v1/sms-settings").json();
  EXPECT_EQ(after["provider"], "console");
  EXPECT_TRUE(after["sender_name"].is_null());

  auto agent = loggedIn("agent@alpha.fr", "agent", "Agence Alpha");
  EXPECT_EQ(agent.get("/api/v1/sms-settings").status, 403);
  EXPECT_EQ(agent.send("PUT", "/api/v1/sms-settings", "{}", "application/json").status, 403);
}

TEST_F(SmsTest, SendRefusesBadInputAndStoresNothing) {
  const auto id = contact("06 12 34 56 78", true);
  const auto check = [&](const nlohmann::json& body, const std::string& field) {
    const auto result = sendSms(body);
    EXPECT_EQ(result.status, 422) << body.dump() << " " << result.body;
    if (result.status == 422) {
      EXPECT_TRUE(result.json()["error"]["fields"].contains(field)) << result.body;
    }
  };
  check({{"contact_id", id}, {"purpose", "transactional"}}, "body");
  check({{"contact_id", id}, {"body", "   "}, {"purpose", "transactional"}}, "body");
  check({{"contact_id", id}, {"body", "Bonjour"}, {"purpose", "spam"}}, "purpose");
  check({{"contact_id", id}, {"body", "Bonjour"}}, "purpose");
  check({{"phone", "12"}, {"body", "Bonjour"}, {"purpose", "transactional"}}, "phone");
  check({{"phone", "06 12 34 56 7A"}, {"body", "Bonjour"}, {"purpose", "transactional"}}, "phone");
  check({{"body", "Bonjour"}, {"purpose", "transactional"}}, "contact_id");
  check({{"contact_id", 999999}, {"body", "Bonjour"}, {"purpose", "transactional"}}, "contact_id");
  check({{"contact_id", "x"}, {"body", "Bonjour"}, {"purpose", "transactional"}}, "contact_id");
  check({{"lead_id", 999999}, {"body", "Bonjour"}, {"purpose", "transactional"}}, "lead_id");
  check({{"contact_id", id}, {"body", std::string(1531, 'a')}, {"purpose", "transactional"}}, "body");
  const auto result = sendSms({{"phone", "12"}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  EXPECT_EQ(result.json()["error"]["fields"]["phone"],
            "Numéro de téléphone invalide (exemple : 06 12 34 56 78).");
  EXPECT_EQ(countRows("sms_messages"), 0);
  EXPECT_EQ(countRows("interactions"), 0);

  auto client_user = loggedIn("client@alpha.fr", "client", "Agence Alpha");
  EXPECT_EQ(client_user.post("/api/v1/sms", {{"contact_id", id}, {"body", "x"}, {"purpose", "transactional"}})
                .status,
            403);
}

TEST_F(SmsTest, SendQueuesTheMessageInE164OnTheContactsTimeline) {
  const auto id = contact("06 12 34 56 78", false);
  const auto result = sendSms({{"contact_id", id},
                               {"body", "Votre visite est confirmée demain à 14h."},
                               {"purpose", "transactional"}});
  ASSERT_EQ(result.status, 202) << result.body;
  const auto message = result.json();
  EXPECT_EQ(message["state"], "queued");
  EXPECT_EQ(message["phone"], "+33612345678");
  EXPECT_EQ(message["phone_display"], "06 12 34 56 78");
  EXPECT_EQ(message["segments"], 1);
  EXPECT_EQ(message["encoding"], "gsm7");
  const auto timeline = manager_.get("/api/v1/contacts/" + std::to_string(id) + "/interactions").json();
  ASSERT_EQ(timeline["items"].size(), 1u) << timeline.dump();
  const auto entry = timeline["items"][0];
  EXPECT_EQ(entry["type"], "sms");
  EXPECT_EQ(entry["direction"], "out");
  EXPECT_EQ(entry["body"], "Votre visite est confirmée demain à 14h.");
  EXPECT_EQ(entry["meta"]["state"], "queued");
  EXPECT_EQ(entry["meta"]["sms_id"], message["id"]);

  // A number typed in another form finds the same contact.
  const auto by_phone =
      sendSms({{"phone", "+33 6 12 34 56 78"}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  ASSERT_EQ(by_phone.status, 202) << by_phone.body;
  EXPECT_EQ(by_phone.json()["contact_id"], id);
}

TEST_F(SmsTest, MarketingNeedsConsentAndStopIsHonoured) {
  const auto without = contact("06 11 22 33 44", false);
  auto refused = sendSms({{"contact_id", without}, {"body", "Nouveau bien !"}, {"purpose", "marketing"}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json()["error"]["fields"]["contact_id"],
            "Sans consentement SMS du contact, un SMS commercial est interdit.");
  refused = sendSms({{"phone", "07 00 00 00 01"}, {"body", "Nouveau bien !"}, {"purpose", "marketing"}});
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(
      sendSms({{"contact_id", without}, {"body", "Rappel visite"}, {"purpose", "transactional"}}).status,
      202);

  const auto with = contact("06 55 66 77 88", true);
  const auto first = queued({{"contact_id", with}, {"body", "Nouveau bien !"}, {"purpose", "marketing"}});

  // The contact answers "Stop" (console provider: the secret in the URL authenticates the webhook).
  const auto settings = admin_.get("/api/v1/sms-settings").json();
  const auto inbound = client().send("POST", pathOf(settings["inbound_url"]),
                                     "MessageSid=SMin1&From=%2B33655667788&To=%2B33700000000&Body=Stop+SMS",
                                     "application/x-www-form-urlencoded");
  ASSERT_EQ(inbound.status, 200) << inbound.body;
  const auto stored = manager_.get("/api/v1/contacts/" + std::to_string(with)).json();
  EXPECT_FALSE(stored["consent_sms"].get<bool>());
  const auto consent = app_->database().query(
      "SELECT granted, source FROM consents WHERE contact_id = ? AND channel = 'sms' ORDER BY id DESC",
      {with});
  ASSERT_FALSE(consent.empty());
  EXPECT_EQ(consent[0].integer("granted"), 0);
  EXPECT_EQ(consent[0].text("source"), "réponse STOP par SMS");
  EXPECT_EQ(countRows("sms_opt_outs"), 1);

  refused = sendSms({{"contact_id", with}, {"body", "Encore un bien"}, {"purpose", "marketing"}});
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json()["error"]["fields"]["contact_id"],
            "Ce numéro a répondu STOP : plus de SMS commerciaux.");
  // Queued before the STOP: never sent.
  EXPECT_EQ(service().deliver(first).state, "failed");
  EXPECT_EQ(sms(first)["state"], "failed");
  // Transactional messages still go.
  EXPECT_EQ(sendSms({{"contact_id", with}, {"body", "Rappel visite"}, {"purpose", "transactional"}}).status,
            202);
}

// A worker claimed the SMS and died before sending it: once the job's lock has passed, the retried job
// sends it; before that, another delivery may still be under way.
TEST_F(SmsTest, ADeliveryCutOffMidSendIsTakenUpAgainOnceTheJobLockHasPassed) {
  useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", false);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Rappel : visite demain."}, {"purpose", "transactional"}});
  app_->database().execute("UPDATE sms_messages SET state = 'sending', updated_at = ? WHERE id = ?",
                           {clock_->now(), sms_id});
  EXPECT_EQ(service().deliver(sms_id).state, "sending");
  EXPECT_TRUE(twilio_.messages().empty());
  clock_->advanceSeconds(std::chrono::seconds(jobs::kJobLock).count() + 1);
  EXPECT_EQ(service().deliver(sms_id).state, "sent");
  EXPECT_EQ(twilio_.messages().size(), 1u);
}

TEST_F(SmsTest, DeliveredOnceThroughTwilioWithTheRightFields) {
  const auto settings = useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", false);
  const auto sms_id =
      queued({{"contact_id", id}, {"body", "Votre visite est confirmée."}, {"purpose", "transactional"}});
  const auto result = service().deliver(sms_id);
  EXPECT_EQ(result.state, "sent");
  EXPECT_EQ(service().deliver(sms_id).state, "sent");  // a retried job sends nothing more
  const auto received = twilio_.messages();
  ASSERT_EQ(received.size(), 1u) << received.dump();
  EXPECT_EQ(received[0]["to"], "+33612345678");
  EXPECT_EQ(received[0]["from"], "AgenceAlpha");
  EXPECT_EQ(received[0]["body"], "Votre visite est confirmée.");
  EXPECT_EQ(received[0]["status_callback"], settings["status_callback_url"]);
  const auto stored = sms(sms_id);
  EXPECT_EQ(stored["state"], "sent");
  EXPECT_EQ(stored["provider_message_id"], received[0]["sid"]);
  EXPECT_EQ(stored["provider_status"], "queued");
  EXPECT_EQ(stored["sent_at"], isoUtc(clock_->now()));
  const auto timeline = manager_.get("/api/v1/contacts/" + std::to_string(id) + "/interactions").json();
  EXPECT_EQ(timeline["items"][0]["meta"]["state"], "sent");

  // The delivery report, signed by the fake for the public URL.
  EXPECT_EQ(twilio_.reportStatus(received[0]["sid"], "delivered", serverOrigin()), 204);
  EXPECT_EQ(sms(sms_id)["state"], "delivered");
  EXPECT_EQ(sms(sms_id)["provider_status"], "delivered");
  // A late "sent" does not undo it.
  EXPECT_EQ(twilio_.reportStatus(received[0]["sid"], "sent", serverOrigin()), 204);
  EXPECT_EQ(sms(sms_id)["state"], "delivered");
  EXPECT_EQ(manager_.get("/api/v1/contacts/" + std::to_string(id) + "/interactions")
                .json()["items"][0]["meta"]["state"],
            "delivered");
}

TEST_F(SmsTest, FailedDeliveryReportAndProviderRefusals) {
  useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", false);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  ASSERT_EQ(service().deliver(sms_id).state, "sent");
  EXPECT_EQ(twilio_.reportStatus(twilio_.messages()[0]["sid"], "undelivered", serverOrigin(), "30003"), 204);
  EXPECT_EQ(sms(sms_id)["state"], "failed");
  EXPECT_NE(sms(sms_id)["error"].get<std::string>().find("30003"), std::string::npos);

  // A number the provider refuses for good: failed with its answer, not retried.
  const auto refused =
      queued({{"phone", "06 19 99 00 00"}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  EXPECT_EQ(service().deliver(refused).state, "failed");
  EXPECT_NE(sms(refused)["error"].get<std::string>().find("21610"), std::string::npos) << sms(refused).dump();

  // An outage: queued again with the error, then sent on the next attempt.
  const auto later = queued({{"contact_id", id}, {"body", "Deuxième"}, {"purpose", "transactional"}});
  twilio_.setMode("error");
  EXPECT_THROW(service().deliver(later), sms::SmsRetryableError);
  EXPECT_EQ(sms(later)["state"], "queued");
  EXPECT_NE(sms(later)["error"].get<std::string>().find("500"), std::string::npos);
  EXPECT_EQ(service().deliver(later).state, "sent");

  // Wrong credentials: failed, never retried.
  admin_.send("PUT", "/api/v1/sms-settings", R"({"auth_token": "wrong"})", "application/json");
  const auto denied = queued({{"contact_id", id}, {"body", "Troisième"}, {"purpose", "transactional"}});
  EXPECT_EQ(service().deliver(denied).state, "failed");
  EXPECT_NE(sms(denied)["error"].get<std::string>().find("20003"), std::string::npos);
  EXPECT_EQ(twilio_.messages().size(), 2u);
}

TEST_F(SmsTest, WebhooksNeedTheSecretAndTwiliosSignature) {
  const auto settings = useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", false);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  service().deliver(sms_id);
  const auto sid = twilio_.messages()[0]["sid"].get<std::string>();
  const auto form = "MessageSid=" + sid + "&MessageStatus=delivered";
  const auto path = pathOf(settings["status_callback_url"]);
  auto result = client().send("POST", path, form, "application/x-www-form-urlencoded");
  EXPECT_EQ(result.status, 403) << result.body;
  result = client().send("POST", path, form, "application/x-www-form-urlencoded",
                         {{"X-Twilio-Signature", "AAAA"}});
  EXPECT_EQ(result.status, 403);
  EXPECT_EQ(result.json()["error"]["message"], "Signature X-Twilio-Signature invalide.");
  result = client().send("POST", "/api/v1/public/sms/not-the-secret/status", form,
                         "application/x-www-form-urlencoded");
  EXPECT_EQ(result.status, 404);
  EXPECT_EQ(sms(sms_id)["state"], "sent");
  // The signature Twilio computes over the URL it was given.
  const auto signature = sms::twilioSignature(FakeTwilio::kAuthToken, settings["status_callback_url"],
                                              {{"MessageSid", sid}, {"MessageStatus", "delivered"}});
  result = client().send("POST", path, form, "application/x-www-form-urlencoded",
                         {{"X-Twilio-Signature", signature}});
  EXPECT_EQ(result.status, 204) << result.body;
  EXPECT_EQ(sms(sms_id)["state"], "delivered");
  // A report without its fields is refused.
  const auto empty = sms::twilioSignature(FakeTwilio::kAuthToken, settings["status_callback_url"], {});
  EXPECT_EQ(client()
                .send("POST", path, "", "application/x-www-form-urlencoded", {{"X-Twilio-Signature", empty}})
                .status,
            400);
}

TEST_F(SmsTest, InboundRepliesLandOnTheTimeline) {
  const auto settings = useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", true);
  const auto answer = twilio_.receive(settings["inbound_url"], "+33612345678",
                                      "Oui, je suis disponible jeudi.", serverOrigin());
  ASSERT_EQ(answer["status"], 200) << answer.dump();
  EXPECT_NE(answer["body"].get<std::string>().find("<Response>"), std::string::npos);
  const auto timeline = manager_.get("/api/v1/contacts/" + std::to_string(id) + "/interactions").json();
  ASSERT_EQ(timeline["items"].size(), 1u) << timeline.dump();
  EXPECT_EQ(timeline["items"][0]["type"], "sms");
  EXPECT_EQ(timeline["items"][0]["direction"], "in");
  EXPECT_EQ(timeline["items"][0]["body"], "Oui, je suis disponible jeudi.");
  const auto row = app_->database().query("SELECT direction, state, contact_id FROM sms_messages").at(0);
  EXPECT_EQ(row.text("direction"), "in");
  EXPECT_EQ(row.text("state"), "received");
  EXPECT_EQ(row.integer("contact_id"), id);
  EXPECT_NE(manager_.get("/api/v1/contacts/" + std::to_string(id)).json()["last_inbound_at"], nullptr);

  // STOP through Twilio, then a forged message: refused.
  EXPECT_EQ(twilio_.receive(settings["inbound_url"], "+33612345678", "ARRÊT", serverOrigin())["status"], 200);
  EXPECT_FALSE(manager_.get("/api/v1/contacts/" + std::to_string(id)).json()["consent_sms"].get<bool>());
  EXPECT_EQ(
      twilio_.receive(settings["inbound_url"], "+33612345678", "Hello", serverOrigin(), "forged=")["status"],
      403);
  EXPECT_EQ(countRows("sms_messages"), 2);
}

TEST_F(SmsTest, MarketingAtNightIsDeferredToEightNotDropped) {
  useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", true);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Nouveau bien à Lyon"}, {"purpose", "marketing"}});
  const auto reminder =
      queued({{"contact_id", id}, {"body", "Rappel : visite demain 9h"}, {"purpose", "transactional"}});
  // 2026-01-15 is a Thursday; 22:00 UTC is 23:00 in Paris.
  clock_->advanceSeconds(12 * 3600);
  const auto deferred = service().deliver(sms_id);
  EXPECT_EQ(deferred.state, "deferred");
  ASSERT_TRUE(deferred.retry_at.has_value());
  EXPECT_EQ(isoUtc(*deferred.retry_at), "2026-01-16T07:00:00Z");
  EXPECT_TRUE(twilio_.messages().empty());
  // A transactional message at the same hour leaves at once.
  EXPECT_EQ(service().deliver(reminder).state, "sent");
  // 07:59 in Paris: still deferred; 08:00: sent.
  clock_->advanceSeconds(8 * 3600 + 59 * 60);
  EXPECT_EQ(service().deliver(sms_id).state, "deferred");
  ASSERT_EQ(manager_.login("manager@alpha.fr", kPassword).status, 200);
  EXPECT_EQ(sms(sms_id)["state"], "deferred");
  EXPECT_EQ(sms(sms_id)["not_before"], "2026-01-16T07:00:00Z");
  EXPECT_EQ(manager_.get("/api/v1/contacts/" + std::to_string(id) + "/interactions?type=sms")
                .json()["items"][1]["meta"]["state"],
            "deferred");
  clock_->advanceSeconds(60);
  EXPECT_EQ(service().deliver(sms_id).state, "sent");
  EXPECT_EQ(twilio_.messages().size(), 2u);
  EXPECT_EQ(sms(sms_id)["state"], "sent");
}

// The worker's way: POST /sms queues an "sms.send" job; run at night it defers a marketing SMS by queueing
// it again for 08:00, when the next run sends it, once.
TEST_F(SmsTest, TheWorkerSendsQueuedMessagesAndRequeuesDeferredOnesForEight) {
  useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", true);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Nouveau bien à Lyon"}, {"purpose", "marketing"}});
  clock_->advanceSeconds(12 * 3600);  // 2026-01-15 22:00 UTC: 23:00 in Paris, when the worker runs
  jobs::JobRunner worker(app_->database(), *clock_, app_->jobRegistry(), "test-worker");
  EXPECT_EQ(worker.runDue(), 1);
  ASSERT_EQ(manager_.login("manager@alpha.fr", kPassword).status, 200);
  EXPECT_EQ(sms(sms_id)["state"], "deferred");
  EXPECT_EQ(worker.runDue(), 0);  // the next try waits for 08:00
  clock_->advanceSeconds(9 * 3600);
  EXPECT_EQ(worker.runDue(), 1);
  ASSERT_EQ(manager_.login("manager@alpha.fr", kPassword).status, 200);
  EXPECT_EQ(sms(sms_id)["state"], "sent");
  EXPECT_EQ(twilio_.messages().size(), 1u);
  clock_->advanceSeconds(24 * 3600);
  EXPECT_EQ(worker.runDue(), 0);
  EXPECT_EQ(twilio_.messages().size(), 1u);
}

TEST_F(SmsTest, TwoWorkersSendOnce) {
  useFakeTwilio(admin_);
  const auto id = contact("06 12 34 56 78", false);
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 5; ++i) {
    ids.push_back(
        queued({{"contact_id", id}, {"body", "Message " + std::to_string(i)}, {"purpose", "transactional"}}));
  }
  const auto worker = [&] {
    for (const auto sms_id : ids) service().deliver(sms_id);
  };
  std::thread first(worker);
  std::thread second(worker);
  first.join();
  second.join();
  EXPECT_EQ(twilio_.messages().size(), 5u);
}

TEST_F(SmsTest, AgenciesAreIsolated) {
  const auto id = contact("06 12 34 56 78", true);
  const auto sms_id = queued({{"contact_id", id}, {"body", "Bonjour"}, {"purpose", "transactional"}});
  auto beta = loggedIn("admin@beta.fr", "admin", "Agence Beta");
  EXPECT_EQ(beta.get("/api/v1/sms/" + std::to_string(sms_id)).status, 404);
  const auto result =
      beta.post("/api/v1/sms", {{"contact_id", id}, {"body", "x"}, {"purpose", "transactional"}});
  EXPECT_EQ(result.status, 422);
  EXPECT_TRUE(result.json()["error"]["fields"].contains("contact_id"));
  // Beta's settings are its own; its STOP webhook does not touch Alpha's contact with the same number.
  const auto beta_settings = beta.get("/api/v1/sms-settings").json();
  EXPECT_NE(beta_settings["inbound_url"], admin_.get("/api/v1/sms-settings").json()["inbound_url"]);
  client().send("POST", pathOf(beta_settings["inbound_url"]), "From=%2B33612345678&Body=STOP",
                "application/x-www-form-urlencoded");
  EXPECT_TRUE(manager_.get("/api/v1/contacts/" + std::to_string(id)).json()["consent_sms"].get<bool>());
  EXPECT_EQ(sendSms({{"contact_id", id}, {"body", "Offre"}, {"purpose", "marketing"}}).status, 202);
}

}  // namespace
}  // namespace logis::testing
