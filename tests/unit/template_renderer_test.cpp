#include "templates/template_renderer.hpp"

#include <gtest/gtest.h>

#include "core/i18n.hpp"
#include "templates/default_templates.hpp"
#include "templates/html_to_text.hpp"

namespace logis {
namespace {

nlohmann::json context() {
  return {{"contact", {{"civilite", "Mme"}, {"prenom", "Claire"}, {"nom", "Martin"}}},
          {"bien", {{"titre", "Maison <avec> \"jardin\" & piscine"}, {"prix", "350 000 €"}, {"surface", ""}}},
          {"agence", {{"nom", "Agence du Parc"}}}};
}

std::string problem(const std::string& source, TemplateMode mode = TemplateMode::html) {
  const auto found = TemplateRenderer::problemIn(source, mode);
  return found ? translate(Locale::fr, *found) : "";
}

TEST(TemplateRendererTest, ValuesAreEscapedInHtmlAndLeftAsTheyAreInText) {
  const std::string source = "<p>{{bien.titre}} à {{bien.prix}}</p>";
  EXPECT_EQ(TemplateRenderer::render(source, context(), TemplateMode::html),
            "<p>Maison &lt;avec&gt; &quot;jardin&quot; &amp; piscine à 350 000 €</p>");
  EXPECT_EQ(TemplateRenderer::render("{{bien.titre}}", context(), TemplateMode::text),
            "Maison <avec> \"jardin\" & piscine");
}

TEST(TemplateRendererTest, SectionsOnValuesAndGroupsAndAbsentGroupsRenderEmpty) {
  const std::string source =
      "{{#bien.surface}}S{{/bien.surface}}{{^bien.surface}}no area{{/bien.surface}} "
      "{{#agent}}agent {{agent.prenom}}{{/agent}}{{^agent}}no agent{{/agent}} [{{demande.statut}}] "
      "{{#contact}}{{contact.prenom}}{{/contact}}";
  EXPECT_EQ(TemplateRenderer::render(source, context(), TemplateMode::text), "no area no agent [] Claire");
}

TEST(TemplateRendererTest, AnUnknownVariableIsNamed) {
  EXPECT_EQ(problem("Prix : {{bien.prixx}}"), "Variable inconnue : {{bien.prixx}}");
  EXPECT_EQ(problem("{{#bien.inconnu}}x{{/bien.inconnu}}"), "Variable inconnue : {{#bien.inconnu}}");
  EXPECT_EQ(problem("{{ contact }}"), "Variable inconnue : {{contact}}");
  EXPECT_EQ(problem("{{ bien.prix }} {{! a comment }}"), "");
}

TEST(TemplateRendererTest, UnbalancedSectionsAndUnclosedTagsAreRefused) {
  EXPECT_NE(problem("{{#bien}}x"), "");
  EXPECT_NE(problem("x{{/bien}}"), "");
  EXPECT_NE(problem("{{#bien}}{{#agent}}{{/bien}}{{/agent}}"), "");
  EXPECT_NE(problem("Bonjour {{contact.prenom"), "");
  EXPECT_NE(problem("{{}}"), "");
  EXPECT_EQ(problem("{{#bien}}{{#agent}}{{/agent}}{{/bien}}"), "");
}

TEST(TemplateRendererTest, UnescapedValuesPartialsAndDelimitersAreRefusedInHtml) {
  EXPECT_NE(problem("{{{bien.titre}}}"), "");
  EXPECT_NE(problem("{{&bien.titre}}"), "");
  EXPECT_EQ(problem("{{{bien.titre}}}", TemplateMode::text), "");
  EXPECT_NE(problem("{{>signature}}", TemplateMode::text), "");
  EXPECT_NE(problem("{{=<% %>=}}", TemplateMode::text), "");
}

TEST(TemplateRendererTest, AnEmailHasAOneLineSubjectAndATextAlternative) {
  auto values = context();
  values["bien"]["titre"] = "Villa\r\nBcc: x@example.org";
  const auto email = TemplateRenderer::renderEmail(
      "Nouveau : {{bien.titre}}",
      "<p>Bonjour {{contact.prenom}},</p><p>Voir <a href=\"https://a.fr/b\">la fiche</a></p>", values);
  EXPECT_EQ(email.subject, "Nouveau : Villa  Bcc: x@example.org");
  EXPECT_EQ(email.body_text, "Bonjour Claire,\n\nVoir la fiche (https://a.fr/b)");
}

TEST(TemplateRendererTest, EveryDefaultTemplateIsValidAndRendersWithoutRecords) {
  for (const auto& item : defaultTemplates()) {
    const auto body_mode = item.channel == "email" ? TemplateMode::html : TemplateMode::text;
    EXPECT_EQ(problem(std::string(item.subject), TemplateMode::text), "") << item.purpose;
    EXPECT_EQ(problem(std::string(item.body), body_mode), "") << item.channel << " " << item.purpose;
    EXPECT_NO_THROW(TemplateRenderer::render(std::string(item.body), nlohmann::json::object(), body_mode));
  }
}

TEST(HtmlToTextTest, KeepsParagraphsListsAndDecodesEntities) {
  EXPECT_EQ(
      htmlToText("<html><head><style>p{}</style></head><body><h1>Titre</h1>\n  <p>Un   texte\n "
                 "suivi</p><ul><li>un</li><li>deux &amp; trois&nbsp;€</li></ul>L&#39;agence<br>Tél.</body>"),
      "Titre\n\nUn texte suivi\n\n- un\n- deux & trois €\n\nL'agence\nTél.");
}

}  // namespace
}  // namespace logis
