#include "app/app.hpp"

#include "app/health_routes.hpp"
#include "app/job_handlers.hpp"
#include "auth/auth_middleware.hpp"
#include "auth/auth_routes.hpp"
#include "contacts/contact_routes.hpp"
#include "dashboard/dashboard_routes.hpp"
#include "geo/geocode_routes.hpp"
#include "http/standard_middleware.hpp"
#include "jobs/job_routes.hpp"
#include "mail/email_outbox_routes.hpp"
#include "mail/mail_account_routes.hpp"
#include "matching/matching_routes.hpp"
#include "properties/property_routes.hpp"
#include "tasks/task_routes.hpp"
#include "visits/availability_routes.hpp"
#include "visits/visit_routes.hpp"

namespace logis {
namespace {

// "https://{s}.tile.example.org/{z}/{x}/{y}.png" -> "https://*.tile.example.org", for the CSP.
std::string tileOrigin(const std::string& tile_url) {
  const auto host_start = tile_url.find("://") + 3;
  const auto origin = tile_url.substr(0, tile_url.find('/', host_start));
  const auto subdomain = origin.find("{s}");
  if (subdomain == std::string::npos) return origin;
  return origin.substr(0, subdomain) + "*" + origin.substr(subdomain + 3);
}

}  // namespace

App::App(Config config, const Clock& clock) : services_(std::move(config), clock) {
  registerJobHandlers(job_registry_, services_);
  auto& s = services_;
  addHealthRoutes(router_, s.database);
  addAuthRoutes(router_, s.auth, s.config.publicUrlIsHttps());
  addUserRoutes(router_, s.users);
  addApiTokenRoutes(router_, s.tokens);
  addPropertyRoutes(router_, s.properties);
  addPropertySheetRoute(router_, s.property_sheets);
  addPhotoRoutes(router_, s.photos, s.config.photo_max_megabytes * 1024 * 1024);
  addMapSettingsRoute(router_, s.config);
  addGeocodeRoute(router_, s.geocoder.get());
  addContactRoutes(router_, s.contacts);
  addPropertyOwnerRoutes(router_, s.owners);
  addTaskRoutes(router_, s.tasks, s.notifications);
  addDashboardRoutes(router_, s.dashboard);
  s.leads.addRoutes(router_);
  addMatchingRoutes(router_, s.matching);
  addJobRoutes(router_, s.job_admin);
  s.sms.addRoutes(router_);
  s.mail_in.addRoutes(router_);
  addMailAccountRoutes(router_, s.mail_accounts, s.job_queue);
  addEmailRoutes(router_, s.outbox);
  s.templates.addRoutes(router_, s.leads.leads());
  visits::addVisitRoutes(router_, s.visits);
  visits::addAvailabilityRoutes(router_, s.availability);
  s.visit_documents.addRoutes(router_);
  s.visit_notifications.addRoutes(router_);
  server_ = std::make_unique<HttpServer>(s.config.listen_host, s.config.listen_port, s.config.http_threads,
                                         pipeline());
}

App::~App() = default;

Next App::pipeline() const {
  const auto& config = services_.config;
  Pipeline pipeline;
  pipeline.use(std::make_unique<RequestIdMiddleware>())
      .use(std::make_unique<AccessLogMiddleware>())
      .use(std::make_unique<SecurityHeadersMiddleware>(config.publicUrlIsHttps(),
                                                       tileOrigin(config.map_tile_url)))
      .use(std::make_unique<ErrorMiddleware>())
      .use(std::make_unique<RoutingMiddleware>(router_, StaticFiles(config.web_dir)))
      .use(std::make_unique<BodyLimitMiddleware>(config.max_body_bytes))
      .use(std::make_unique<AuthenticationMiddleware>(services_.auth, config.publicUrlIsHttps()))
      .use(std::make_unique<AuthorizationMiddleware>())
      .use(std::make_unique<CsrfMiddleware>());
  return pipeline.build([](Request& request) { return request.route->handler(request); });
}

void App::start() {
  server_->start();
}

void App::startWorker() {
  worker_ = std::make_unique<jobs::Worker>(services_.database, services_.clock, job_registry_);
  worker_thread_ = std::jthread([this](std::stop_token stop) { worker_->run(stop); });
}

void App::stop(std::chrono::seconds grace) {
  if (worker_thread_.joinable()) {
    worker_thread_.request_stop();
    worker_thread_.join();
  }
  server_->stop(grace);
}

}  // namespace logis
