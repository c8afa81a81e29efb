#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {


// One email (lowercased) or phone (E.164) of a contact; the first of each kind is the primary one.
struct ContactChannel {
  std::string value;
  std::optional<std::string> label;
  bool operator==(const ContactChannel& other) const { return value == other.value; }
};

struct ContactChannels {
  std::vector<ContactChannel> emails;
  std::vector<ContactChannel> phones;
};

// A list query: live contacts (neither merged nor erased) matching every given filter.
struct ContactSearch {
  std::vector<std::string> name_prefixes;  // each a prefix of the first or the last name
  std::optional<std::string> email_prefix;
  std::optional<std::string> phone_prefix;  // E.164 prefix
  std::optional<std::int64_t> roles_bit;
  std::optional<std::int64_t> agent_id;
  bool recent_first = false;  // default: by last name, first name
};

struct ContactRows {
  std::vector<Row> rows;
  std::int64_t total = 0;
  bool total_exact = true;
};

// The SQL of contacts and their channels and consents. Every method takes the agency and filters on it.
class ContactRepository {
 public:
  explicit ContactRepository(const Database& database) : db_(database) {}

  // The row whatever its state (merged, erased): callers decide what a state means.
  std::optional<Row> find(std::int64_t agency_id, std::int64_t id) const;
  std::vector<ContactChannel> channels(std::int64_t agency_id, std::int64_t contact_id,
                                       const std::string& kind) const;
  // The channels of several contacts in one query, by contact id (absent: no channel).
  std::map<std::int64_t, ContactChannels> channelsOf(std::int64_t agency_id,
                                                     const std::vector<std::int64_t>& ids) const;
  std::int64_t insert(std::int64_t agency_id, const Columns& columns) const;
  void update(std::int64_t agency_id, std::int64_t id, const Columns& columns) const;
  // Rewrites the channels of one kind in order, and the contact's copy of the primary one.
  void replaceChannels(std::int64_t agency_id, std::int64_t contact_id, const std::string& kind,
                       const std::vector<ContactChannel>& channels) const;
  // Live contacts (neither merged nor erased) holding this channel value.
  std::vector<std::int64_t> holdersOf(std::int64_t agency_id, const std::string& kind,
                                      const std::string& value) const;
  // id, first_name, last_name, email, phone of each contact, by id.
  std::vector<Row> summaries(std::int64_t agency_id, const std::vector<std::int64_t>& ids) const;

  void addConsent(std::int64_t agency_id, std::int64_t contact_id, const std::string& channel, bool granted,
                  EpochMs at, const std::string& source, const std::string& wording,
                  const std::optional<std::string>& ip, std::optional<std::int64_t> user_id) const;
  // Moves last_inbound_at forward to `at` (never back).
  void touchInbound(std::int64_t agency_id, std::int64_t contact_id, EpochMs at) const;
  bool isAgencyUser(std::int64_t agency_id, std::int64_t user_id) const;

  // Totals are exact up to kExactTotalLimit matches, a lower bound past it (total_exact false).
  static constexpr std::int64_t kExactTotalLimit = 10000;
  ContactRows search(std::int64_t agency_id, const ContactSearch& search, std::int64_t offset,
                     std::int64_t limit) const;
  // Live contacts other than `id` sharing one of its channels or its exact first and last name.
  std::vector<std::int64_t> similarTo(std::int64_t agency_id, std::int64_t id) const;

  // Moves everything that hangs on `from` to `into` (channels not already there, consents, leads,
  // interactions, tasks, ownerships) and marks `from` merged into `into`.
  void moveAll(std::int64_t agency_id, std::int64_t from, std::int64_t into, EpochMs now) const;
  // The latest consent of each channel, as the contact's current consent.
  void refreshConsents(std::int64_t agency_id, std::int64_t contact_id) const;
  // Replaces what identifies the person; keeps dates, statuses and sources.
  void anonymise(std::int64_t agency_id, std::int64_t contact_id, EpochMs now) const;

  // Inserts the ownership unless it exists.
  void addOwner(std::int64_t agency_id, std::int64_t property_id, std::int64_t contact_id) const;
  void addAudit(std::int64_t agency_id, std::optional<std::int64_t> user_id, const std::string& action,
                std::int64_t contact_id, EpochMs at, const nlohmann::json& details) const;
  // Every grant and withdrawal of consent, newest first: {id, channel, granted, at, source, wording}.
  nlohmann::json consentHistory(std::int64_t agency_id, std::int64_t contact_id) const;
  // The agency's properties the contact owns: {id, reference, title}.
  nlohmann::json ownedProperties(std::int64_t agency_id, std::int64_t contact_id) const;
  // Everything held on the contact, table by table, as stored (RGPD access right).
  nlohmann::json exportRows(std::int64_t agency_id, std::int64_t contact_id) const;

 private:
  const Database& db_;
};

}  // namespace logis
