#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

#include "core/clock.hpp"
#include "db/database.hpp"
#include "properties/photo_repository.hpp"
#include "properties/property_repository.hpp"

namespace logis {

inline constexpr std::string_view kBenchAgency = "Réseau Bench Logis";
inline constexpr std::string_view kBenchAdminEmail = "bench@logis.test";
inline constexpr std::string_view kBenchPassword = "bench-logis-2026";

struct BenchSeedOptions {
  std::int64_t properties = 0;
  std::int64_t agencies = 1;
  std::uint64_t seed = 1;
  // Prospects of the first agency: contacts, the first `leads` of them with one lead and its search each,
  // and `interactions` spread over those leads.
  std::int64_t contacts = 0;
  std::int64_t leads = 0;
  std::int64_t interactions = 0;
};

// `logis seed-bench`: a listing base at load-test scale, fast, into a database with no agency yet. The
// first agency's admin is bench@logis.test; every agency has agents (same password), and the properties
// are shared out among the agencies. Rows go in by thousands per statement and ten thousand per transaction,
// while the next batch is generated on another thread; each row holds what PropertyService would have stored
// (fields through property_fields, derived columns, references from the agency counter) and its
// search-index entries. Photo rows reference files that do not exist.
class BenchSeeder {
 public:
  BenchSeeder(const Database& database, const Clock& clock, std::ostream& progress);

  // Throws std::runtime_error when the database holds an agency already: a bench base is disposable, and
  // its well-known logins must never land in a real one. Without properties, seeds only prospects, and
  // adds them to the bench agency of an earlier run (ids after the largest ones there).
  void seed(const BenchSeedOptions& options) const;

 private:
  struct Agency;
  struct Batch;
  struct NextIds {
    std::int64_t property = 0;
    std::int64_t photo = 0;
  };

  std::vector<Agency> createAgencies(const BenchSeedOptions& options) const;
  void seedAgency(Agency& agency, std::int64_t count, std::uint64_t seed, NextIds& ids) const;
  void write(const Agency& agency, const Batch& batch) const;
  void seedProspects(const BenchSeedOptions& options) const;

  const Database& db_;
  const Clock& clock_;
  std::ostream& progress_;
  PropertyRepository properties_;
  PhotoRepository photos_;
};

}  // namespace logis
