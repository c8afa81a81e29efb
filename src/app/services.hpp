#pragma once

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
#include "jobs/job_queue.hpp"
#include "jobs/job_service.hpp"
#include "leads/lead_module.hpp"
#include "mail/email_outbox.hpp"
#include "mail/inbound_mail_module.hpp"
#include "mail/mail_account_service.hpp"
#include "matching/matching_service.hpp"
#include "properties/photo_service.hpp"
#include "properties/property_service.hpp"
#include "properties/property_sheet.hpp"
#include "sms/sms_module.hpp"
#include "storage/media_storage.hpp"
#include "tasks/notification_service.hpp"
#include "tasks/task_service.hpp"
#include "templates/template_module.hpp"
#include "visits/availability_service.hpp"
#include "visits/visit_documents.hpp"
#include "visits/visit_notifications.hpp"
#include "visits/visit_service.hpp"

namespace logis {

// The database and every domain service, wired once. The HTTP server (App) and the background worker
// (`logis worker`) build the same Services, so a job handler runs exactly the code a request would.
struct Services {
  Services(Config config, const Clock& clock);
  ~Services();
  Services(const Services&) = delete;
  Services& operator=(const Services&) = delete;

  Config config;
  const Clock& clock;
  Database database;
  jobs::JobQueue job_queue{database, clock};
  jobs::JobService job_admin{database, clock};
  AuthService auth;
  UserService users;
  ApiTokenService tokens;
  PropertyService properties;
  MatchingService matching{database, clock};
  LocalMediaStorage media;
  PropertySheet property_sheets{database, media};
  PhotoProcessor photo_processor;
  PhotoService photos;
  ContactService contacts;
  PropertyOwnerService owners;
  TaskService tasks;
  NotificationService notifications;
  DashboardService dashboard;
  LeadModule leads;
  sms::SmsModule sms{database, clock, job_queue, contacts, leads, config};
  InboundMailModule mail_in{database, clock, media, contacts, leads, config};
  MailAccountService mail_accounts{database, clock, crypto::SecretBox::fromKeyFile(config.secret_key_file)};
  EmailOutbox outbox{database, clock, job_queue, leads.interactions(), mail_accounts, media};
  TemplateModule templates{database, clock, config, contacts};
  visits::VisitService visits{database, clock, leads.interactions()};
  visits::AvailabilityService availability{database, clock};
  visits::VisitDocuments visit_documents{database, clock, tasks, leads.interactions(), media, outbox};
  visits::VisitNotifications visit_notifications{
      database, clock, job_queue, outbox, sms.messages(), templates.templates(), config.public_url};
  std::unique_ptr<geo::Geocoder> geocoder;
};

}  // namespace logis
