#include "mail/vmime_net.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <vmime/platforms/posix/posixHandler.hpp>

namespace logis::mail {
namespace {

using Certificates = std::vector<vmime::shared_ptr<vmime::security::cert::X509Certificate>>;

Certificates readPemFile(const std::filesystem::path& path) {
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

// Each file read once per process (the system bundle holds some 140 certificates).
const Certificates& certificatesIn(const std::filesystem::path& path) {
  static std::mutex mutex;
  static std::map<std::filesystem::path, Certificates> read;
  const std::lock_guard lock(mutex);
  auto found = read.find(path);
  if (found == read.end()) found = read.emplace(path, readPemFile(path)).first;
  return found->second;
}

class Deadline : public vmime::net::timeoutHandler {
 public:
  explicit Deadline(std::chrono::seconds limit) : limit_(limit) {}
  bool isTimeOut() override { return std::chrono::steady_clock::now() - start_ > limit_; }
  void resetTimeOut() override { start_ = std::chrono::steady_clock::now(); }
  bool handleTimeOut() override { return false; }  // give up: the job retries later

 private:
  std::chrono::seconds limit_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

class DeadlineFactory : public vmime::net::timeoutHandlerFactory {
 public:
  explicit DeadlineFactory(std::chrono::seconds limit) : limit_(limit) {}
  vmime::shared_ptr<vmime::net::timeoutHandler> create() override {
    return vmime::make_shared<Deadline>(limit_);
  }

 private:
  std::chrono::seconds limit_;
};

[[noreturn]] void throwSocketError(int error) {
  throw vmime::exceptions::socket_exception(std::strerror(error));
}

// A non-blocking TCP socket as VMime expects one (posixSocket's behaviour), whose connect() resolves with
// a blocking getaddrinfo on the caller's thread.
class ResolvingSocket : public vmime::net::socket {
 public:
  explicit ResolvingSocket(vmime::shared_ptr<vmime::net::timeoutHandler> timeout)
      : timeout_(std::move(timeout)) {}
  ~ResolvingSocket() override { closeDescriptor(); }

  void connect(const vmime::string& address, const vmime::port_t port) override {
    closeDescriptor();
    if (tracer_) tracer_->traceSend("Connecting to " + address + ", port " + std::to_string(port));
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo* found = nullptr;
    if (const int error = ::getaddrinfo(address.c_str(), std::to_string(port).c_str(), &hints, &found)) {
      throw vmime::exceptions::connection_error("Cannot resolve " + address + ": " + ::gai_strerror(error));
    }
    const std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, ::freeaddrinfo);
    int error = ECONNREFUSED;
    for (const auto* candidate = found; candidate && descriptor_ < 0; candidate = candidate->ai_next) {
      descriptor_ = connectTo(*candidate, error);
    }
    if (descriptor_ < 0) {
      throw vmime::exceptions::connection_error("Error while connecting socket.",
                                                vmime::exceptions::socket_exception(std::strerror(error)));
    }
    server_address_ = address;
  }

  bool isConnected() const override {
    char byte;
    return descriptor_ >= 0 && ::recv(descriptor_, &byte, 1, MSG_PEEK) != 0;
  }

  void disconnect() override {
    if (descriptor_ < 0) return;
    if (tracer_) tracer_->traceSend("Disconnecting");
    ::shutdown(descriptor_, SHUT_RDWR);
    closeDescriptor();
  }

  bool waitForRead(const int msecs) override { return waitFor(POLLIN, msecs); }
  bool waitForWrite(const int msecs) override { return waitFor(POLLOUT, msecs); }

  void receive(vmime::string& buffer) override {
    const auto size = receiveRaw(buffer_.data(), buffer_.size());
    buffer.assign(reinterpret_cast<const char*>(buffer_.data()), size);
  }

  size_t receiveRaw(vmime::byte_t* buffer, const size_t count) override {
    status_ &= ~STATUS_WOULDBLOCK;
    if (!waitForRead(50)) {
      status_ |= STATUS_WOULDBLOCK;
      return 0;
    }
    const auto received = ::recv(descriptor_, buffer, count, 0);
    if (received == 0) throwSocketError(ENOTCONN);  // the server closed the connection
    if (received < 0) {
      if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) throwSocketError(errno);
      giveUpIfTimedOut();
      status_ |= STATUS_WOULDBLOCK;
      return 0;
    }
    if (timeout_) timeout_->resetTimeOut();
    return static_cast<size_t>(received);
  }

  void send(const vmime::string& buffer) override {
    sendRaw(reinterpret_cast<const vmime::byte_t*>(buffer.data()), buffer.size());
  }
  void send(const char* text) override {
    sendRaw(reinterpret_cast<const vmime::byte_t*>(text), std::strlen(text));
  }

  void sendRaw(const vmime::byte_t* buffer, const size_t count) override {
    status_ &= ~STATUS_WOULDBLOCK;
    for (size_t sent = 0; sent < count;) {
      const auto written = ::send(descriptor_, buffer + sent, count - sent, MSG_NOSIGNAL);
      if (written > 0) {
        sent += static_cast<size_t>(written);
      } else if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        throwSocketError(errno);
      } else {
        waitForWrite(50);
      }
    }
    if (timeout_) timeout_->resetTimeOut();
  }

  size_t sendRawNonBlocking(const vmime::byte_t* buffer, const size_t count) override {
    status_ &= ~STATUS_WOULDBLOCK;
    const auto written = ::send(descriptor_, buffer, count, MSG_NOSIGNAL);
    if (written <= 0) {
      if (written < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) throwSocketError(errno);
      giveUpIfTimedOut();
      status_ |= STATUS_WOULDBLOCK;
      return 0;
    }
    if (timeout_) timeout_->resetTimeOut();
    return static_cast<size_t>(written);
  }

  size_t getBlockSize() const override { return 16384; }
  unsigned int getStatus() const override { return status_; }
  // The name asked for: TLS sends it as the server name (SNI).
  const vmime::string getPeerName() const override { return server_address_; }

  const vmime::string getPeerAddress() const override {
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    if (::getpeername(descriptor_, reinterpret_cast<sockaddr*>(&peer), &length) != 0) throwSocketError(errno);
    std::array<char, INET6_ADDRSTRLEN> text{};
    const void* where =
        peer.ss_family == AF_INET6
            ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_addr)
            : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(&peer)->sin_addr);
    if (!::inet_ntop(peer.ss_family, where, text.data(), text.size())) throwSocketError(errno);
    return text.data();
  }

  vmime::shared_ptr<vmime::net::timeoutHandler> getTimeoutHandler() override { return timeout_; }
  void setTracer(vmime::shared_ptr<vmime::net::tracer> tracer) override { tracer_ = std::move(tracer); }
  vmime::shared_ptr<vmime::net::tracer> getTracer() override { return tracer_; }

 private:
  // A connected non-blocking descriptor, or -1 with `error` set.
  int connectTo(const addrinfo& candidate, int& error) {
    if (candidate.ai_family != AF_INET && candidate.ai_family != AF_INET6) return -1;
    const int descriptor = ::socket(candidate.ai_family, candidate.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                    candidate.ai_protocol);
    if (descriptor < 0) {
      error = errno;
      return -1;
    }
    const int keep_alive = 1;
    ::setsockopt(descriptor, SOL_SOCKET, SO_KEEPALIVE, &keep_alive, sizeof keep_alive);
    if (timeout_) timeout_->resetTimeOut();
    error = ::connect(descriptor, candidate.ai_addr, candidate.ai_addrlen) == 0 ? 0 : errno;
    if (error == EINPROGRESS) error = awaitConnection(descriptor);
    if (error == 0) return descriptor;
    ::close(descriptor);
    return -1;
  }

  // Waits for a connection under way: 0 once connected, else the error (ETIMEDOUT past the deadline).
  int awaitConnection(int descriptor) {
    while (true) {
      pollfd ready{descriptor, POLLOUT, 0};
      const int polled = ::poll(&ready, 1, 200);
      if (polled > 0) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length) != 0) return errno;
        return error;
      }
      if (polled < 0 && errno != EINTR) return errno;
      if (timeout_ && timeout_->isTimeOut() && !timeout_->handleTimeOut()) return ETIMEDOUT;
    }
  }

  bool waitFor(short events, int msecs) {
    pollfd ready{descriptor_, events, 0};
    const int polled = ::poll(&ready, 1, msecs);
    if (polled < 0 && errno != EINTR) throwSocketError(errno);
    if (polled > 0 && (ready.revents & (events | POLLHUP | POLLERR))) return true;
    giveUpIfTimedOut();
    return false;
  }

  void giveUpIfTimedOut() {
    if (!timeout_ || !timeout_->isTimeOut()) return;
    if (!timeout_->handleTimeOut()) throw vmime::exceptions::operation_timed_out();
    timeout_->resetTimeOut();
  }

  void closeDescriptor() {
    if (descriptor_ >= 0) ::close(descriptor_);
    descriptor_ = -1;
  }

  vmime::shared_ptr<vmime::net::timeoutHandler> timeout_;
  vmime::shared_ptr<vmime::net::tracer> tracer_;
  std::array<vmime::byte_t, 65536> buffer_{};
  int descriptor_ = -1;
  unsigned int status_ = 0;
  vmime::string server_address_;
};

class ResolvingSocketFactory : public vmime::net::socketFactory {
 public:
  vmime::shared_ptr<vmime::net::socket> create() override {
    return vmime::make_shared<ResolvingSocket>(nullptr);
  }
  vmime::shared_ptr<vmime::net::socket> create(
      vmime::shared_ptr<vmime::net::timeoutHandler> timeout) override {
    return vmime::make_shared<ResolvingSocket>(std::move(timeout));
  }
};

}  // namespace

void initialiseVmime() {
  static std::once_flag once;
  std::call_once(once, [] {
    vmime::platform::setHandler<vmime::platforms::posix::posixHandler>();
    // List-Unsubscribe holds a URI in angle brackets: as text, VMime would fold a long one into encoded
    // words no mail program reads as a URI; as a message id it is written as is.
    vmime::headerFieldFactory::getInstance()->registerFieldValue<vmime::messageId>("List-Unsubscribe");
  });
}

vmime::shared_ptr<vmime::security::cert::certificateVerifier> verifierTrusting(
    const std::filesystem::path& pem) {
  const auto& certificates = certificatesIn(pem);
  auto verifier = vmime::make_shared<vmime::security::cert::defaultCertificateVerifier>();
  verifier->setX509RootCAs(certificates);
  verifier->setX509TrustedCerts(certificates);
  return verifier;
}

void prepareConnection(vmime::net::service& service, std::chrono::seconds timeout) {
  service.setSocketFactory(vmime::make_shared<ResolvingSocketFactory>());
  service.setTimeoutHandlerFactory(vmime::make_shared<DeadlineFactory>(timeout));
}

}  // namespace logis::mail
