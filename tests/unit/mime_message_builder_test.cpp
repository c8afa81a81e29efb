#include "mail/mime_message_builder.hpp"

#include <gtest/gtest.h>
#include <vmime/contentTypeField.hpp>

namespace logis {
namespace {

OutgoingEmail visitConfirmation() {
  OutgoingEmail email;
  email.from_name = "Agence Étoile — Lyon";
  email.from_email = "contact@etoile-immo.fr";
  email.to = {"claire.dupont@example.fr"};
  email.reply_to = "julie@etoile-immo.fr";
  email.subject = "Confirmation de votre visite : 3 pièces à Villeurbanne";
  email.body_html = "<p>Bonjour Claire,</p><p>Rendez-vous <b>mardi</b> à 18 h &amp; à bientôt.</p>";
  email.message_id = "<abc123@etoile-immo.fr>";
  email.in_reply_to = "<first@example.fr>";
  email.references = {"<root@example.fr>", "<first@example.fr>"};
  email.date = 1768471200000;  // 2026-01-15T10:00:00Z
  return email;
}

std::shared_ptr<vmime::message> parsed(const std::string& raw) {
  auto message = vmime::make_shared<vmime::message>();
  message->parse(raw);
  return message;
}

std::string bodyOf(const vmime::bodyPart& part) {
  std::string text;
  vmime::utility::outputStreamStringAdapter out(text);
  part.getBody()->getContents()->extract(out);
  return text;
}

TEST(MimeMessageBuilderTest, HeadersParseBackWithTheirUtf8Words) {
  const auto raw = MimeMessageBuilder::render(visitConfirmation());
  EXPECT_EQ(raw.find("Étoile"), std::string::npos) << "non-ASCII must be encoded: " << raw;
  const auto message = parsed(raw);
  const auto header = message->getHeader();
  const auto from = vmime::dynamicCast<const vmime::mailbox>(header->From()->getValue());
  EXPECT_EQ(from->getName().getConvertedText(vmime::charsets::UTF_8), "Agence Étoile — Lyon");
  EXPECT_EQ(from->getEmail().toString(), "contact@etoile-immo.fr");
  EXPECT_EQ(vmime::dynamicCast<const vmime::text>(header->Subject()->getValue())
                ->getConvertedText(vmime::charsets::UTF_8),
            "Confirmation de votre visite : 3 pièces à Villeurbanne");
  EXPECT_EQ(vmime::dynamicCast<const vmime::messageId>(header->MessageId()->getValue())->getId(),
            "abc123@etoile-immo.fr");
  const auto reply_to = vmime::dynamicCast<const vmime::mailbox>(header->ReplyTo()->getValue());
  EXPECT_EQ(reply_to->getEmail().toString(), "julie@etoile-immo.fr");
  const auto in_reply_to =
      vmime::dynamicCast<const vmime::messageIdSequence>(header->InReplyTo()->getValue());
  ASSERT_EQ(in_reply_to->getMessageIdCount(), 1u);
  EXPECT_EQ(in_reply_to->getMessageIdAt(0)->getId(), "first@example.fr");
  const auto references =
      vmime::dynamicCast<const vmime::messageIdSequence>(header->References()->getValue());
  ASSERT_EQ(references->getMessageIdCount(), 2u);
  EXPECT_EQ(references->getMessageIdAt(0)->getId(), "root@example.fr");
  const auto date = vmime::dynamicCast<const vmime::datetime>(header->Date()->getValue());
  EXPECT_EQ(date->getYear(), 2026);
  EXPECT_EQ(date->getHour(), 10);
}

TEST(MimeMessageBuilderTest, HtmlComesWithAPlainTextAlternative) {
  const auto message = parsed(MimeMessageBuilder::render(visitConfirmation()));
  const auto type =
      vmime::dynamicCast<const vmime::mediaType>(message->getHeader()->ContentType()->getValue());
  EXPECT_EQ(type->generate(), "multipart/alternative");
  ASSERT_EQ(message->getBody()->getPartCount(), 2u);
  const auto text = message->getBody()->getPartAt(0);
  const auto html = message->getBody()->getPartAt(1);
  EXPECT_EQ(text->getBody()->getContentType().generate(), "text/plain");
  EXPECT_EQ(html->getBody()->getContentType().generate(), "text/html");
  EXPECT_EQ(bodyOf(*text), "Bonjour Claire,\nRendez-vous mardi à 18 h & à bientôt.");
  EXPECT_NE(bodyOf(*html).find("<b>mardi</b>"), std::string::npos);
}

TEST(MimeMessageBuilderTest, AttachmentsMakeAMixedMessage) {
  auto email = visitConfirmation();
  email.attachments.push_back(
      {"Fiche du bien — T3.pdf", "application/pdf", std::string("%PDF-1.4\n\x00\x01\xff", 12)});
  email.attachments.push_back({"visite.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"});
  const auto message = parsed(MimeMessageBuilder::render(email));
  const auto type =
      vmime::dynamicCast<const vmime::mediaType>(message->getHeader()->ContentType()->getValue());
  EXPECT_EQ(type->generate(), "multipart/mixed");
  const auto attachments = vmime::attachmentHelper::findAttachmentsInMessage(message);
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(attachments[0]->getType().generate(), "application/pdf");
  EXPECT_EQ(attachments[0]->getName().getConvertedText(vmime::charsets::UTF_8), "Fiche du bien — T3.pdf");
  std::string data;
  vmime::utility::outputStreamStringAdapter out(data);
  attachments[0]->getData()->extract(out);
  EXPECT_EQ(data, std::string("%PDF-1.4\n\x00\x01\xff", 12));
  EXPECT_EQ(attachments[1]->getType().generate(), "text/calendar");
}

TEST(MimeMessageBuilderTest, AnInvitationCarriesItsMethodAndCharsetInTheContentType) {
  auto email = visitConfirmation();
  email.attachments.push_back({"invitation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                               "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"});
  const auto raw = MimeMessageBuilder::render(email);
  const auto message = parsed(raw);
  const auto attachments = vmime::attachmentHelper::findAttachmentsInMessage(message);
  ASSERT_EQ(attachments.size(), 1u);
  EXPECT_EQ(attachments[0]->getType().generate(), "text/calendar");
  const auto part = vmime::dynamicCast<const vmime::bodyPart>(attachments[0]->getPart());
  ASSERT_TRUE(part);
  const auto field =
      vmime::dynamicCast<const vmime::contentTypeField>(part->getHeader()->findField("Content-Type"));
  ASSERT_TRUE(field);
  ASSERT_TRUE(field->hasParameter("method")) << raw;
  EXPECT_EQ(field->findParameter("method")->getValue().getBuffer(), "REQUEST");
  EXPECT_EQ(field->findParameter("charset")->getValue().getBuffer(), "UTF-8");
  std::string data;
  vmime::utility::outputStreamStringAdapter out(data);
  attachments[0]->getData()->extract(out);
  EXPECT_EQ(data, "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");

  email.attachments[0].content_type = "text/calendar;\r\nBcc: x@example.com";
  EXPECT_THROW(MimeMessageBuilder::render(email), std::invalid_argument);
}

TEST(MimeMessageBuilderTest, ALineBreakInASubjectOrNameNeverBecomesAHeader) {
  auto email = visitConfirmation();
  email.subject = "Bonjour\r\nBcc: victime@example.com";
  email.from_name = "Agence\r\nX-Injected: oui";
  const auto raw = MimeMessageBuilder::render(email);
  const auto message = parsed(raw);
  EXPECT_FALSE(message->getHeader()->hasField("Bcc")) << raw;
  EXPECT_FALSE(message->getHeader()->hasField("X-Injected")) << raw;
  EXPECT_EQ(raw.find("\nBcc:"), std::string::npos) << raw;
  EXPECT_FALSE(MimeMessageBuilder::isSingleLine(email.subject));
  EXPECT_TRUE(MimeMessageBuilder::isSingleLine("Visite à 18 h"));
}

TEST(MimeMessageBuilderTest, PlainTextOnlyIsASinglePart) {
  auto email = visitConfirmation();
  email.body_html.clear();
  email.body_text = "Bonjour,\nà mardi.";
  const auto message = parsed(MimeMessageBuilder::render(email));
  const auto type =
      vmime::dynamicCast<const vmime::mediaType>(message->getHeader()->ContentType()->getValue());
  EXPECT_EQ(type->generate(), "text/plain");
  std::string text;
  vmime::utility::outputStreamStringAdapter out(text);
  message->getBody()->getContents()->extract(out);
  EXPECT_EQ(text, "Bonjour,\nà mardi.");
}

TEST(MimeMessageBuilderTest, TextFromHtmlKeepsTheWordsAndLineBreaks) {
  EXPECT_EQ(
      MimeMessageBuilder::textFromHtml("<style>p{color:red}</style><h1>Titre</h1><p>Un&nbsp;<i>deux</i></p>"
                                       "<ul><li>a</li><li>b</li></ul>"),
      "Titre\nUn\u00a0deux\na\nb");
  EXPECT_EQ(MimeMessageBuilder::textFromHtml("ligne<br>suivante &lt;ok&gt;"), "ligne\nsuivante <ok>");
}

}  // namespace
}  // namespace logis
