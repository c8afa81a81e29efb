#include "mail/smtp_sender.hpp"

#include "mail/vmime_net.hpp"

namespace logis {
namespace {

// What to tell the person: the server's own reply when there is one.
std::string answerOf(const vmime::exception& error) {
  std::string answer = error.what();
  if (const auto* command = dynamic_cast<const vmime::exceptions::command_error*>(&error)) {
    if (!command->response().empty()) answer = command->response();
  } else if (const auto* auth = dynamic_cast<const vmime::exceptions::authentication_error*>(&error)) {
    if (!auth->response().empty()) answer = auth->response();
  }
  for (const auto* other = error.other(); other; other = other->other())
    answer += ": " + std::string(other->what());
  return answer;
}

}  // namespace

std::shared_ptr<vmime::net::transport> SmtpSender::connect() const {
  mail::initialiseVmime();
  auto session = vmime::net::session::create();
  const vmime::utility::url url(server_.security == "tls" ? "smtps" : "smtp", server_.host, server_.port);
  auto transport = session->getTransport(url);
  transport->setProperty("connection.tls", server_.security == "starttls");
  transport->setProperty("connection.tls.required", server_.security == "starttls");
  transport->setProperty("options.need-authentication", !server_.username.empty());
  if (!server_.username.empty()) {
    transport->setProperty("auth.username", server_.username);
    transport->setProperty("auth.password", server_.password);
  }
  if (server_.security != "none") {
    const auto& trusted = server_.trusted_certificate_file;
    transport->setCertificateVerifier(
        mail::verifierTrusting(trusted.empty() ? mail::kSystemAuthorities : std::filesystem::path(trusted)));
  }
  mail::prepareConnection(*transport, std::chrono::seconds(30));
  transport->connect();
  return transport;
}

void SmtpSender::send(const std::shared_ptr<vmime::message>& message) const {
  try {
    auto transport = connect();
    transport->send(message);
    transport->disconnect();
  } catch (const vmime::exception& error) {
    throw SmtpError(answerOf(error));
  } catch (const std::exception& error) {
    throw SmtpError(error.what());
  }
}

void SmtpSender::check() const {
  try {
    connect()->disconnect();
  } catch (const vmime::exception& error) {
    throw SmtpError(answerOf(error));
  } catch (const std::exception& error) {
    throw SmtpError(error.what());
  }
}

}  // namespace logis
