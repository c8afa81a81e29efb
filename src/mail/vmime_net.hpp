#pragma once

#include <chrono>
#include <filesystem>
#include <vmime/vmime.hpp>

namespace logis::mail {

// What every use of VMime needs first: its platform handler (time, random numbers, host name), set once
// per process, and the header fields Logis writes.
void initialiseVmime();

// The system's certificate authorities.
inline const std::filesystem::path kSystemAuthorities = "/etc/ssl/certs/ca-certificates.crt";

// A verifier trusting every certificate of a PEM file: a CA bundle, or a self-signed test server's own.
vmime::shared_ptr<vmime::security::cert::certificateVerifier> verifierTrusting(
    const std::filesystem::path& pem);

// Readies an SMTP transport or IMAP store before connect(): sockets that resolve the host with a plain
// getaddrinfo (VMime's own use getaddrinfo_a on a stack request it may abandon, VMime issue 273), and a
// server silent for `timeout` is given up.
void prepareConnection(vmime::net::service& service, std::chrono::seconds timeout);

}  // namespace logis::mail
