#include <sodium.h>

#include <filesystem>

#include "pdf_support.hpp"
#include "visit_docs_support.hpp"

namespace logis::testing {
namespace {

std::string base64(const std::string& bytes) {
  std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  text.resize(text.size() - 1);  // the terminating NUL
  return text;
}

std::string dataUrl(const std::string& png) {
  return "data:image/png;base64," + base64(png);
}

std::string multipart(const std::string& bytes, const std::string& signer_name = "") {
  std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bon.pdf\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n" +
      bytes + "\r\n";
  if (!signer_name.empty()) {
    body += "--b\r\nContent-Disposition: form-data; name=\"signer_name\"\r\n\r\n" + signer_name + "\r\n";
  }
  return body + "--b--\r\n";
}

class VisitVoucherTest : public VisitDocsTest {
 protected:
  void SetUp() override {
    VisitDocsTest::SetUp();
    visit_ = bookVisit("2026-01-15T09:30:00Z", {claire_, jean_pierre_});
  }

  std::string voucherPath() const { return visitPath(visit_) + "/voucher"; }
  HttpResult upload(ApiClient& as, const std::string& bytes, const std::string& signer_name = "") {
    return as.send("POST", voucherPath(), multipart(bytes, signer_name), "multipart/form-data; boundary=b");
  }
  std::size_t storedFiles() const {
    const auto root = dir_ / "media";
    if (!std::filesystem::exists(root)) return 0;
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      files += entry.is_regular_file();
    return files;
  }

  std::int64_t visit_ = 0;
};

TEST_F(VisitVoucherTest, TheBlankVoucherNamesTheAgencyThePropertyTheVisitorsAndTheDate) {
  const auto result = agent_.get(voucherPath());
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.header("content-type"), "application/pdf");
  const PdfReadBack pdf(result.body);
  const auto text = pdf.flatText();
  for (const auto* expected :
       {"Agence Alpha", "Bon de visite", "Je soussigné(e) Claire Martin et Jean-Pierre Durand",
        "reconnais avoir visité par l'intermédiaire de l'agence Agence Alpha", "Test agent",
        "jeudi 15 janvier 2026 à 10 h 30", "m'engage à ne pas traiter", "Maison de ville",
        "3 rue de la Harpe, 27000 Évreux", "245 000 €", "Lu et approuvé", "page 1 / 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
  EXPECT_EQ(pdf.images(), 0);
}

TEST_F(VisitVoucherTest, ADrawnSignatureMakesTheSignedPdfThatIsAnsweredFromThenOn) {
  const auto signed_result =
      agent_.post(voucherPath(), {{"signature", dataUrl(signaturePng())}, {"signer_name", "Claire Martin"}});
  ASSERT_EQ(signed_result.status, 201) << signed_result.body;
  EXPECT_EQ(signed_result.json(),
            nlohmann::json::parse(R"({"signed_via": "drawn", "signer_name": "Claire Martin",
      "signed_at": "2026-01-15T10:00:00Z"})"));

  const auto result = manager_.get(voucherPath());
  ASSERT_EQ(result.status, 200);
  EXPECT_EQ(result.header("content-type"), "application/pdf");
  const PdfReadBack pdf(result.body);
  EXPECT_EQ(pdf.images(), 1);
  const auto text = pdf.flatText();
  EXPECT_NE(text.find("Signé électroniquement par Claire Martin le jeudi 15 janvier 2026 à 11 h 00"),
            std::string::npos)
      << text;
  EXPECT_EQ(storedFiles(), 1u);
  EXPECT_EQ(agent_.get(visitPath(visit_)).json()["voucher"], signed_result.json());

  for (const auto contact_id : {claire_, jean_pierre_}) {
    const auto entries = visitEntries(contact_id, "Bon de visite signé");
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["summary"], "Bon de visite signé");
    EXPECT_EQ(entries[0]["meta"], nlohmann::json({{"visit_id", visit_}, {"signed_via", "drawn"}}));
  }

  // Signing again replaces the stored file.
  ASSERT_EQ(
      agent_.post(voucherPath(), {{"signature", dataUrl(signaturePng(300, 100))}, {"signer_name", "C. M."}})
          .status,
      201);
  EXPECT_EQ(storedFiles(), 1u);
  EXPECT_EQ(countRows("visit_vouchers"), 1);
}

TEST_F(VisitVoucherTest, ASignatureMustBeARealPngWithSomethingDrawnOnIt) {
  const auto interactions = countRows("interactions");
  auto truncated = signaturePng();
  truncated.resize(truncated.size() / 2);
  const std::vector<std::pair<nlohmann::json, std::string>> cases = {
      {{{"signer_name", "Claire Martin"}}, "signature"},
      {{{"signature", dataUrl(signaturePng())}}, "signer_name"},
      {{{"signature", dataUrl(signaturePng())}, {"signer_name", "   "}}, "signer_name"},
      {{{"signature", "data:image/jpeg;base64,/9j/4AAQ"}, {"signer_name", "C"}}, "signature"},
      {{{"signature", "data:image/png;base64,!!!"}, {"signer_name", "C"}}, "signature"},
      {{{"signature", "data:image/png;base64," + base64("GIF89a not a png")}, {"signer_name", "C"}},
       "signature"},
      {{{"signature", dataUrl(truncated)}, {"signer_name", "C"}}, "signature"},
      {{{"signature", dataUrl(signaturePng(400, 160, true))}, {"signer_name", "C"}}, "signature"},
      {{{"signature", "data:image/png;base64," + std::string(1500 * 1024, 'A')}, {"signer_name", "C"}},
       "signature"},
  };
  for (const auto& [body, field] : cases) {
    const auto result = agent_.post(voucherPath(), body);
    EXPECT_EQ(result.status, 422) << body.dump().substr(0, 120) << " -> " << result.body;
    EXPECT_TRUE(result.json()["error"]["fields"].contains(field)) << result.body;
  }
  const auto blank = agent_.post(voucherPath(), {{"signature", dataUrl(signaturePng(400, 160, true))},
                                                 {"signer_name", "Claire Martin"}});
  EXPECT_EQ(blank.json()["error"]["fields"]["signature"],
            "La signature est vide : faites signer le visiteur dans le cadre.");
  EXPECT_EQ(countRows("visit_vouchers"), 0);
  EXPECT_EQ(storedFiles(), 0u);
  EXPECT_EQ(countRows("interactions"), interactions);
}

TEST_F(VisitVoucherTest, TheSignedPaperIsStoredAsUploadedByItsContent) {
  const std::string scan = "\xFF\xD8\xFF\xE0" + std::string(2000, 'x');
  const auto result = upload(agent_, scan, "Claire Martin");
  ASSERT_EQ(result.status, 201) << result.body;
  EXPECT_EQ(result.json()["signed_via"], "uploaded");
  EXPECT_EQ(result.json()["signer_name"], "Claire Martin");
  const auto fetched = manager_.get(voucherPath());
  EXPECT_EQ(fetched.header("content-type"), "image/jpeg");
  EXPECT_EQ(fetched.body, scan);

  const std::string pdf = "%PDF-1.4\n% scanned\n";
  ASSERT_EQ(upload(agent_, pdf).status, 201);
  const auto replaced = manager_.get(voucherPath());
  EXPECT_EQ(replaced.header("content-type"), "application/pdf");
  EXPECT_EQ(replaced.body, pdf);
  EXPECT_TRUE(manager_.get(visitPath(visit_) + "/voucher").body == pdf);
  EXPECT_EQ(storedFiles(), 1u);
}

TEST_F(VisitVoucherTest, UploadsThatAreNotAPdfOrAnImageOrTooLargeAreRefused) {
  const auto text = upload(agent_, "Bonjour, voici le bon signé.");
  EXPECT_EQ(text.status, 415) << text.body;
  EXPECT_TRUE(text.json()["error"]["fields"].contains("file"));
  const auto large = upload(agent_, "%PDF-1.4\n" + std::string(10 * 1024 * 1024, 'x'));
  EXPECT_EQ(large.status, 413) << large.body.substr(0, 200);
  const auto empty = agent_.send("POST", voucherPath(),
                                 "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--b--\r\n",
                                 "multipart/form-data; boundary=b");
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(countRows("visit_vouchers"), 0);
  EXPECT_EQ(storedFiles(), 0u);
}

TEST_F(VisitVoucherTest, OnlyTheAgentInChargeSignsAndNeverForACancelledVisit) {
  auto other_agent = loggedIn("autre@alpha.fr", "agent");
  EXPECT_EQ(other_agent.get(voucherPath()).status, 200);
  EXPECT_EQ(upload(other_agent, "%PDF-1.4\n").status, 403);
  auto stranger = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(stranger.get(voucherPath()).status, 404);
  EXPECT_EQ(upload(stranger, "%PDF-1.4\n").status, 404);
  const auto cancelled = bookVisit("2026-01-16T09:30:00Z", {claire_}, "cancelled");
  const auto refused = manager_.send("POST", visitPath(cancelled) + "/voucher", multipart("%PDF-1.4\n"),
                                     "multipart/form-data; boundary=b");
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.json()["error"]["code"], "visit_cancelled");
  EXPECT_EQ(countRows("visit_vouchers"), 0);
}

}  // namespace
}  // namespace logis::testing
