// SmtpSender against the mail rig's real aiosmtpd servers: plain, STARTTLS required, and implicit TLS.
#include "mail/smtp_sender.hpp"

#include <gtest/gtest.h>

#include <atomic>

#include "mail/mime_message_builder.hpp"
#include "mail_rig.hpp"

namespace logis {
namespace {

using testing::mailRig;

class SmtpSenderTest : public ::testing::Test {
 protected:
  // A message whose Message-ID names this test, so it is found in the shared Maildir.
  OutgoingEmail email() {
    static std::atomic<int> counter{0};
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    message_id_ = "<" + std::string(test->name()) + "-" + std::to_string(::getpid()) + "-" +
                  std::to_string(counter++) + "@logis.test>";
    OutgoingEmail email;
    email.from_name = "Agence Démo";
    email.from_email = "agence@logis.test";
    email.to = {"client@example.fr"};
    email.subject = "Votre visite du 3 mars";
    email.body_text = "Bonjour, à bientôt.";
    email.message_id = message_id_;
    return email;
  }

  SmtpServer server(std::uint16_t port, std::string security) const {
    SmtpServer server;
    server.host = "127.0.0.1";
    server.port = port;
    server.security = std::move(security);
    server.trusted_certificate_file = mailRig().cert.string();
    return server;
  }

  std::size_t delivered() const { return mailRig().waitForMessages(message_id_).size(); }

  std::string message_id_;
};

TEST_F(SmtpSenderTest, AServerThatRequiresStartTlsReceivesTheMessage) {
  SmtpSender(server(mailRig().smtp_starttls_port, "starttls")).send(MimeMessageBuilder::build(email()));
  EXPECT_EQ(delivered(), 1u);
}

TEST_F(SmtpSenderTest, AServerOverImplicitTlsReceivesTheMessage) {
  SmtpSender(server(mailRig().smtps_port, "tls")).send(MimeMessageBuilder::build(email()));
  EXPECT_EQ(delivered(), 1u);
}

TEST_F(SmtpSenderTest, ACertificateNoAuthorityVouchesForIsRefusedAndNothingIsSent) {
  auto untrusted = server(mailRig().smtps_port, "tls");
  untrusted.trusted_certificate_file.clear();  // the system's authorities, which never signed the rig's
  try {
    SmtpSender(untrusted).send(MimeMessageBuilder::build(email()));
    FAIL() << "a self-signed certificate was accepted";
  } catch (const SmtpError& error) {
    EXPECT_NE(std::string(error.what()), "");
  }
  EXPECT_EQ(mailRig().messagesContaining(message_id_).size(), 0u);
}

// "starttls" means TLS or nothing: a server that does not offer it gets no message in clear.
TEST_F(SmtpSenderTest, StartTlsIsRequiredNotOpportunistic) {
  EXPECT_THROW(SmtpSender(server(mailRig().smtp_port, "starttls")).send(MimeMessageBuilder::build(email())),
               SmtpError);
  EXPECT_EQ(mailRig().messagesContaining(message_id_).size(), 0u);
}

// "localhost" may resolve to ::1, where nothing listens, before 127.0.0.1: each address is tried in turn.
TEST_F(SmtpSenderTest, AServerNamedByItsHostNameIsReachedOnWhicheverAddressAnswers) {
  auto named = server(mailRig().smtp_port, "none");
  named.host = "localhost";
  SmtpSender(named).send(MimeMessageBuilder::build(email()));
  EXPECT_EQ(delivered(), 1u);
}

TEST_F(SmtpSenderTest, APortWhereNothingListensIsAnErrorThatSaysSo) {
  try {
    SmtpSender(server(1, "none")).check();
    FAIL() << "connected to port 1";
  } catch (const SmtpError& error) {
    EXPECT_NE(std::string(error.what()).find("Connection refused"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace logis
