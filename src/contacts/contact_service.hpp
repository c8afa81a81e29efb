#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"
#include "contacts/contact_repository.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

// The people an agency knows (buyers, sellers, tenants, landlords): validation (every problem named by
// field), normalised channels (emails lowercased, phones in E.164), duplicate detection, and the proof
// of every consent to be contacted by email or SMS.
class ContactService {
 public:
  ContactService(const Database& database, const Clock& clock);

  // 422 naming each wrong field; 409 listing `duplicates` when an email or phone is already an agency
  // contact's, unless the input says "allow_duplicate": true. Returns the contact as JSON.
  nlohmann::json create(const Principal& by, const nlohmann::json& input) const;
  // Changes the given fields (`emails`/`phones` replace the lists, `email`/`phone` the primary entry);
  // the same rules as create. An erased contact cannot change (409).
  nlohmann::json update(const Principal& by, std::int64_t id, const nlohmann::json& input) const;
  // 404 for an unknown contact or another agency's; a merged one answers 404 with code "contact_merged"
  // and `merged_into_id`, the contact that now holds its data.
  nlohmann::json get(const Principal& by, std::int64_t id) const;
  // Live contacts (neither merged nor erased) of the agency with this email or this phone.
  std::vector<std::int64_t> findDuplicates(std::int64_t agency_id,
                                           const std::optional<std::string>& email_lower,
                                           const std::optional<std::string>& phone_e164) const;
  // Appends a grant or a withdrawal with its proof and sets the contact's current consent for the channel
  // ("email" or "sms"; anything else is a 422 on "channel").
  void recordConsent(std::int64_t agency_id, std::int64_t contact_id, std::string_view channel, bool granted,
                     std::string_view source, std::string_view wording, std::optional<std::string> ip,
                     std::optional<std::int64_t> user_id) const;
  // The person contacted the agency at `at` (a form, a call, an email): keeps the latest.
  void touchInbound(std::int64_t agency_id, std::int64_t contact_id, EpochMs at) const;
  // The contact as JSON; nullopt when absent from the agency or merged into another.
  std::optional<nlohmann::json> find(std::int64_t agency_id, std::int64_t id) const;

  struct Page {
    std::vector<nlohmann::json> items;
    std::int64_t total = 0;
    bool total_exact = true;
  };
  Page search(const Principal& by, const ContactSearch& search, std::int64_t offset,
              std::int64_t limit) const;
  // The bit of roles_mask for "acquereur", "vendeur", "locataire", "bailleur".
  static std::optional<std::int64_t> roleBit(std::string_view role);
  static std::string roleList();
  // Live contacts sharing an email, a phone or the exact name: candidates to merge.
  std::vector<nlohmann::json> duplicatesOf(const Principal& by, std::int64_t id) const;
  // `other_id` merged INTO `id`: its channels, consents, leads, interactions, tasks and ownerships move,
  // its empty fields fill the survivor's, and it answers as merged from then on. Audited.
  nlohmann::json merge(const Principal& by, std::int64_t id, std::int64_t other_id) const;
  // Everything held on the person (RGPD access right), with the contacts merged into it. Audited.
  nlohmann::json exportData(const Principal& by, std::int64_t id) const;
  // Makes the contact an owner of the property (nothing when it is already).
  void linkOwner(std::int64_t agency_id, std::int64_t property_id, std::int64_t contact_id) const;
  // Anonymises the person (RGPD erasure) and keeps dates, statuses and sources for statistics. Audited
  // once: erasing again changes nothing.
  nlohmann::json erase(const Principal& by, std::int64_t id) const;

 private:
  nlohmann::json save(const Principal& by, std::optional<std::int64_t> id, const nlohmann::json& input) const;
  nlohmann::json toJson(const Row& row) const;
  // The contact's row, 404 (or the merged pointer) otherwise.
  Row stored(const Principal& by, std::int64_t id) const;

  const Database& db_;
  const Clock& clock_;
  ContactRepository contacts_;
};

}  // namespace logis
