#include "app/services.hpp"

#include <functional>

#include "geo/ban_geocoder.hpp"
#include "geo/sqlite_geo_functions.hpp"

namespace logis {
namespace {

SessionLimits sessionLimits(const Config& config) {
  return {EpochMs{config.session_idle_minutes} * 60 * 1000,
          EpochMs{config.session_absolute_hours} * 3600 * 1000};
}

}  // namespace

Services::Services(Config config_in, const Clock& clock_in)
    : config(std::move(config_in)),
      clock(clock_in),
      database(config.database_url, config.http_threads + 8, geo::registerSqliteGeoFunctions),
      auth(database, clock, sessionLimits(config)),
      users(database, clock),
      tokens(database, clock),
      properties(database, clock),
      media(config.media_dir),
      photo_processor({config.photo_max_megabytes, config.photo_max_megapixels}),
      photos(database, clock, media, photo_processor),
      contacts(database, clock),
      owners(database, properties, contacts),
      tasks(database, clock),
      notifications(database, clock),
      dashboard(database, clock, tasks),
      leads(database, clock, contacts, config),
      geocoder(config.geocoderEnabled() ? std::make_unique<geo::BanGeocoder>(config.geocoder_url) : nullptr) {
  properties.onSave(std::bind_front(&MatchingService::propertySaved, &matching));
  visits.setAnswerDocuments(std::bind_front(&visits::VisitDocuments::attachTo, &visit_documents));
  visits.setObserver(&visit_notifications.notifier());
  outbox.setTemplateRenderer([this](const Principal& by, const EmailTemplateRequest& request) {
    const auto rendered = templates.templates().preview(
        by, "email", request.template_id, {request.contact_id, request.lead_id, request.property_id, {}, request.visit_id});
    return RenderedEmail{rendered.at("subject").get<std::string>(), rendered.at("body_html").get<std::string>()};
  });
  outbox.setPropertySheetRenderer([this](std::int64_t agency_id, std::int64_t property_id) {
    auto sheet = property_sheets.render(agency_id, property_id);
    if (!sheet) return std::optional<EmailAttachmentData>();
    return std::optional<EmailAttachmentData>({sheet->filename, "application/pdf", std::move(sheet->pdf)});
  });
}

Services::~Services() = default;

}  // namespace logis
