#include "mail/portal_parser.hpp"

#include <gtest/gtest.h>

#include "mail/mime_parser.hpp"

namespace logis {
namespace {

ParsedMessage parsed(const std::string& raw) {
  return MimeParser().parse(raw);
}

TEST(PortalParserTest, ReadsASeLogerContactNotification) {
  const auto message = parsed(
      "From: SeLoger <contact-annonceur@seloger.com>\r\n"
      "To: agence@port.example\r\n"
      "Subject: =?UTF-8?Q?Nouveau_contact_pour_votre_annonce_r=C3=A9f=2E_LYO-0042?=\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n"
      "Content-Transfer-Encoding: 8bit\r\n"
      "\r\n"
      "Bonjour,\r\n"
      "\r\n"
      "Un internaute est intéressé par votre annonce Appartement 3 pièces 68 m² à Lyon 7e.\r\n"
      "\r\n"
      "Référence de l'annonce : LYO-0042\r\n"
      "Prix : 285 000 €\r\n"
      "\r\n"
      "Ses coordonnées :\r\n"
      "Civilité : Madame\r\n"
      "Nom : Martin\r\n"
      "Prénom : Claire\r\n"
      "E-mail : Claire.Martin@exemple.fr\r\n"
      "Téléphone : 06 12 34 56 78\r\n"
      "\r\n"
      "Son message :\r\n"
      "Bonjour, je souhaiterais visiter cet appartement samedi matin.\r\n"
      "Est-il toujours disponible ?\r\n"
      "\r\n"
      "L'équipe SeLoger\r\n");
  const auto lead = PortalParser::parse(message);
  ASSERT_TRUE(lead);
  EXPECT_EQ(lead->source, "seloger");
  EXPECT_EQ(lead->first_name, "Claire");
  EXPECT_EQ(lead->last_name, "Martin");
  EXPECT_EQ(lead->email, "claire.martin@exemple.fr");
  EXPECT_EQ(lead->phone, "06 12 34 56 78");
  EXPECT_EQ(lead->reference, "LYO-0042");
  EXPECT_EQ(lead->message,
            "Bonjour, je souhaiterais visiter cet appartement samedi matin.\nEst-il toujours disponible ?");
}

TEST(PortalParserTest, ReadsALeboncoinMessageWithTheReferenceInTheSubject) {
  const auto message = parsed(
      "From: leboncoin <messagerie@leboncoin.fr>\r\n"
      "Subject: "
      "=?UTF-8?Q?Nouveau_message_concernant_votre_annonce_=C2=AB_Maison_T4_=C2=BB_-_R=C3=A9f_MAI-7?=\r\n"
      "Content-Type: text/html; charset=iso-8859-1\r\n"
      "Content-Transfer-Encoding: quoted-printable\r\n"
      "\r\n"
      "<html><body><p>Vous avez re=E7u un nouveau message sur leboncoin.</p>"
      "<table><tr><td>Nom :</td><td>Paul Dupont</td></tr>"
      "<tr><td>Email : paul.dupont@exemple.fr</td></tr>"
      "<tr><td>T=E9l=E9phone : +33 7 81 22 33 44</td></tr></table>"
      "<p>Message : Bonjour, la maison a-t-elle un garage ?</p></body></html>\r\n");
  const auto lead = PortalParser::parse(message);
  ASSERT_TRUE(lead);
  EXPECT_EQ(lead->source, "leboncoin");
  EXPECT_EQ(lead->email, "paul.dupont@exemple.fr");
  EXPECT_EQ(lead->phone, "+33 7 81 22 33 44");
  EXPECT_EQ(lead->reference, "MAI-7");
  EXPECT_EQ(lead->message, "Bonjour, la maison a-t-elle un garage ?");
}

TEST(PortalParserTest, ReadsABieniciContactRequest) {
  const auto message = parsed(
      "From: =?UTF-8?Q?Bien=27ici?= <noreply@mail.bienici.com>\r\n"
      "Subject: =?UTF-8?Q?Demande_de_contact_pour_votre_bien?=\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n"
      "Content-Transfer-Encoding: 8bit\r\n"
      "\r\n"
      "Un utilisateur de Bien’ici souhaite être contacté.\r\n"
      "Coordonnées du contact\r\n"
      "Nom et prénom : Sophie Bernard-Lefèvre\r\n"
      "Adresse e-mail : sophie.bl@exemple.fr\r\n"
      "Numéro de téléphone : 0478123456\r\n"
      "Référence : VIL-118\r\n"
      "Message :\r\n"
      "Je suis intéressée par ce bien, pouvez-vous me rappeler ?\r\n");
  const auto lead = PortalParser::parse(message);
  ASSERT_TRUE(lead);
  EXPECT_EQ(lead->source, "bienici");
  EXPECT_EQ(lead->first_name, "Sophie");
  EXPECT_EQ(lead->last_name, "Bernard-Lefèvre");
  EXPECT_EQ(lead->email, "sophie.bl@exemple.fr");
  EXPECT_EQ(lead->phone, "0478123456");
  EXPECT_EQ(lead->reference, "VIL-118");
  EXPECT_EQ(lead->message, "Je suis intéressée par ce bien, pouvez-vous me rappeler ?");
}

TEST(PortalParserTest, IgnoresNewslettersAndOtherSenders) {
  EXPECT_FALSE(
      PortalParser::parse(parsed("From: news@seloger.com\r\nSubject: Les tendances du marché\r\n\r\n"
                                 "E-mail : lecteur@exemple.fr\r\n")));
  EXPECT_FALSE(
      PortalParser::parse(parsed("From: escroc@seloger.com.example\r\nSubject: Demande de contact\r\n\r\n"
                                 "E-mail : victime@exemple.fr\r\n")));
  EXPECT_FALSE(
      PortalParser::parse(parsed("From: client@exemple.fr\r\nSubject: Demande de contact\r\n\r\n"
                                 "E-mail : client@exemple.fr\r\n")));
}

}  // namespace
}  // namespace logis
