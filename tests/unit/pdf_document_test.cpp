#include "docs/pdf_document.hpp"

#include <gtest/gtest.h>

#include "pdf_support.hpp"

namespace logis::docs {
namespace {

using testing::PdfReadBack;
using testing::signaturePng;

TEST(PdfDocumentTest, FrenchTextComesBackIntact) {
  PdfDocument document("Compte-rendu", "Agence du Centre, Évreux");
  document.title("Compte-rendu de visite");
  document.heading("Maison à Évreux");
  document.paragraph("Prix : 245 000 € — « très lumineux », cœur de ville, façade à rénover.");
  const auto pdf = document.render();
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
  const PdfReadBack read(pdf);
  const auto text = read.text();
  EXPECT_NE(text.find("Compte-rendu de visite"), std::string::npos) << text;
  EXPECT_NE(text.find("Maison à Évreux"), std::string::npos) << text;
  EXPECT_NE(text.find("245 000 €"), std::string::npos) << text;
  EXPECT_NE(text.find("« très lumineux », cœur de ville, façade à rénover."), std::string::npos) << text;
  EXPECT_NE(text.find("Agence du Centre, Évreux"), std::string::npos) << text;
  EXPECT_NE(text.find("page 1 / 1"), std::string::npos) << text;
  EXPECT_EQ(read.pages(), 1);
}

TEST(PdfDocumentTest, LongTextFlowsOntoNumberedPages) {
  PdfDocument document("Long", "Logis");
  std::string text;
  for (int i = 1; i <= 150; ++i) text += "Ligne numéro " + std::to_string(i) + "\n";
  document.paragraph(text);
  document.pageBreak();
  document.paragraph("Dernière page");
  const PdfReadBack read(document.render());
  const int pages = read.pages();
  ASSERT_GE(pages, 4);  // 150 lines do not fit on two pages, and the break starts another
  const auto body = read.text();
  EXPECT_NE(body.find("Ligne numéro 1\n"), std::string::npos);
  EXPECT_NE(body.find("Ligne numéro 150"), std::string::npos);
  EXPECT_NE(body.find("page 1 / " + std::to_string(pages)), std::string::npos) << body;
  EXPECT_NE(body.find("page " + std::to_string(pages) + " / " + std::to_string(pages)), std::string::npos);
  // The page break: the last page holds only the last paragraph and the footer.
  const auto last_page = body.substr(body.rfind('\f', body.size() - 2) + 1);
  EXPECT_NE(last_page.find("Dernière page"), std::string::npos) << last_page;
  EXPECT_EQ(last_page.find("Ligne numéro"), std::string::npos) << last_page;
}

TEST(PdfDocumentTest, TablesRepeatTheirHeaderOnEachPage) {
  PdfDocument document("Tableau", "Logis");
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 80; ++i) rows.push_back({"Visite " + std::to_string(i), "Intérêt 4/5", "Prix élevé"});
  document.table({"Visite", "Intérêt", "Avis sur le prix"}, rows, {0.4, 0.3, 0.3});
  const PdfReadBack read(document.render());
  ASSERT_GE(read.pages(), 2);
  const auto text = read.text();
  std::size_t headers = 0;
  for (auto at = text.find("Avis sur le prix"); at != std::string::npos;
       at = text.find("Avis sur le prix", at + 1))
    ++headers;
  EXPECT_EQ(headers, static_cast<std::size_t>(read.pages()));
  EXPECT_NE(text.find("Visite 80"), std::string::npos);
}

TEST(PdfDocumentTest, ImagesAndSignatureBoxesAreDrawn) {
  PdfDocument document("Signature", "Logis");
  document.image(signaturePng(), 200, 80);
  document.signatureBox("Signature du visiteur", signaturePng());
  document.signatureBox("Signature de l'agent");
  const PdfReadBack read(document.render());
  EXPECT_EQ(read.images(), 2);
  EXPECT_NE(read.text().find("Signature du visiteur"), std::string::npos);
}

TEST(PdfDocumentTest, BytesThatAreNotAPngAreRefused) {
  PdfDocument document("x", "y");
  EXPECT_THROW(document.image("GIF89a...", 100, 100), std::invalid_argument);
  auto truncated = signaturePng();
  truncated.resize(truncated.size() / 2);
  EXPECT_THROW(document.signatureBox("Signature", truncated), std::invalid_argument);
}

}  // namespace
}  // namespace logis::docs
