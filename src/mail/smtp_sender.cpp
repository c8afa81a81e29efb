#include "mail/smtp_sender.hpp"

#include <chrono>
#include <fstream>
#include <iterator>

#include "mail/mime_message_builder.hpp"

namespace logis {
namespace {

// Aborts an operation blocked for 30 seconds (libvmime does not export its default handler's factory).
class ThirtySecondTimeout : public vmime::net::timeoutHandler {
 public:
  bool isTimeOut() override { return std::chrono::steady_clock::now() - start_ > std::chrono::seconds(30); }
  void resetTimeOut() override { start_ = std::chrono::steady_clock::now(); }
  bool handleTimeOut() override { return false; }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class ThirtySecondTimeouts : public vmime::net::timeoutHandlerFactory {
 public:
  vmime::shared_ptr<vmime::net::timeoutHandler> create() override {
    return vmime::make_shared<ThirtySecondTimeout>();
  }
};

using Certificates = std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>>;

// Every certificate of a PEM file (a CA bundle holds many).
Certificates readPemFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  const std::string pem((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static constexpr std::string_view kEnd = "-----END CERTIFICATE-----";
  Certificates certificates;
  std::size_t start = 0;
  for (auto end = pem.find(kEnd); end != std::string::npos; end = pem.find(kEnd, start)) {
    const auto block = pem.substr(start, end + kEnd.size() - start);
    start = end + kEnd.size();
    auto certificate = vmime::security::cert::X509Certificate::import(
        reinterpret_cast<const vmime::byte_t*>(block.data()), block.size());
    if (certificate) certificates.push_back(certificate);
  }
  return certificates;
}

const Certificates& systemAuthorities() {
  static const Certificates authorities = readPemFile("/etc/ssl/certs/ca-certificates.crt");
  return authorities;
}

vmime::shared_ptr<vmime::security::cert::certificateVerifier> verifierFor(const SmtpServer& server) {
  auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
  if (server.trusted_certificate_file.empty()) {
    verifier->setX509RootCAs(systemAuthorities());
  } else {
    verifier->setX509TrustedCerts(readPemFile(server.trusted_certificate_file));
  }
  return verifier;
}

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
  MimeMessageBuilder::initialiseVmime();
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
  if (server_.security != "none") transport->setCertificateVerifier(verifierFor(server_));
  transport->setTimeoutHandlerFactory(vmime::make_shared<ThirtySecondTimeouts>());
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
