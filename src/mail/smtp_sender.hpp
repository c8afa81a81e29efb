#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vmime/vmime.hpp>

namespace logis {

// Where and how to reach an outgoing server. security: none, starttls (required, not opportunistic) or
// tls (implicit, usually port 465).
struct SmtpServer {
  std::string host;
  int port = 587;
  std::string security = "starttls";
  std::string username;  // empty: no authentication
  std::string password;
  // Empty: certificates are checked against the system CA store. A PEM file: that certificate alone is
  // trusted (a self-signed test or in-house server).
  std::string trusted_certificate_file;
};

// The server refused or could not be reached; what() holds its answer (or the connection error).
class SmtpError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Sends with VMime over SMTP: a connection per call, 30-second timeouts, certificates verified.
class SmtpSender {
 public:
  explicit SmtpSender(SmtpServer server) : server_(std::move(server)) {}

  // Throws SmtpError.
  void send(const std::shared_ptr<vmime::message>& message) const;
  // Connects, authenticates when a user is set, and disconnects. Throws SmtpError.
  void check() const;

 private:
  std::shared_ptr<vmime::net::transport> connect() const;

  SmtpServer server_;
};

}  // namespace logis
