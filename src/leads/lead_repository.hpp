#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "properties/property_fields.hpp"

namespace logis {

// GET /api/v1/leads filters; every one is optional.
struct LeadFilter {
  std::vector<std::string> statuses;
  std::optional<std::string> source;
  std::optional<std::int64_t> assigned_to;
  std::optional<EpochMs> created_from;    // inclusive
  std::optional<EpochMs> created_before;  // exclusive
  std::optional<EpochMs> overdue_at;      // open leads whose next action is before this instant
  std::vector<std::string> words;         // each a prefix of the contact's name, email or phone
};

struct LeadPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
  bool total_exact = true;
  std::map<std::string, std::int64_t> counts;  // by status, for the filter without its statuses
  bool counts_exact = true;
};

// The SQL of leads and their criteria. Every method takes the agency and filters on it. A lead is
// returned as JSON with its contact, property and assignee summaries (read-only joins).
class LeadRepository {
 public:
  explicit LeadRepository(const Database& database) : db_(database) {}

  static const std::vector<std::string>& statuses();
  // Totals and counts are exact up to this many leads, a lower bound past it (as for properties).
  static constexpr std::int64_t kExactTotalLimit = 1000;

  std::optional<nlohmann::json> find(std::int64_t agency_id, std::int64_t id) const;
  LeadPage search(std::int64_t agency_id, const LeadFilter& filter, std::int64_t offset,
                  std::int64_t limit) const;
  std::int64_t insert(std::int64_t agency_id, const Columns& columns) const;
  void update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const;

  nlohmann::json criteria(std::int64_t agency_id, std::int64_t lead_id) const;
  // The lead's criteria become `items`: those with an id keep it (and are updated), the others are
  // added, and the criteria not listed are deleted.
  void replaceCriteria(std::int64_t agency_id, std::int64_t lead_id,
                       const std::vector<std::pair<std::optional<std::int64_t>, Columns>>& items,
                       EpochMs now) const;

  // A live property of the agency: {id, reference, title, city}.
  std::optional<nlohmann::json> property(std::int64_t agency_id, std::int64_t id) const;
  std::optional<nlohmann::json> propertyByReference(std::int64_t agency_id,
                                                    const std::string& reference) const;

  void notify(std::int64_t agency_id, std::int64_t user_id, std::int64_t lead_id, const std::string& text,
              EpochMs now) const;

 private:
  const Database& db_;
};

}  // namespace logis
