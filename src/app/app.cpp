#include "app/app.hpp"

#include <functional>

#include "app/health_routes.hpp"
#include "auth/auth_middleware.hpp"
#include "auth/auth_routes.hpp"
#include "contacts/contact_routes.hpp"
#include "dashboard/dashboard_routes.hpp"
#include "geo/ban_geocoder.hpp"
#include "geo/geocode_routes.hpp"
#include "geo/sqlite_geo_functions.hpp"
#include "http/standard_middleware.hpp"
#include "matching/matching_routes.hpp"
#include "properties/property_routes.hpp"
#include "tasks/task_routes.hpp"

namespace logis {
namespace {

SessionLimits sessionLimits(const Config& config) {
  return {EpochMs{config.session_idle_minutes} * 60 * 1000,
          EpochMs{config.session_absolute_hours} * 3600 * 1000};
}

// "https://{s}.tile.example.org/{z}/{x}/{y}.png" -> "https://*.tile.example.org", for the CSP.
std::string tileOrigin(const std::string& tile_url) {
  const auto host_start = tile_url.find("://") + 3;
  const auto origin = tile_url.substr(0, tile_url.find('/', host_start));
  const auto subdomain = origin.find("{s}");
  if (subdomain == std::string::npos) return origin;
  return origin.substr(0, subdomain) + "*" + origin.substr(subdomain + 3);
}

}  // namespace

App::App(Config config, const Clock& clock)
    : config_(std::move(config)),
      clock_(clock),
      database_(config_.database_url, config_.http_threads + 8, geo::registerSqliteGeoFunctions),
      auth_(database_, clock_, sessionLimits(config_)),
      users_(database_, clock_),
      tokens_(database_, clock_),
      properties_(database_, clock_),
      media_(config_.media_dir),
      photo_processor_({config_.photo_max_megabytes, config_.photo_max_megapixels}),
      photos_(database_, clock_, media_, photo_processor_),
      contacts_(database_, clock_),
      owners_(database_, properties_, contacts_),
      tasks_(database_, clock_),
      notifications_(database_, clock_),
      dashboard_(database_, clock_, tasks_),
      leads_(database_, clock_, contacts_, config_),
      geocoder_(config_.geocoderEnabled() ? std::make_unique<geo::BanGeocoder>(config_.geocoder_url)
                                          : nullptr) {
  addHealthRoutes(router_, database_);
  addAuthRoutes(router_, auth_, config_.publicUrlIsHttps());
  addUserRoutes(router_, users_);
  addApiTokenRoutes(router_, tokens_);
  addPropertyRoutes(router_, properties_);
  addPhotoRoutes(router_, photos_, config_.photo_max_megabytes * 1024 * 1024);
  addMapSettingsRoute(router_, config_);
  addGeocodeRoute(router_, geocoder_.get());
  addContactRoutes(router_, contacts_);
  addPropertyOwnerRoutes(router_, owners_);
  addTaskRoutes(router_, tasks_, notifications_);
  addDashboardRoutes(router_, dashboard_);
  leads_.addRoutes(router_);
  properties_.onSave(std::bind_front(&MatchingService::propertySaved, &matching_));
  addMatchingRoutes(router_, matching_);
  templates_.addRoutes(router_, leads_.leads());
  server_ = std::make_unique<HttpServer>(config_.listen_host, config_.listen_port, config_.http_threads,
                                         pipeline());
}

App::~App() = default;

Next App::pipeline() const {
  Pipeline pipeline;
  pipeline.use(std::make_unique<RequestIdMiddleware>())
      .use(std::make_unique<AccessLogMiddleware>())
      .use(std::make_unique<SecurityHeadersMiddleware>(config_.publicUrlIsHttps(),
                                                       tileOrigin(config_.map_tile_url)))
      .use(std::make_unique<ErrorMiddleware>())
      .use(std::make_unique<RoutingMiddleware>(router_, StaticFiles(config_.web_dir)))
      .use(std::make_unique<BodyLimitMiddleware>(config_.max_body_bytes))
      .use(std::make_unique<AuthenticationMiddleware>(auth_, config_.publicUrlIsHttps()))
      .use(std::make_unique<AuthorizationMiddleware>())
      .use(std::make_unique<CsrfMiddleware>());
  return pipeline.build([](Request& request) { return request.route->handler(request); });
}

void App::start() {
  server_->start();
}

void App::stop(std::chrono::seconds grace) {
  server_->stop(grace);
}

}  // namespace logis
