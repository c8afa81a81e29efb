#include "pdf_support.hpp"
#include "storage/media_storage.hpp"
#include "visit_docs_support.hpp"

namespace logis::testing {
namespace {

// The test clock stands at 2026-01-15T10:00:00Z (11:00 in Paris).
class SellerReportTest : public VisitDocsTest {
 protected:
  void SetUp() override {
    VisitDocsTest::SetUp();
    // Two done visits with their reports, a no-show and a cancelled one in January; one in December.
    const auto first = bookVisit("2026-01-05T09:00:00Z", {claire_});
    report(first, {{"comment", "Le séjour plaît beaucoup."},
                   {"interest_level", 4},
                   {"price_opinion", "high"},
                   {"objections", "Travaux de toiture"}});
    const auto second = bookVisit("2026-01-08T15:30:00Z", {jean_pierre_, claire_});
    report(second, {{"comment", "Trop de travaux."}, {"interest_level", 1}, {"price_opinion", "too_high"}});
    bookVisit("2026-01-10T10:00:00Z", {jean_pierre_}, "no_show");
    bookVisit("2026-01-12T10:00:00Z", {claire_}, "cancelled");
    bookVisit("2025-12-20T10:00:00Z", {claire_}, "done");
    // Another property's visit in the same month is not this seller's business.
    const auto other = manager_.post("/api/v1/properties",
                                     {{"transaction", "sale"}, {"type", "apartment"}, {"title", "T2"}});
    EXPECT_EQ(other.status, 201) << other.body;
    bookVisit("2026-01-09T10:00:00Z", {claire_}, "done", other.json()["id"]);
  }

  void report(std::int64_t visit, const nlohmann::json& body) {
    const auto result = manager_.send("PUT", visitPath(visit) + "/report", body.dump(), "application/json");
    ASSERT_EQ(result.status, 200) << result.body;
  }

  std::string reportPath(const std::string& query = "") const {
    return propertyPath() + "/seller-report" + (query.empty() ? "" : "?" + query);
  }
};

TEST_F(SellerReportTest, SummarisesThePeriodsVisitsWithTheVisitorsInitialsOnly) {
  const auto result = manager_.get(reportPath("from=2026-01-01&to=2026-01-31"));
  ASSERT_EQ(result.status, 200) << result.body;
  const auto body = result.json();
  EXPECT_EQ(body["from"], "2026-01-01");
  EXPECT_EQ(body["to"], "2026-01-31");
  EXPECT_EQ(body["property"]["reference"].get<std::string>().substr(0, 2), "V-");
  EXPECT_EQ(body["property"]["city"], "Évreux");
  EXPECT_EQ(body["summary"], nlohmann::json::parse(R"({"visits": 4, "done": 2, "no_show": 1, "cancelled": 1,
      "average_interest": 2.5, "price_opinions": {"too_high": 1, "high": 1, "fair": 0, "low": 0}})"));
  const auto& visits = body["visits"];
  ASSERT_EQ(visits.size(), 4u);
  EXPECT_EQ(visits[0]["starts_at"], "2026-01-05T09:00:00Z");
  EXPECT_EQ(visits[0]["visitors"], "C. Martin");
  EXPECT_EQ(visits[0]["interest_level"], 4);
  EXPECT_EQ(visits[0]["objections"], "Travaux de toiture");
  EXPECT_EQ(visits[0]["comment"], "Le séjour plaît beaucoup.");
  EXPECT_EQ(visits[1]["visitors"], "C. Martin, J.-P. Durand");
  EXPECT_EQ(visits[2]["status"], "no_show");
  EXPECT_TRUE(visits[2]["comment"].is_null());
  EXPECT_EQ(result.body.find("claire@example.fr"), std::string::npos);
  EXPECT_EQ(result.body.find("Claire"), std::string::npos);
}

TEST_F(SellerReportTest, DaysAreReadInTheAgencysZoneAndTheDefaultIsTheLast30Days) {
  // 2026-01-05T09:00Z is 10:00 in Paris: the 5th; the visit at 2025-12-20 is outside a January period.
  EXPECT_EQ(manager_.get(reportPath("from=2026-01-05&to=2026-01-05")).json()["summary"]["visits"], 1);
  EXPECT_EQ(manager_.get(reportPath("from=2026-01-06&to=2026-01-07")).json()["summary"]["visits"], 0);
  const auto recent = manager_.get(reportPath()).json();
  EXPECT_EQ(recent["from"], "2025-12-17");
  EXPECT_EQ(recent["to"], "2026-01-15");
  EXPECT_EQ(recent["summary"]["visits"], 5);
}

TEST_F(SellerReportTest, ThePdfReadsBackInFrench) {
  const auto result = manager_.get(reportPath("from=2026-01-01&to=2026-01-31&format=pdf"));
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.header("content-type"), "application/pdf");
  const PdfReadBack pdf(result.body);
  const auto text = pdf.flatText();
  for (const auto* expected :
       {"Agence Alpha", "Compte-rendu de visites", "Maison de ville", "3 rue de la Harpe, 27000 Évreux",
        "245 000 €", "Période : du jeudi 1er janvier 2026 au samedi 31 janvier 2026", "Intérêt moyen",
        "2,5 / 5", "lundi 5 janvier 2026 à 10 h 00 – C. Martin", "Le séjour plaît beaucoup.",
        "Trop élevé : 1", "Client absent", "Document établi le jeudi 15 janvier 2026 à 11 h 00",
        "page 1 / "}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
  EXPECT_EQ(text.find("Claire"), std::string::npos);
}

TEST_F(SellerReportTest, BadPeriodsAndOtherAgenciesPropertiesAreRefused) {
  const std::vector<std::pair<std::string, std::string>> cases = {{"from=2026-02-30", "from"},
                                                                  {"from=15/01/2026", "from"},
                                                                  {"to=2026-13-01", "to"},
                                                                  {"from=2026-01-31&to=2026-01-01", "to"},
                                                                  {"from=2020-01-01&to=2026-01-01", "to"}};
  for (const auto& [query, field] : cases) {
    const auto result = manager_.get(reportPath(query));
    EXPECT_EQ(result.status, 422) << query;
    EXPECT_TRUE(result.json()["error"]["fields"].contains(field)) << query << " -> " << result.body;
  }
  EXPECT_EQ(manager_.get(reportPath("format=docx")).status, 400);
  EXPECT_EQ(manager_.get("/api/v1/properties/999999/seller-report").status, 404);
  auto stranger = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(stranger.get(reportPath()).status, 404);
  EXPECT_EQ(stranger.get(reportPath("format=pdf")).status, 404);
}

TEST_F(SellerReportTest, SendingNeedsAnOwnerWithAnEmailAndAnOutgoingServer) {
  const auto send = [&](const nlohmann::json& body) { return manager_.post(reportPath() + "/send", body); };
  const auto nobody = send(nlohmann::json::object());
  EXPECT_EQ(nobody.status, 422);
  EXPECT_EQ(nobody.json()["error"]["fields"]["contact_id"],
            "Aucun propriétaire de ce bien n'a d'adresse e-mail : ajoutez-en une à sa fiche.");

  const auto owner = contact("Odile", "Vendeur", "odile@example.fr");
  const auto no_email = manager_.post("/api/v1/contacts", {{"first_name", "Paul"}, {"phone", "0612345678"}});
  ASSERT_EQ(no_email.status, 201) << no_email.body;
  ASSERT_EQ(
      manager_
          .send("PUT", propertyPath() + "/owners",
                nlohmann::json({{"contact_ids", {owner, no_email.json()["id"]}}}).dump(), "application/json")
          .status,
      200);
  EXPECT_EQ(send({{"contact_id", claire_}}).status, 422);  // not an owner
  EXPECT_EQ(send({{"contact_id", no_email.json()["id"]}}).status, 422);
  EXPECT_EQ(send({{"from", "2026-01-32"}}).status, 422);

  const auto no_server = send(nlohmann::json::object());
  EXPECT_EQ(no_server.status, 409) << no_server.body;
  EXPECT_EQ(countRows("email_messages"), 0);

  auto admin = loggedIn("admin@alpha.fr", "admin");
  ASSERT_EQ(
      admin
          .post("/api/v1/mail-accounts",
                {{"kind", "smtp"}, {"host", "127.0.0.1"}, {"port", 2525}, {"from_email", "agence@alpha.fr"}})
          .status,
      201);
  const auto sent = send({{"from", "2026-01-01"}, {"to", "2026-01-31"}});
  ASSERT_EQ(sent.status, 202) << sent.body;
  ASSERT_EQ(sent.json()["email_ids"].size(), 1u);
  const auto email = manager_.get("/api/v1/emails/" + sent.json()["email_ids"][0].dump());
  ASSERT_EQ(email.status, 200) << email.body;
  EXPECT_NE(email.json()["to"].dump().find("odile@example.fr"), std::string::npos) << email.body;
  EXPECT_EQ(email.json()["subject"], "Compte-rendu des visites – Maison de ville");
  const auto attachment =
      app_->database()
          .query("SELECT filename, content_type, storage_key FROM email_attachments WHERE email_id = ?",
                 {sent.json()["email_ids"][0].get<std::int64_t>()})
          .at(0);
  EXPECT_EQ(attachment.text("content_type"), "application/pdf");
  EXPECT_TRUE(attachment.text("filename").starts_with("compte-rendu-V-")) << attachment.text("filename");
  const auto stored = LocalMediaStorage(dir_ / "media").read(attachment.text("storage_key"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_NE(PdfReadBack(*stored).text().find("Compte-rendu de visites"), std::string::npos);
  EXPECT_NE(email.json()["body_text"].get<std::string>().find(
                "du jeudi 1er janvier 2026 au samedi 31 janvier 2026"),
            std::string::npos);
}

}  // namespace
}  // namespace logis::testing
