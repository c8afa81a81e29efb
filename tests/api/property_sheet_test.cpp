#include "pdf_support.hpp"
#include "photo_support.hpp"
#include "test_server.hpp"

namespace logis::testing {
namespace {

class PropertySheetTest : public ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    agent_ = loggedIn("agent@alpha.fr", "agent");
    const auto created =
        agent_.post("/api/v1/properties", {{"transaction", "sale"},
                                           {"type", "house"},
                                           {"title", "Maison de ville avec jardin"},
                                           {"description", "Au calme, à deux pas des quais."},
                                           {"price_cents", 35000000},
                                           {"fees_cents", 1500000},
                                           {"fees_paid_by", "buyer"},
                                           {"street", "12 rue des Lilas"},
                                           {"postal_code", "69003"},
                                           {"city", "Lyon"},
                                           {"show_exact_address", false},
                                           {"living_area_m2", 112.5},
                                           {"rooms", 5},
                                           {"bedrooms", 3},
                                           {"dpe_status", "done"},
                                           {"dpe_class", "C"},
                                           {"ges_class", "D"}});
    ASSERT_EQ(created.status, 201) << created.body;
    property_ = created.json();
  }

  std::string sheetPath() const {
    return "/api/v1/properties/" + std::to_string(property_["id"].get<std::int64_t>()) + "/sheet.pdf";
  }

  ApiClient agent_{0};
  nlohmann::json property_;
};

TEST_F(PropertySheetTest, ThePdfReadsBackInFrench) {
  const auto result = agent_.get(sheetPath());
  ASSERT_EQ(result.status, 200) << result.body;
  EXPECT_EQ(result.header("content-type"), "application/pdf");
  const auto reference = property_["reference"].get<std::string>();
  const auto name = "fiche-" + reference + ".pdf";
  EXPECT_EQ(result.header("content-disposition"),
            "inline; filename=\"" + name + "\"; filename*=UTF-8''" + name);
  const PdfReadBack pdf(result.body);
  EXPECT_EQ(pdf.pages(), 1);
  const auto text = pdf.flatText();
  for (const auto& expected :
       {"Référence : " + reference, std::string("Agence Alpha"), std::string("Maison de ville avec jardin"),
        std::string("Transaction : vente"), std::string("Prix : 350 000 €"),
        std::string("Honoraires : 15 000 € à la charge de l'acquéreur"), std::string("Adresse : 69003 Lyon"),
        std::string("Surface habitable : 112,5 m²"), std::string("Pièces : 5"), std::string("Chambres : 3"),
        std::string("DPE : C"), std::string("GES : D"), std::string("Au calme, à deux pas des quais.")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << " not in:\n" << text;
  }
  EXPECT_EQ(text.find("rue des Lilas"), std::string::npos) << "the street is not shown:\n" << text;
}

TEST_F(PropertySheetTest, TheCoverPhotoIsPrintedAsTheJpegItIs) {
  EXPECT_EQ(PdfReadBack(agent_.get(sheetPath()).body).images(), 0);  // no photo yet
  const auto id = property_["id"].get<std::int64_t>();
  ASSERT_EQ(uploadPhoto(agent_, id, jpeg(3000, 2000, 200)).status, 201);
  const auto cover = uploadPhoto(agent_, id, jpeg(900, 1200, 40)).json();
  ASSERT_EQ(agent_
                .patch("/api/v1/properties/" + std::to_string(id) + "/photos/" +
                           std::to_string(cover["id"].get<std::int64_t>()),
                       {{"is_cover", true}})
                .status,
            200);

  const PdfReadBack pdf(agent_.get(sheetPath()).body);
  const auto images = pdf.imageList();
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].encoding, "jpeg");  // the stored variant, not decoded and encoded again
  EXPECT_EQ(images[0].width, 768);        // the cover's medium variant: 1024 px on its long side
  EXPECT_EQ(images[0].height, 1024);
  EXPECT_GT(pdf.pixelsOfColour(40, 80, 120), 500);  // the cover's colour, seen on the rendered page
  EXPECT_EQ(pdf.pages(), 1);
}

TEST_F(PropertySheetTest, TheStreetIsShownWhenThePropertyShowsItsExactAddress) {
  ASSERT_EQ(agent_
                .patch("/api/v1/properties/" + std::to_string(property_["id"].get<std::int64_t>()),
                       {{"show_exact_address", true}})
                .status,
            200);
  const auto text = PdfReadBack(agent_.get(sheetPath()).body).flatText();
  EXPECT_NE(text.find("Adresse : 12 rue des Lilas, 69003 Lyon"), std::string::npos) << text;
}

TEST_F(PropertySheetTest, AnotherAgencysOrAnUnknownPropertyIsNotFound) {
  auto stranger = loggedIn("gestion@beta.fr", "manager", "Agence Beta");
  EXPECT_EQ(stranger.get(sheetPath()).status, 404);
  EXPECT_EQ(agent_.get("/api/v1/properties/999999/sheet.pdf").status, 404);
  EXPECT_EQ(client().get(sheetPath()).status, 401);
}

}  // namespace
}  // namespace logis::testing
