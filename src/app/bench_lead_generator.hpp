#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/sql_value.hpp"

namespace logis {

// One generated prospect: a contact, the lead it made, the lead's search, and the timeline of that lead;
// each as the values of a row, in the column order of BenchLeadGenerator's *_columns.
struct BenchProspect {
  std::vector<SqlValue> contact;
  std::vector<SqlValue> lead;
  std::vector<SqlValue> criterion;
  std::vector<std::vector<SqlValue>> interactions;
};

// Realistic French buyers and tenants for load tests: names, lowercased emails and E.164 mobile numbers
// (+336/+337), email and SMS consent, leads over the agency's sources and the four statuses, searches around
// the bench cities (a city, a radius around its centre or its postal code, budgets from its price per m²),
// and about five interactions a lead (calls, emails, SMS, visits, notes, status changes). The same seed gives
// the same prospects.
class BenchLeadGenerator {
 public:
  static const std::vector<std::string>& contactColumns();
  static const std::vector<std::string>& leadColumns();
  static const std::vector<std::string>& criterionColumns();
  static const std::vector<std::string>& interactionColumns();
  // The lead sources the leads use, as lead_sources rows (code, label, position).
  static const std::vector<std::vector<std::string>>& sources();

  // Contacts are created over the three years before `last_created`; `interactions_per_lead` on average.
  BenchLeadGenerator(std::uint64_t seed, std::int64_t agency_id, std::int64_t count, EpochMs last_created,
                     std::vector<std::int64_t> agent_ids, double interactions_per_lead);

  // The prospect with these ids (the interactions' ids follow `first_interaction_id`).
  BenchProspect next(std::int64_t contact_id, std::int64_t lead_id, std::int64_t criterion_id,
                     std::int64_t first_interaction_id);

 private:
  double unit();
  std::int64_t below(std::int64_t n);
  bool chance(double probability) { return unit() < probability; }
  std::size_t weighted(const std::vector<double>& weights);
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(below(static_cast<std::int64_t>(items.size())))];
  }
  std::string phone();

  std::mt19937_64 engine_;
  std::int64_t agency_id_;
  std::int64_t count_;
  std::int64_t index_ = 0;
  EpochMs first_created_;
  EpochMs last_created_;
  std::vector<std::int64_t> agent_ids_;
  double interactions_per_lead_;
  std::vector<double> city_weights_;
};

}  // namespace logis
