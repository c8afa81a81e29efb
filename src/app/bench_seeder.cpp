#include "app/bench_seeder.hpp"

#include <array>
#include <chrono>
#include <future>
#include <map>
#include <stdexcept>

#include "app/bench_lead_generator.hpp"
#include "auth/user_repository.hpp"
#include "core/crypto.hpp"
#include "core/time_format.hpp"
#include "db/sql.hpp"
#include "leads/criterion_places.hpp"
#include "properties/bench_listing_generator.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

constexpr std::int64_t kBatchSize = 10'000;
constexpr std::int64_t kProgressEvery = 100'000;
// Listings are dated up to this instant (2026-11-01 UTC) rather than "now", so a seed always gives the
// same rows.
constexpr EpochMs kLastCreated = 1'793'491'200'000;

std::string yearOf(EpochMs at) {
  return isoUtc(at).substr(0, 4);
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

struct BenchSeeder::Agency {
  std::int64_t id = 0;
  std::vector<std::int64_t> agent_ids;
  std::map<std::string, std::int64_t> references;  // the last reference number handed out, by year
};

// Rows ready for the database: generating and converting them is half the work, so it happens on another
// thread while the previous batch is written.
struct BenchSeeder::Batch {
  std::vector<std::pair<std::int64_t, Columns>> rows;
  std::vector<std::pair<std::int64_t, nlohmann::json>> records;
  std::vector<Photo> photos;
};

namespace {

// The columns of a generated listing, through the same conversions as PropertyService::save.
Columns columnsOf(const BenchListing& listing) {
  Columns columns;
  columns.reserve(propertyFields().size() + 9);
  for (const auto& field : propertyFields()) {
    auto value = toColumnValue(field, listing.record[std::string(field.name)]);
    if (std::holds_alternative<Text>(value)) {
      throw std::logic_error("seed-bench generated an invalid " + std::string(field.name));
    }
    columns.emplace_back(std::string(field.column), std::get<SqlValue>(std::move(value)));
  }
  for (auto& derived : derivedColumns(listing.record)) columns.push_back(std::move(derived));
  const auto agent = listing.record["agent_id"];
  const SqlValue author = agent.is_null() ? SqlValue{nullptr} : SqlValue{agent.get<std::int64_t>()};
  columns.emplace_back("created_at", listing.created_at);
  columns.emplace_back("created_by", author);
  columns.emplace_back("updated_at", listing.updated_at);
  columns.emplace_back("updated_by", author);
  columns.emplace_back("archived_at",
                       listing.archived_at ? SqlValue{*listing.archived_at} : SqlValue{nullptr});
  return columns;
}

void addPhotos(std::int64_t property_id, const BenchListing& listing, std::int64_t& next_photo_id,
               std::vector<Photo>& photos) {
  static const std::vector<std::string> captions = {"Séjour", "Cuisine", "Chambre", "Salle d'eau",
                                                    "Façade", "Jardin",  "Vue",     "Entrée"};
  for (int position = 0; position < listing.photo_count; ++position) {
    // Keys shaped as MediaStorage names them (no '.'), pointing at no file.
    const auto key = "properties/" + std::to_string(property_id) + "/bench-" + std::to_string(position) + "-";
    const bool landscape = (property_id + position) % 4 != 0;
    photos.push_back({next_photo_id++, property_id, position, position == 0,
                      captions[static_cast<std::size_t>(property_id + position) % captions.size()],
                      landscape ? 2048 : 1536, landscape ? 1536 : 2048, "image/jpeg", key + "original", key + "thumb",
                      key + "medium", key + "large", listing.created_at});
  }
}

}  // namespace

BenchSeeder::BenchSeeder(const Database& database, const Clock& clock, std::ostream& progress)
    : db_(database), clock_(clock), progress_(progress), properties_(database), photos_(database) {}

void BenchSeeder::seed(const BenchSeedOptions& options) const {
  if (options.properties == 0 && options.contacts > 0) return seedProspects(options);
  if (AgencyRepository(db_).any()) {
    throw std::runtime_error("the database holds agencies already: seed-bench loads into a fresh one");
  }
  const auto start = std::chrono::steady_clock::now();
  auto agencies = createAgencies(options);
  // Without an agency there is no property nor photo yet: photo ids can start at 1.
  NextIds ids{properties_.maxId() + 1, 1};
  const auto first_id = ids.property;
  const auto share = options.properties / options.agencies;
  for (std::size_t k = 0; k < agencies.size(); ++k) {
    const auto count = share + (k == 0 ? options.properties % options.agencies : 0);
    seedAgency(agencies[k], count, options.seed + k, ids);
  }
  const auto seconds = secondsSince(start);
  progress_ << "Seeded " << ids.property - first_id << " properties in " << agencies.size() << " agenc"
            << (agencies.size() > 1 ? "ies" : "y") << " in " << static_cast<std::int64_t>(seconds) << " s ("
            << static_cast<std::int64_t>(static_cast<double>(ids.property - first_id) /
                                         std::max(seconds, 1e-3))
            << " properties/s). Log in as " << kBenchAdminEmail << " / " << kBenchPassword << "\n";
  if (options.contacts > 0) seedProspects(options);
}

std::vector<BenchSeeder::Agency> BenchSeeder::createAgencies(const BenchSeedOptions& options) const {
  // The users go straight to the repository, with one hash for all: the password policy would refuse
  // bench-logis-2026 for bench@logis.test (it contains the email's local part), and hashing one Argon2id
  // per agent would cost more than the listings. Acceptable for a disposable base only (see seed()).
  const auto password_hash = crypto::hashPassword(kBenchPassword);
  const auto now = clock_.now();
  // About one agent per 5,000 listings, at least 2 and at most 200 per agency.
  const auto agents = std::clamp<std::int64_t>(options.properties / options.agencies / 5'000, 2, 200);
  const UserRepository users(db_);
  const AgencyRepository agencies_table(db_);
  std::vector<Agency> agencies(static_cast<std::size_t>(options.agencies));
  db_.transaction([&] {
    for (std::int64_t k = 0; k < options.agencies; ++k) {
      const auto number = std::to_string(k + 1);
      const auto suffix = k == 0 ? std::string() : std::string(".").append(number);
      auto& agency = agencies[static_cast<std::size_t>(k)];
      agency.id = agencies_table.insert(
          k == 0 ? std::string(kBenchAgency) : std::string(kBenchAgency).append(" ").append(number), now);
      User user;
      user.agency_id = agency.id;
      user.password_hash = password_hash;
      if (k == 0) {
        user.email = kBenchAdminEmail;
        user.name = "Admin Bench";
        user.role = Role::admin;
        users.insert(user, now);
      }
      user.role = Role::agent;
      for (std::int64_t a = 1; a <= agents; ++a) {
        user.email = "agent" + std::to_string(a) + suffix + "@bench.logis.test";
        user.name = "Agent Bench " + std::to_string(a) + suffix;
        agency.agent_ids.push_back(users.insert(user, now));
      }
    }
  });
  return agencies;
}

void BenchSeeder::seedAgency(Agency& agency, std::int64_t count, std::uint64_t seed, NextIds& ids) const {
  BenchListingGenerator generator(seed, count, kLastCreated, agency.agent_ids);
  const auto start = std::chrono::steady_clock::now();
  const auto make = [&](std::int64_t first_id, std::int64_t size) {
    Batch batch;
    for (auto id = first_id; id < first_id + size; ++id) {
      auto listing = generator.next();
      const auto year = yearOf(listing.created_at);
      listing.record["reference"] =
          generatedReference(listing.record["transaction"], year, ++agency.references[year]);
      batch.rows.emplace_back(id, columnsOf(listing));
      addPhotos(id, listing, ids.photo, batch.photos);
      batch.records.emplace_back(id, std::move(listing.record));
    }
    return batch;
  };
  const auto first_id = ids.property;
  const auto end_id = ids.property + count;
  auto pending = std::async(std::launch::async, make, ids.property, std::min(kBatchSize, count));
  // Two writers on two connections: MariaDB works one thread per connection, and a single one left the
  // second core to the generator alone.
  std::array<std::future<void>, 2> writers;
  for (std::size_t turn = 0; ids.property < end_id; ++turn) {
    auto batch = pending.get();
    const auto size = static_cast<std::int64_t>(batch.rows.size());
    ids.property += size;
    if (ids.property < end_id)
      pending =
          std::async(std::launch::async, make, ids.property, std::min(kBatchSize, end_id - ids.property));
    auto& writer = writers[turn % writers.size()];
    if (writer.valid()) writer.get();
    writer = std::async(std::launch::async,
                        [this, &agency, written = std::move(batch)] { write(agency, written); });
    const auto done = ids.property - first_id;
    if (done % kProgressEvery < size || ids.property == end_id) {
      progress_ << "  agency " << agency.id << ": " << done << " / " << count << " properties, "
                << static_cast<std::int64_t>(static_cast<double>(done) / std::max(secondsSince(start), 1e-3))
                << " rows/s" << std::endl;
    }
  }
  for (auto& writer : writers) {
    if (writer.valid()) writer.get();
  }
  for (const auto& [year, last] : agency.references) {
    properties_.raiseCounter(agency.id, referenceCounter(year), last);
  }
}

void BenchSeeder::write(const Agency& agency, const Batch& batch) const {
  db_.transaction([&] {
    properties_.insertMany(agency.id, batch.rows);
    properties_.indexMany(agency.id, batch.records);
    photos_.insertMany(agency.id, batch.photos);
  });
}

}  // namespace logis

namespace logis {
namespace {

std::string columnList(const std::vector<std::string>& columns) {
  std::string list;
  for (const auto& column : columns) list += (list.empty() ? "" : ", ") + column;
  return list;
}

void insertAll(const Database& db, const std::string& table, const std::vector<std::string>& columns,
               const std::vector<std::vector<SqlValue>>& rows) {
  db.insertRows("INSERT INTO " + table + " (" + columnList(columns) + ") VALUES", "(" + placeholders(columns.size()) + ")",
                rows);
}

std::int64_t nextId(const Database& db, const std::string& table) {
  return db.query("SELECT COALESCE(MAX(id), 0) + 1 AS id FROM " + table).at(0).integer("id");
}

struct ProspectBatch {
  std::vector<std::vector<SqlValue>> contacts;
  std::vector<std::vector<SqlValue>> leads;
  std::vector<std::vector<SqlValue>> criteria;
  std::vector<std::vector<SqlValue>> interactions;
};

}  // namespace

void BenchSeeder::seedProspects(const BenchSeedOptions& options) const {
  if (options.leads > options.contacts) throw std::runtime_error("--leads cannot exceed --contacts");
  const auto agency_id = AgencyRepository(db_).findByName(std::string(kBenchAgency));
  if (!agency_id) throw std::runtime_error("no bench agency: seed-bench --properties N first");
  std::vector<std::int64_t> agents;
  for (const auto& row :
       db_.query("SELECT id FROM users WHERE agency_id = ? AND role = 'agent' ORDER BY id", {*agency_id})) {
    agents.push_back(row.integer("id"));
  }
  if (db_.query("SELECT COUNT(*) AS n FROM lead_sources WHERE agency_id = ?", {*agency_id})
          .at(0)
          .integer("n") == 0) {
    std::vector<std::vector<SqlValue>> rows;
    for (const auto& source : BenchLeadGenerator::sources()) {
      rows.push_back({*agency_id, source[0], source[1], std::int64_t{std::stoi(source[2])}});
    }
    insertAll(db_, "lead_sources", {"agency_id", "code", "label", "position"}, rows);
  }
  const auto start = std::chrono::steady_clock::now();
  const double per_lead =
      options.leads == 0 ? 0 : static_cast<double>(options.interactions) / static_cast<double>(options.leads);
  BenchLeadGenerator generator(options.seed, *agency_id, options.contacts, kLastCreated, agents, per_lead);
  const auto first_contact = nextId(db_, "contacts");
  const auto first_lead = nextId(db_, "leads");
  const auto first_criterion = nextId(db_, "lead_criteria");
  std::int64_t next_interaction = nextId(db_, "interactions");
  std::int64_t interactions = 0;
  const auto make = [&](std::int64_t from, std::int64_t size) {
    ProspectBatch batch;
    for (auto i = from; i < from + size; ++i) {
      auto prospect =
          generator.next(first_contact + i, first_lead + i, first_criterion + i, next_interaction);
      batch.contacts.push_back(std::move(prospect.contact));
      if (i >= options.leads) continue;
      batch.leads.push_back(std::move(prospect.lead));
      batch.criteria.push_back(std::move(prospect.criterion));
      next_interaction += static_cast<std::int64_t>(prospect.interactions.size());
      for (auto& row : prospect.interactions) batch.interactions.push_back(std::move(row));
    }
    return batch;
  };
  const auto write = [this](const ProspectBatch& batch) {
    db_.transaction([&] {
      insertAll(db_, "contacts", BenchLeadGenerator::contactColumns(), batch.contacts);
      insertAll(db_, "leads", BenchLeadGenerator::leadColumns(), batch.leads);
      insertAll(db_, "lead_criteria", BenchLeadGenerator::criterionColumns(), batch.criteria);
      insertAll(db_, "interactions", BenchLeadGenerator::interactionColumns(), batch.interactions);
    });
  };
  // As for properties: the next batch is generated while two connections write the previous ones.
  std::int64_t done = 0;
  auto pending = std::async(std::launch::async, make, done, std::min(kBatchSize, options.contacts));
  std::array<std::future<void>, 2> writers;
  for (std::size_t turn = 0; done < options.contacts; ++turn) {
    auto batch = pending.get();
    const auto size = static_cast<std::int64_t>(batch.contacts.size());
    interactions += static_cast<std::int64_t>(batch.interactions.size());
    done += size;
    if (done < options.contacts) {
      pending = std::async(std::launch::async, make, done, std::min(kBatchSize, options.contacts - done));
    }
    auto& writer = writers[turn % writers.size()];
    if (writer.valid()) writer.get();
    writer = std::async(std::launch::async, [&write, written = std::move(batch)] { write(written); });
    if (done % kProgressEvery < size || done == options.contacts) {
      progress_ << "  agency " << *agency_id << ": " << done << " / " << options.contacts << " contacts, "
                << static_cast<std::int64_t>(static_cast<double>(done) / std::max(secondsSince(start), 1e-3))
                << " contacts/s" << std::endl;
    }
  }
  for (auto& writer : writers) {
    if (writer.valid()) writer.get();
  }
  // The indexed places of the criteria (migration 0010), as the leads module writes them.
  CriterionPlaces(db_).fillMissing();
  progress_ << "Seeded " << options.contacts << " contacts, " << std::min(options.leads, options.contacts)
            << " leads and their criteria, " << interactions << " interactions in "
            << static_cast<std::int64_t>(secondsSince(start)) << " s\n";
}

}  // namespace logis
