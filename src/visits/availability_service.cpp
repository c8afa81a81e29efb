#include "visits/availability_service.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "core/paris_time.hpp"
#include "core/time_format.hpp"
#include "http/query_params.hpp"
#include "visits/visit_wording.hpp"

namespace logis::visits {
namespace {

using Problems = std::map<std::string, Text>;

constexpr EpochMs kDayMs = 24 * 3'600'000;
constexpr std::int64_t kMaxRangeDays = 62;
constexpr std::size_t kMaxRanges = 42;
constexpr EpochMs kMaxUnavailabilityMs = 366 * kDayMs;

std::string clockTime(int minute) {
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
  return text;
}

// "09:30" -> 570; "24:00" is the end of the day.
std::optional<int> minuteOf(const nlohmann::json &value) {
  if (!value.is_string())
    return std::nullopt;
  const auto text = value.get<std::string>();
  int hour = 0;
  int minute = 0;
  char rest = 0;
  if (text.size() != 5 ||
      std::sscanf(text.c_str(), "%2d:%2d%c", &hour, &minute, &rest) != 2 ||
      text[2] != ':') {
    return std::nullopt;
  }
  if (hour < 0 || minute < 0 || minute > 59 || hour > 24 ||
      (hour == 24 && minute != 0))
    return std::nullopt;
  return hour * 60 + minute;
}

std::optional<WorkingRange> rangeFrom(const nlohmann::json &item,
                                      const std::string &prefix,
                                      Problems &problems) {
  if (!item.is_object())
    return problems.emplace(prefix, Text{"availability.range_object"}),
           std::nullopt;
  WorkingRange range;
  const auto weekday = item.value("weekday", nlohmann::json());
  if (!weekday.is_number_integer() || weekday.get<int>() < 1 ||
      weekday.get<int>() > 7) {
    problems.emplace(prefix + ".weekday", Text{"availability.weekday_invalid"});
  } else {
    range.weekday = weekday.get<int>();
  }
  const auto starts = minuteOf(item.value("starts", nlohmann::json()));
  const auto ends = minuteOf(item.value("ends", nlohmann::json()));
  if (!starts)
    problems.emplace(prefix + ".starts", Text{"availability.time_invalid"});
  if (!ends)
    problems.emplace(prefix + ".ends", Text{"availability.time_invalid"});
  if (!starts || !ends)
    return std::nullopt;
  if (*ends <= *starts)
    return problems.emplace(prefix + ".ends", Text{"visit.ends_before_start"}),
           std::nullopt;
  range.starts_minute = *starts;
  range.ends_minute = *ends;
  return range;
}

std::vector<WorkingRange> rangesFrom(const nlohmann::json &input) {
  Problems problems;
  const auto list = input.value("working_hours", nlohmann::json());
  if (!list.is_array() || list.size() > kMaxRanges) {
    throw ApiError::invalidFields(
        {{"working_hours", Text{"availability.ranges_list",
                                {{"max", std::to_string(kMaxRanges)}}}}});
  }
  std::vector<WorkingRange> ranges;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto prefix = "working_hours[" + std::to_string(i) + "]";
    const auto range = rangeFrom(list[i], prefix, problems);
    if (!range)
      continue;
    const bool overlaps = std::any_of(
        ranges.begin(), ranges.end(), [&](const WorkingRange &other) {
          return other.weekday == range->weekday &&
                 other.starts_minute < range->ends_minute &&
                 range->starts_minute < other.ends_minute;
        });
    if (overlaps)
      problems.emplace(prefix, Text{"availability.ranges_overlap"});
    ranges.push_back(*range);
  }
  if (!problems.empty())
    throw ApiError::invalidFields(problems);
  return ranges;
}

nlohmann::json hoursJson(const std::vector<WorkingRange> &ranges) {
  auto items = nlohmann::json::array();
  for (const auto &range : ranges) {
    items.push_back({{"weekday", range.weekday},
                     {"starts", clockTime(range.starts_minute)},
                     {"ends", clockTime(range.ends_minute)}});
  }
  return items;
}

nlohmann::json unavailabilityJson(const Unavailability &item) {
  return {{"id", item.id},
          {"starts_at", isoUtc(item.starts_at)},
          {"ends_at", isoUtc(item.ends_at)},
          {"reason",
           item.reason ? nlohmann::json(*item.reason) : nlohmann::json()}};
}

} // namespace

AvailabilityService::AvailabilityService(const Database &database,
                                         const Clock &clock)
    : db_(database), clock_(clock), availability_(database), visits_(database),
      directory_(database) {}

void AvailabilityService::checkAgent(const Principal &caller,
                                     std::int64_t agent_id,
                                     bool changing) const {
  if (directory_.userNames(caller.agency_id, {agent_id}, true).empty())
    throw ApiError::notFound();
  if (changing &&
      !Policy::allowsOn(caller, Action::manage_availability, agent_id))
    throw ApiError::forbidden();
}

nlohmann::json AvailabilityService::hoursBody(std::int64_t agency_id,
                                              std::int64_t agent_id) const {
  return {{"agent_id", agent_id},
          {"time_zone", std::string(directory_.zone(agency_id).name())},
          {"working_hours",
           hoursJson(availability_.workingHours(agency_id, agent_id))}};
}

nlohmann::json AvailabilityService::availability(
    const Principal &caller, std::int64_t agent_id, std::optional<EpochMs> from,
    std::optional<EpochMs> to) const {
  checkAgent(caller, agent_id, false);
  const auto agency = caller.agency_id;
  const auto zone = directory_.zone(agency);
  const auto start = from.value_or(zone.startOfDay(clock_.now()));
  const auto end =
      to.value_or(zone.startOfDay(start + 7 * kDayMs + kDayMs / 2));
  if (end <= start || end - start > kMaxRangeDays * kDayMs) {
    throw invalidQuery("to", "from < to, " + std::to_string(kMaxRangeDays) +
                                 " jours au plus");
  }
  auto body = hoursBody(agency, agent_id);
  std::vector<Interval> taken;
  auto unavailable = nlohmann::json::array();
  for (const auto &item :
       availability_.unavailabilities(agency, agent_id, start, end)) {
    unavailable.push_back(unavailabilityJson(item));
    taken.push_back({item.starts_at, item.ends_at});
  }
  auto busy = nlohmann::json::array();
  for (const auto &visit : visits_.agentsBusy(agency, {agent_id}, start, end)) {
    const auto property = visit.property_id
                              ? directory_.property(agency, *visit.property_id)
                              : std::nullopt;
    busy.push_back({{"visit_id", visit.id},
                    {"kind", visit.kind},
                    {"status", visit.status},
                    {"starts_at", isoUtc(visit.starts_at)},
                    {"ends_at", isoUtc(visit.ends_at)},
                    {"label", visitLabel(visit.kind, property)}});
    taken.push_back({visit.starts_at, visit.ends_at});
  }
  auto hours = availability_.workingHours(agency, agent_id);
  if (hours.empty())
    hours = defaultWorkingHours();
  auto free = nlohmann::json::array();
  for (const auto &slot :
       subtract(workingIntervals(hours, zone, start, end), taken)) {
    free.push_back({{"starts_at", isoUtc(slot.starts_at)},
                    {"ends_at", isoUtc(slot.ends_at)}});
  }
  body["from"] = isoUtc(start);
  body["to"] = isoUtc(end);
  body["unavailabilities"] = unavailable;
  body["busy"] = busy;
  body["free"] = free;
  return body;
}

nlohmann::json
AvailabilityService::replaceWorkingHours(const Principal &caller,
                                         std::int64_t agent_id,
                                         const nlohmann::json &input) const {
  checkAgent(caller, agent_id, true);
  const auto ranges = rangesFrom(input);
  db_.transaction([&] {
    availability_.replaceWorkingHours(caller.agency_id, agent_id, ranges);
  });
  return hoursBody(caller.agency_id, agent_id);
}

nlohmann::json AvailabilityService::addUnavailability(const Principal &caller,
                                                      std::int64_t agent_id,
                                                      JsonInput &input) const {
  checkAgent(caller, agent_id, true);
  Unavailability item;
  item.user_id = agent_id;
  const auto readInstant = [&](const std::string &name) {
    const auto text = input.requiredString(name, 40);
    const auto instant = parseIsoInstant(text);
    if (!instant && !input.hasProblem(name))
      input.reject(name, {"visit.datetime_invalid"});
    return instant.value_or(0);
  };
  item.starts_at = readInstant("starts_at");
  item.ends_at = readInstant("ends_at");
  item.reason = input.optionalString("reason", 200);
  if (!input.hasProblem("starts_at") && !input.hasProblem("ends_at")) {
    if (item.ends_at <= item.starts_at)
      input.reject("ends_at", {"visit.ends_before_start"});
    if (item.ends_at - item.starts_at > kMaxUnavailabilityMs)
      input.reject("ends_at", {"availability.too_long"});
  }
  input.finish();
  item.id = availability_.insertUnavailability(caller.agency_id, item,
                                               caller.user_id, clock_.now());
  return unavailabilityJson(item);
}

void AvailabilityService::removeUnavailability(const Principal &caller,
                                               std::int64_t agent_id,
                                               std::int64_t id) const {
  checkAgent(caller, agent_id, true);
  if (!availability_.deleteUnavailability(caller.agency_id, agent_id, id))
    throw ApiError::notFound();
}

} // namespace logis::visits
