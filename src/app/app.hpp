#pragma once

#include <chrono>
#include <memory>
#include <thread>

#include "app/services.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "http/http_server.hpp"
#include "http/router.hpp"
#include "jobs/job_registry.hpp"
#include "jobs/worker.hpp"

namespace logis {

// The whole server, wired once: services, routes, middleware, HTTP, and (`logis serve --with-worker`) one
// background worker thread. `logis serve` and the API tests build the same App, so the tests exercise exactly
// what runs in production.
class App {
 public:
  App(Config config, const Clock& clock);
  ~App();

  void start();
  // Runs a background worker in a thread of this process until stop().
  void startWorker();
  void stop(std::chrono::seconds grace = std::chrono::seconds(30));
  std::uint16_t port() const { return server_->port(); }

  const Config& config() const { return services_.config; }
  const Database& database() const { return services_.database; }
  const Router& router() const { return router_; }
  const UserService& users() const { return services_.users; }
  const LeadModule& leads() const { return services_.leads; }
  const jobs::JobRegistry& jobRegistry() const { return job_registry_; }
  const sms::SmsModule& sms() const { return services_.sms; }
  const InboundMailModule& mailIn() const { return services_.mail_in; }
  const EmailOutbox& emailOutbox() const { return services_.outbox; }
  const TemplateModule& templates() const { return services_.templates; }
  const visits::VisitService& visits() const { return services_.visits; }

 private:
  Next pipeline() const;

  Services services_;
  jobs::JobRegistry job_registry_;
  Router router_;
  std::unique_ptr<HttpServer> server_;
  std::unique_ptr<jobs::Worker> worker_;
  std::jthread worker_thread_;
};

}  // namespace logis
