#pragma once

// The mail test rig (tests/rigs/mail.sh): aiosmtpd writing a Maildir and Dovecot serving it over IMAP.
// scripts/test-all starts it once and exports LOGIS_TEST_SMTP_PORT and the rest; when they are unset (a
// developer running one test binary), the first call starts a private rig for this process and stops it
// at exit. A test that needs the rig fails when it cannot start: mailRig() throws.
//
// The Maildir may be shared by tests running in parallel: find your messages by a unique Message-ID or
// subject, never by counting every file.

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#ifndef LOGIS_SOURCE_DIR
#error "LOGIS_SOURCE_DIR must name the source tree (tests/rigs/mail.sh)"
#endif

namespace logis::testing {

struct MailRig {
  std::uint16_t smtp_port = 0;
  std::uint16_t smtp_starttls_port = 0;  // STARTTLS required, self-signed certificate `cert`
  std::uint16_t smtps_port = 0;          // implicit TLS, the same certificate
  std::uint16_t imap_port = 0;
  std::uint16_t imaps_port = 0;  // implicit TLS, self-signed certificate `cert`
  std::string imap_user;
  std::string imap_password;
  std::filesystem::path maildir;
  std::filesystem::path cert;
  std::filesystem::path dir;  // set when this process started the rig

  // The messages (whole files, headers and body) in the Maildir's new/ and cur/ folders that contain
  // `needle` (e.g. a Message-ID).
  std::vector<std::string> messagesContaining(const std::string& needle) const {
    std::vector<std::string> found;
    for (const char* folder : {"new", "cur"}) {
      std::error_code error;
      for (const auto& entry : std::filesystem::directory_iterator(maildir / folder, error)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (text.find(needle) != std::string::npos) found.push_back(std::move(text));
      }
    }
    return found;
  }

  // Waits up to `seconds` for `count` messages containing `needle` (aiosmtpd writes them right after
  // answering 250, so a test may look a moment before the file is there).
  std::vector<std::string> waitForMessages(const std::string& needle, std::size_t count = 1,
                                           int seconds = 5) const {
    auto found = messagesContaining(needle);
    for (int i = 0; i < seconds * 20 && found.size() < count; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      found = messagesContaining(needle);
    }
    return found;
  }
};

namespace mail_rig_detail {

inline std::string run(const std::string& command) {
  std::string output;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run " + command);
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  if (::pclose(pipe) != 0) throw std::runtime_error("the mail rig did not start: " + command + "\n" + output);
  return output;
}

inline std::string script() {
  return std::string(LOGIS_SOURCE_DIR) + "/tests/rigs/mail.sh";
}

inline MailRig fromVariables(const std::map<std::string, std::string>& vars) {
  auto get = [&](const std::string& name) {
    const auto found = vars.find(name);
    if (found == vars.end() || found->second.empty()) throw std::runtime_error(name + " is not set");
    return found->second;
  };
  MailRig rig;
  rig.smtp_port = static_cast<std::uint16_t>(std::stoi(get("LOGIS_TEST_SMTP_PORT")));
  rig.smtp_starttls_port = static_cast<std::uint16_t>(std::stoi(get("LOGIS_TEST_SMTP_STARTTLS_PORT")));
  rig.smtps_port = static_cast<std::uint16_t>(std::stoi(get("LOGIS_TEST_SMTPS_PORT")));
  rig.imap_port = static_cast<std::uint16_t>(std::stoi(get("LOGIS_TEST_IMAP_PORT")));
  rig.imaps_port = static_cast<std::uint16_t>(std::stoi(get("LOGIS_TEST_IMAPS_PORT")));
  rig.imap_user = get("LOGIS_TEST_IMAP_USER");
  rig.imap_password = get("LOGIS_TEST_IMAP_PASSWORD");
  rig.maildir = get("LOGIS_TEST_MAILDIR");
  rig.cert = get("LOGIS_TEST_MAIL_CERT");
  return rig;
}

inline const char* names[] = {"LOGIS_TEST_SMTP_PORT",     "LOGIS_TEST_SMTP_STARTTLS_PORT",
                              "LOGIS_TEST_SMTPS_PORT",    "LOGIS_TEST_IMAP_PORT",
                              "LOGIS_TEST_IMAPS_PORT",    "LOGIS_TEST_IMAP_USER",
                              "LOGIS_TEST_IMAP_PASSWORD", "LOGIS_TEST_MAILDIR",
                              "LOGIS_TEST_MAIL_CERT"};

// `tests/rigs/mail.sh ACTION DIR`: start, stop, smtp-stop or smtp-resume. Throws when it fails.
inline std::string command(const std::string& action, const std::filesystem::path& dir) {
  return run(script() + " " + action + " '" + dir.string() + "' 2>&1");
}

// Starts a rig of its own in `dir` (stop it with command("stop", dir)).
inline MailRig startIn(const std::filesystem::path& dir) {
  std::map<std::string, std::string> vars;
  std::istringstream lines(command("start", dir));
  for (std::string line; std::getline(lines, line);) {
    if (const auto equals = line.find('='); equals != std::string::npos)
      vars[line.substr(0, equals)] = line.substr(equals + 1);
  }
  auto rig = fromVariables(vars);
  rig.dir = dir;
  return rig;
}

inline MailRig start() {
  std::map<std::string, std::string> vars;
  if (const char* port = std::getenv("LOGIS_TEST_SMTP_PORT"); port && *port) {
    for (const char* name : names)
      if (const char* value = std::getenv(name)) vars[name] = value;
    return fromVariables(vars);
  }
  const auto dir = std::filesystem::temp_directory_path() / ("logis-mail-rig-" + std::to_string(::getpid()));
  auto rig = startIn(dir);
  static const std::string stop_command =
      script() + " stop '" + dir.string() + "' >/dev/null 2>&1; rm -rf '" + dir.string() + "'";
  std::atexit([] { [[maybe_unused]] const int status = std::system(stop_command.c_str()); });
  return rig;
}

}  // namespace mail_rig_detail

// The rig, started on first use when the environment does not name one. Throws when it cannot start.
inline const MailRig& mailRig() {
  static const MailRig rig = mail_rig_detail::start();
  return rig;
}

}  // namespace logis::testing
