#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "http/middleware.hpp"

namespace Poco::Net {
class HTTPServer;
}

namespace logis {

// POCO's HTTPServer, wrapped once: it turns POCO requests into Request, runs the pipeline, and writes the
// Response. Nothing outside this file sees POCO Net.
class HttpServer {
 public:
  HttpServer(const std::string& host, std::uint16_t port, int threads, Next pipeline);
  ~HttpServer();

  void start();
  // Stops accepting, then waits up to `grace` for requests in flight to finish.
  void stop(std::chrono::seconds grace);
  std::uint16_t port() const;

 private:
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace logis
