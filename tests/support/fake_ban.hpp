#pragma once

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace logis::testing {

// tests/rigs/fake_ban.py in a child process, for as long as this object lives.
class FakeBan {
 public:
  explicit FakeBan(bool tls) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl("/usr/bin/python3", "python3", LOGIS_SOURCE_DIR "/tests/rigs/fake_ban.py",
            tls ? "--tls" : nullptr, nullptr);
      _exit(127);
    }
    close(out[1]);
    // Its first line is its URL, printed once it listens.
    for (char c = 0; read(out[0], &c, 1) == 1 && c != '\n';) url_ += c;
    close(out[0]);
  }
  ~FakeBan() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  FakeBan(const FakeBan&) = delete;
  FakeBan& operator=(const FakeBan&) = delete;

  const std::string& url() const { return url_; }
  void setMode(const std::string& mode) { get("/control/mode?set=" + mode); }
  // {"count", "queries", "paths"} of the searches it received.
  nlohmann::json requests() { return nlohmann::json::parse(get("/control/requests")); }

 private:
  std::string get(const std::string& path) {
    const Poco::URI uri(url_);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path, Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::string body;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), body);
    return body;
  }

  pid_t pid_ = -1;
  std::string url_;
};

}  // namespace logis::testing
