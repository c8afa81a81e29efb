#include "mail/mime_parser.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace logis {
namespace {

std::string base64(std::string_view bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t line = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    const auto b1 = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    const auto b2 = i + 2 < bytes.size() ? static_cast<unsigned char>(bytes[i + 2]) : 0;
    out += alphabet[b0 >> 2];
    out += alphabet[((b0 & 3) << 4) | (b1 >> 4)];
    out += i + 1 < bytes.size() ? alphabet[((b1 & 15) << 2) | (b2 >> 6)] : '=';
    out += i + 2 < bytes.size() ? alphabet[b2 & 63] : '=';
    if (++line == 19) {
      out += "\r\n";
      line = 0;
    }
  }
  return out;
}

const std::string kReply =
    "Message-ID: <reponse-1@client.example>\r\n"
    "In-Reply-To: <logis-42@agence.example>\r\n"
    "References: <logis-41@agence.example> <logis-42@agence.example>\r\n"
    "From: =?UTF-8?Q?Am=C3=A9lie_Durand?= <Amelie.Durand@Client.example>\r\n"
    "To: Agence du Port <contact@agence.example>, bob@agence.example\r\n"
    "Cc: =?ISO-8859-1?Q?J=E9r=F4me?= <jerome@client.example>\r\n"
    "Reply-To: amelie.perso@client.example\r\n"
    "Subject: =?UTF-8?B?UmU6IFZpc2l0ZSBkZSBsJ2FwcGFydGVtZW50IMOgIEx5b24=?=\r\n"
    "Date: Tue, 24 Nov 2026 10:15:00 +0100\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"mixed\"\r\n"
    "\r\n"
    "--mixed\r\n"
    "Content-Type: multipart/alternative; boundary=\"alt\"\r\n"
    "\r\n"
    "--alt\r\n"
    "Content-Type: text/plain; charset=iso-8859-1\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Bonjour, je serai l=E0 =E0 10 h. Co=FBt : 250 000 =80.\r\n"
    "--alt\r\n"
    "Content-Type: text/html; charset=windows-1252\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "<p>Bonjour, je serai l\xE0 \x96 merci \x80</p>\r\n"
    "--alt--\r\n"
    "--mixed\r\n"
    "Content-Type: application/pdf; name=\"=?UTF-8?Q?fiche_d=C3=A9taill=C3=A9e.pdf?=\"\r\n"
    "Content-Disposition: attachment; filename=\"=?UTF-8?Q?fiche_d=C3=A9taill=C3=A9e.pdf?=\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n" +
    base64("%PDF-1.4 fake pdf bytes") +
    "\r\n"
    "--mixed--\r\n";

TEST(MimeParserTest, ReadsHeadersBodiesAndAttachmentsInUtf8) {
  const auto message = MimeParser().parse(kReply);
  EXPECT_EQ(message.message_id, "reponse-1@client.example");
  EXPECT_EQ(message.in_reply_to, "logis-42@agence.example");
  EXPECT_EQ(message.references,
            (std::vector<std::string>{"logis-41@agence.example", "logis-42@agence.example"}));
  EXPECT_EQ(message.from.name, "Amélie Durand");
  EXPECT_EQ(message.from.address, "amelie.durand@client.example");
  ASSERT_EQ(message.to.size(), 2u);
  EXPECT_EQ(message.to[0].name, "Agence du Port");
  EXPECT_EQ(message.to[1].address, "bob@agence.example");
  ASSERT_EQ(message.cc.size(), 1u);
  EXPECT_EQ(message.cc[0].name, "Jérôme");
  ASSERT_TRUE(message.reply_to);
  EXPECT_EQ(message.reply_to->address, "amelie.perso@client.example");
  EXPECT_EQ(message.subject, "Re: Visite de l'appartement à Lyon");
  EXPECT_EQ(message.date, EpochMs{1795511700000});
  // ISO-8859-1 read as Windows-1252: the euro sign of Outlook's "Latin-1" survives.
  // A part's last line break belongs to the boundary that follows it.
  EXPECT_EQ(message.text_body, "Bonjour, je serai là à 10 h. Coût : 250 000 €.");
  EXPECT_EQ(message.html_body, "<p>Bonjour, je serai là – merci €</p>");
  ASSERT_EQ(message.attachments.size(), 1u);
  EXPECT_EQ(message.attachments[0].filename, "fiche détaillée.pdf");
  EXPECT_EQ(message.attachments[0].content_type, "application/pdf");
  EXPECT_EQ(message.attachments[0].bytes, "%PDF-1.4 fake pdf bytes");
  EXPECT_TRUE(message.skipped.empty());
}

TEST(MimeParserTest, BrokenCharsetsBecomeValidUtf8) {
  const std::string raw =
      "From: a@b.example\r\n"
      "Subject: =?x-unknown-charset?Q?caf=E9?=\r\n"
      "Content-Type: text/plain; charset=utf-8\r\n"
      "\r\n"
      "invalide \xC3\x28 et \xFF fin\r\n";
  const auto message = MimeParser().parse(raw);
  EXPECT_EQ(message.subject, "café");
  EXPECT_EQ(message.text_body, "invalide \xEF\xBF\xBD( et \xEF\xBF\xBD fin\r\n");
}

TEST(MimeParserTest, MalformedMessagesNeverThrow) {
  for (const std::string& raw :
       {std::string(), std::string("\r\n\r\n"), std::string("pas un message du tout"),
        std::string("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n"),
        std::string("From: <<<@@@>>>\r\nDate: demain\r\nMessage-ID: <\r\n\r\ncorps")}) {
    const auto message = MimeParser().parse(raw);
    EXPECT_TRUE(message.attachments.empty());
  }
}

TEST(MimeParserTest, TenThousandPartsAreCappedQuickly) {
  std::string raw =
      "From: robot@spam.example\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n";
  for (int i = 0; i < 10000; ++i)
    raw += "--b\r\nContent-Type: text/plain\r\n\r\npart " + std::to_string(i) + "\r\n";
  raw += "--b--\r\n";
  const auto started = std::chrono::steady_clock::now();
  const auto message = MimeParser({.max_parts = 50}).parse(raw);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
  EXPECT_EQ(message.text_body, "part 0");
  EXPECT_EQ(message.attachments.size(), 48u);  // the multipart itself and the body count as parts
  ASSERT_EQ(message.skipped.size(), 1u);
  EXPECT_NE(message.skipped[0].find("50"), std::string::npos);
}

TEST(MimeParserTest, DeeplyNestedMultipartsKeepTheHeaderOnly) {
  std::string raw = "From: robot@spam.example\r\nSubject: nested\r\n";
  for (int i = 0; i < 5000; ++i) {
    raw += "Content-Type: multipart/mixed; boundary=b" + std::to_string(i) + "\r\n\r\n--b" +
           std::to_string(i) + "\r\n";
  }
  const auto message = MimeParser().parse(raw);
  EXPECT_EQ(message.subject, "nested");
  EXPECT_EQ(message.from.address, "robot@spam.example");
  ASSERT_EQ(message.skipped.size(), 1u);
  EXPECT_NE(message.skipped[0].find("imbriquées"), std::string::npos);
}

TEST(MimeParserTest, AnAttachmentOverTheLimitIsSkippedAndNamed) {
  const std::string big(30 * 1024 * 1024, 'x');
  const std::string raw =
      "From: vendeur@client.example\r\nSubject: =?UTF-8?Q?Vid=C3=A9o?=\r\n"
      "Content-Type: multipart/mixed; boundary=m\r\n\r\n"
      "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVoici la vidéo.\r\n"
      "--m\r\nContent-Type: video/mp4\r\nContent-Disposition: attachment; filename=visite.mp4\r\n"
      "Content-Transfer-Encoding: base64\r\n\r\n" +
      base64(big) + "\r\n--m--\r\n";
  const auto message = MimeParser().parse(raw);
  EXPECT_EQ(message.subject, "Vidéo");
  EXPECT_EQ(message.text_body, "Voici la vidéo.");
  EXPECT_TRUE(message.attachments.empty());
  ASSERT_EQ(message.skipped.size(), 1u);
  EXPECT_NE(message.skipped[0].find("visite.mp4"), std::string::npos);
}

TEST(MimeParserTest, AMessageOverTheSizeLimitKeepsItsHeader) {
  const std::string raw =
      "From: a@b.example\r\nSubject: gros\r\nMessage-ID: <big@b.example>\r\n\r\n" + std::string(2000, 'y');
  const auto message = MimeParser({.max_message_bytes = 1000}).parse(raw);
  EXPECT_EQ(message.message_id, "big@b.example");
  EXPECT_EQ(message.subject, "gros");
  EXPECT_TRUE(message.text_body.empty());
  EXPECT_EQ(message.skipped.size(), 1u);
}

TEST(MimeParserTest, ConvertsTheThreeCharsets) {
  EXPECT_EQ(MimeParser::toUtf8("\xE9t\xE9", "ISO-8859-1"), "été");
  EXPECT_EQ(MimeParser::toUtf8("\x93oui\x94 \x9C", "windows-1252"), "“oui” œ");
  EXPECT_EQ(MimeParser::toUtf8("déjà", "UTF-8"), "déjà");
  EXPECT_EQ(MimeParser::toUtf8("\xE9", "iso-8859-15"), "é");
}

}  // namespace
}  // namespace logis
