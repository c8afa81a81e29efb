#include "lead_test_support.hpp"

namespace logis::testing {
namespace {

class InteractionsTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    agent_ = loggedIn("agent@alpha.fr", "agent");
    lead_ = agent_.post("/api/v1/leads", phoneLead("Sophie", "sophie@example.fr")).json();
  }

  HttpResult log(const nlohmann::json& body) { return agent_.post(leadPath(lead_) + "/interactions", body); }

  std::vector<std::string> summaries(const std::string& path) {
    const auto result = agent_.get(path);
    EXPECT_EQ(result.status, 200) << result.body;
    std::vector<std::string> list;
    const auto body = result.json();
    for (const auto& item : body["items"]) list.push_back(item["summary"]);
    return list;
  }

  ApiClient agent_{0};
  nlohmann::json lead_;
};

TEST_F(InteractionsTest, CallsEmailsAndNotesMakeATimelineNewestFirst) {
  const auto call = log({{"type", "call"},
                         {"direction", "out"},
                         {"summary", "Premier appel"},
                         {"body", "Messagerie"},
                         {"occurred_at", "2026-01-15T08:00:00Z"}});
  ASSERT_EQ(call.status, 201) << call.body;
  EXPECT_EQ(call.json()["type"], "call");
  EXPECT_EQ(call.json()["direction"], "out");
  EXPECT_EQ(call.json()["occurred_at"], "2026-01-15T08:00:00Z");
  EXPECT_EQ(call.json()["body"], "Messagerie");
  EXPECT_EQ(call.json()["user_name"], "Test agent");
  EXPECT_EQ(call.json()["lead_id"], lead_["id"]);
  EXPECT_EQ(call.json()["contact_id"], lead_["contact_id"]);
  const auto note = log({{"type", "note"}, {"summary", "Préfère être rappelée le soir"}});
  ASSERT_EQ(note.status, 201);
  EXPECT_EQ(note.json()["occurred_at"], "2026-01-15T10:00:00Z");  // now, by default
  EXPECT_TRUE(note.json()["direction"].is_null());
  ASSERT_EQ(log({{"type", "email"},
                 {"direction", "out"},
                 {"summary", "Envoi de 3 biens"},
                 {"occurred_at", "2026-01-15T08:30:00+01:00"}})
                .status,
            201);

  const auto path = leadPath(lead_) + "/interactions";
  EXPECT_EQ(summaries(path),
            (std::vector<std::string>{"Préfère être rappelée le soir", "Premier appel", "Envoi de 3 biens"}));
  EXPECT_EQ(summaries(path + "?type=call,email"),
            (std::vector<std::string>{"Premier appel", "Envoi de 3 biens"}));
  const auto page = agent_.get(path + "?per_page=2&page=2").json();
  EXPECT_EQ(page["total"], 3);
  ASSERT_EQ(page["items"].size(), 1u);
  EXPECT_EQ(page["items"][0]["summary"], "Envoi de 3 biens");
  EXPECT_EQ(agent_.get(path + "?type=fax").status, 400);

  // The contact's timeline holds every lead's entries.
  const auto other =
      agent_.post("/api/v1/leads", {{"contact_id", lead_["contact_id"]}, {"source", "website"}}).json();
  ASSERT_EQ(
      agent_.post(leadPath(other) + "/interactions", {{"type", "visit"}, {"summary", "Visite rue Mercière"}})
          .status,
      201);
  const auto contact_path =
      "/api/v1/contacts/" + std::to_string(lead_["contact_id"].get<std::int64_t>()) + "/interactions";
  EXPECT_EQ(summaries(contact_path),
            (std::vector<std::string>{"Visite rue Mercière", "Préfère être rappelée le soir", "Premier appel",
                                      "Envoi de 3 biens"}));
  EXPECT_EQ(summaries(contact_path + "?type=visit"), (std::vector<std::string>{"Visite rue Mercière"}));
}

TEST_F(InteractionsTest, AnInboundContactMarksTheContactsLastInbound) {
  const auto contact_id = lead_["contact_id"].get<std::int64_t>();
  const auto last_inbound = [&] {
    return app_->database()
        .query("SELECT last_inbound_at FROM contacts WHERE id = ?", {contact_id})
        .at(0)
        .optionalInteger("last_inbound_at");
  };
  ASSERT_EQ(log({{"type", "call"}, {"direction", "out"}, {"summary", "Appel sortant"}}).status, 201);
  EXPECT_FALSE(last_inbound().has_value());
  ASSERT_EQ(log({{"type", "sms"},
                 {"direction", "in"},
                 {"summary", "SMS reçu"},
                 {"occurred_at", "2026-01-15T09:15:00Z"}})
                .status,
            201);
  EXPECT_EQ(last_inbound(), 1768468500000);
}

TEST_F(InteractionsTest, BadEntriesAreRefusedFieldByFieldAndNothingIsStored) {
  const auto before = countRows("interactions");
  const auto no_direction = log({{"type", "call"}, {"summary", "Appel"}});
  ASSERT_EQ(no_direction.status, 422);
  EXPECT_EQ(no_direction.json()["error"]["fields"]["direction"],
            "Indiquez le sens : « in » (reçu) ou « out » (envoyé).");
  const auto bad = log({{"type", "status_change"},
                        {"direction", "sideways"},
                        {"summary", "   "},
                        {"occurred_at", "2026-02-30T10:00:00Z"},
                        {"body", 12},
                        {"property_id", 999999}});
  ASSERT_EQ(bad.status, 422);
  for (const auto* name : {"type", "direction", "summary", "occurred_at", "body", "property_id"}) {
    EXPECT_TRUE(bad.json()["error"]["fields"].contains(name)) << name << " in " << bad.body;
  }
  EXPECT_EQ(log({{"summary", "x"}}).json()["error"]["fields"]["type"], "Ce champ est obligatoire.");
  EXPECT_EQ(log({{"type", "note"}, {"summary", std::string(301, 'a')}}).status, 422);
  EXPECT_EQ(countRows("interactions"), before);
}

TEST_F(InteractionsTest, ScriptTagsAreStoredVerbatim) {
  const auto note =
      log({{"type", "note"}, {"summary", "<script>alert(1)</script>"}, {"body", "<b>gras</b>"}});
  ASSERT_EQ(note.status, 201);
  const auto stored = agent_.get(leadPath(lead_) + "/interactions").json()["items"][0];
  EXPECT_EQ(stored["summary"], "<script>alert(1)</script>");
  EXPECT_EQ(stored["body"], "<b>gras</b>");
}

}  // namespace
}  // namespace logis::testing
