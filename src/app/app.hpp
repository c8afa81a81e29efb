#pragma once

#include <chrono>
#include <memory>

#include "auth/api_token_service.hpp"
#include "auth/auth_service.hpp"
#include "auth/user_service.hpp"
#include "contacts/contact_service.hpp"
#include "contacts/property_owner_service.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "dashboard/dashboard_service.hpp"
#include "db/database.hpp"
#include "geo/geocoder.hpp"
#include "http/http_server.hpp"
#include "http/router.hpp"
#include "leads/lead_module.hpp"
#include "matching/matching_service.hpp"
#include "properties/photo_service.hpp"
#include "properties/property_service.hpp"
#include "storage/media_storage.hpp"
#include "tasks/notification_service.hpp"
#include "tasks/task_service.hpp"
#include "templates/template_module.hpp"

namespace logis {

// The whole server, wired once: database, services, routes, middleware, HTTP. `logis serve` and the API
// tests build the same App, so the tests exercise exactly what runs in production.
class App {
 public:
  App(Config config, const Clock& clock);
  ~App();

  void start();
  void stop(std::chrono::seconds grace = std::chrono::seconds(30));
  std::uint16_t port() const { return server_->port(); }

  const Config& config() const { return config_; }
  const Database& database() const { return database_; }
  const Router& router() const { return router_; }
  const UserService& users() const { return users_; }
  const LeadModule& leads() const { return leads_; }
  const TemplateModule& templates() const { return templates_; }

 private:
  Next pipeline() const;

  Config config_;
  const Clock& clock_;
  Database database_;
  AuthService auth_;
  UserService users_;
  ApiTokenService tokens_;
  PropertyService properties_;
  MatchingService matching_{database_, clock_};
  LocalMediaStorage media_;
  PhotoProcessor photo_processor_;
  PhotoService photos_;
  ContactService contacts_;
  PropertyOwnerService owners_;
  TaskService tasks_;
  NotificationService notifications_;
  DashboardService dashboard_;
  LeadModule leads_;
  TemplateModule templates_{database_, clock_, config_, contacts_};
  std::unique_ptr<geo::Geocoder> geocoder_;
  Router router_;
  std::unique_ptr<HttpServer> server_;
};

}  // namespace logis
