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

// tests/rigs/fake_twilio.py in a child process, for as long as this object lives.
class FakeTwilio {
 public:
  static constexpr const char* kAccountSid = "ACtest00000000000000000000000000";
  static constexpr const char* kAuthToken = "secret-token";

  FakeTwilio() {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl("/usr/bin/python3", "python3", LOGIS_SOURCE_DIR "/tests/rigs/fake_twilio.py", nullptr);
      _exit(127);
    }
    close(out[1]);
    // Its first line is its URL, printed once it listens.
    for (char c = 0; read(out[0], &c, 1) == 1 && c != '\n';) url_ += c;
    close(out[0]);
  }
  ~FakeTwilio() {
    kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  FakeTwilio(const FakeTwilio&) = delete;
  FakeTwilio& operator=(const FakeTwilio&) = delete;

  const std::string& url() const { return url_; }
  // The messages it accepted: {sid, to, from, body, status_callback, status}.
  nlohmann::json messages() {
    return nlohmann::json::parse(call("GET", "/control/messages", ""))["messages"];
  }
  void setMode(const std::string& mode) {
    call("POST", "/control/mode", nlohmann::json{{"mode", mode}}.dump());
  }
  // Makes it POST a status callback for `sid` (signed), to `deliver_to` instead of the callback's origin.
  int reportStatus(const std::string& sid, const std::string& status, const std::string& deliver_to,
                   const std::string& error_code = "") {
    nlohmann::json body = {{"sid", sid}, {"status", status}, {"deliver_to", deliver_to}};
    if (!error_code.empty()) body["error_code"] = error_code;
    return nlohmann::json::parse(call("POST", "/control/status", body.dump()))["status"].get<int>();
  }
  // Makes it POST an incoming SMS to `url` (signed, or with `signature` when given).
  nlohmann::json receive(const std::string& url, const std::string& from, const std::string& text,
                         const std::string& deliver_to, const std::string& signature = "") {
    nlohmann::json body = {{"url", url}, {"from", from}, {"body", text}, {"deliver_to", deliver_to}};
    if (!signature.empty()) body["signature"] = signature;
    return nlohmann::json::parse(call("POST", "/control/inbound", body.dump()));
  }

 private:
  std::string call(const std::string& method, const std::string& path, const std::string& body) {
    const Poco::URI uri(url_);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    std::string answer;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
    return answer;
  }

  pid_t pid_ = -1;
  std::string url_;
};

}  // namespace logis::testing
