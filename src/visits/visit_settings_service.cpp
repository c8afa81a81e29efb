#include "visits/visit_settings_service.hpp"

#include <algorithm>
#include <map>

#include "core/api_error.hpp"
#include "core/strings.hpp"
#include "core/time_zone.hpp"

namespace logis::visits {
namespace {

nlohmann::json toJson(const VisitSettings& settings) {
  return {{"reminder_offsets_minutes", settings.reminder_offsets_minutes},
          {"remind_by_email", settings.remind_by_email},
          {"remind_by_sms", settings.remind_by_sms},
          {"remind_contacts", settings.remind_contacts},
          {"remind_agents", settings.remind_agents},
          {"time_zone", settings.time_zone}};
}

std::string offsetsText(const std::vector<int>& offsets) {
  std::string text;
  for (const auto offset : offsets) text += (text.empty() ? "" : ",") + std::to_string(offset);
  return text;
}

}  // namespace

VisitSettings VisitSettingsService::settings(std::int64_t agency_id) const {
  VisitSettings settings;
  if (const auto agency = db_.queryOne("SELECT time_zone FROM agencies WHERE id = ?", {agency_id}))
    settings.time_zone = agency->text("time_zone");
  const auto row = db_.queryOne("SELECT * FROM visit_settings WHERE agency_id = ?", {agency_id});
  if (!row) return settings;
  settings.reminder_offsets_minutes.clear();
  for (const auto& offset : splitNonEmpty(row->text("reminder_offsets"), ','))
    settings.reminder_offsets_minutes.push_back(std::stoi(offset));
  settings.remind_by_email = row->integer("remind_by_email") != 0;
  settings.remind_by_sms = row->integer("remind_by_sms") != 0;
  settings.remind_contacts = row->integer("remind_contacts") != 0;
  settings.remind_agents = row->integer("remind_agents") != 0;
  return settings;
}

nlohmann::json VisitSettingsService::get(const Principal& caller) const {
  return toJson(settings(caller.agency_id));
}

nlohmann::json VisitSettingsService::update(const Principal& caller, const nlohmann::json& input) const {
  auto next = settings(caller.agency_id);
  std::map<std::string, Text> problems;
  if (const auto offsets = input.find("reminder_offsets_minutes"); offsets != input.end()) {
    std::vector<int> values;
    bool valid = offsets->is_array();
    for (const auto& offset : valid ? *offsets : nlohmann::json::array()) {
      if (!offset.is_number_integer() || offset.get<std::int64_t>() < kMinOffset ||
          offset.get<std::int64_t>() > kMaxOffset) {
        valid = false;
        break;
      }
      values.push_back(offset.get<int>());
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    if (!valid) {
      problems.emplace("reminder_offsets_minutes",
                       Text{"visit_settings.offsets_invalid",
                            {{"min", std::to_string(kMinOffset)}, {"max", std::to_string(kMaxOffset)}}});
    } else if (values.size() > kMaxOffsets) {
      problems.emplace("reminder_offsets_minutes",
                       Text{"visit_settings.offsets_too_many", {{"max", std::to_string(kMaxOffsets)}}});
    } else {
      next.reminder_offsets_minutes = values;
    }
  }
  const std::map<std::string, bool*> flags = {{"remind_by_email", &next.remind_by_email},
                                              {"remind_by_sms", &next.remind_by_sms},
                                              {"remind_contacts", &next.remind_contacts},
                                              {"remind_agents", &next.remind_agents}};
  for (const auto& [name, flag] : flags) {
    const auto value = input.find(name);
    if (value == input.end()) continue;
    if (!value->is_boolean()) {
      problems.emplace(name, Text{"field.must_be_boolean"});
    } else {
      *flag = value->get<bool>();
    }
  }
  if (const auto zone = input.find("time_zone"); zone != input.end()) {
    if (!zone->is_string()) {
      problems.emplace("time_zone", Text{"field.must_be_string"});
    } else if (zone->get<std::string>().size() > 64 || !TimeZone::named(zone->get<std::string>())) {
      problems.emplace("time_zone", Text{"visit_settings.time_zone_unknown"});
    } else {
      next.time_zone = std::string(TimeZone::named(zone->get<std::string>())->name());
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);

  const auto now = clock_.now();
  const auto flag = [](bool value) { return SqlValue{std::int64_t{value ? 1 : 0}}; };
  const std::vector<SqlValue> values = {offsetsText(next.reminder_offsets_minutes),
                                        flag(next.remind_by_email),
                                        flag(next.remind_by_sms),
                                        flag(next.remind_contacts),
                                        flag(next.remind_agents),
                                        now,
                                        caller.agency_id};
  db_.transaction([&] {
    const auto updated = db_.execute(
        "UPDATE visit_settings SET reminder_offsets = ?, remind_by_email = ?, remind_by_sms = ?, "
        "remind_contacts = ?, remind_agents = ?, updated_at = ? WHERE agency_id = ?",
        values);
    if (updated == 0) {
      db_.execute(
          "INSERT INTO visit_settings (reminder_offsets, remind_by_email, remind_by_sms, remind_contacts, "
          "remind_agents, updated_at, agency_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
          values);
    }
    db_.execute("UPDATE agencies SET time_zone = ? WHERE id = ?", {next.time_zone, caller.agency_id});
  });
  return toJson(settings(caller.agency_id));
}

}  // namespace logis::visits
