#include "contacts/property_owner_service.hpp"

#include "auth/policy.hpp"
#include "core/api_error.hpp"

namespace logis {
namespace {

constexpr std::size_t kMaxOwners = 10;

}  // namespace

std::vector<std::int64_t> PropertyOwnerService::ownerIds(std::int64_t agency_id,
                                                         std::int64_t property_id) const {
  std::vector<std::int64_t> ids;
  for (const auto& row : db_.query("SELECT contact_id FROM property_owners WHERE agency_id = ? AND "
                                   "property_id = ? ORDER BY contact_id",
                                   {agency_id, property_id})) {
    ids.push_back(row.integer("contact_id"));
  }
  return ids;
}

nlohmann::json PropertyOwnerService::list(const Principal& caller, std::int64_t property_id) const {
  properties_.get(caller, property_id);
  auto items = nlohmann::json::array();
  const auto ids = ownerIds(caller.agency_id, property_id);
  for (const auto id : ids) {
    if (auto contact = contacts_.find(caller.agency_id, id)) items.push_back(std::move(*contact));
  }
  return {{"contact_ids", ids}, {"items", items}};
}

nlohmann::json PropertyOwnerService::replace(const Principal& caller, std::int64_t property_id,
                                             const nlohmann::json& input) const {
  const auto property = properties_.get(caller, property_id);
  const auto agent = property["agent_id"].is_null()
                         ? std::nullopt
                         : std::optional<std::int64_t>(property["agent_id"].get<std::int64_t>());
  if (!Policy::allowsOn(caller, Action::edit_properties, agent)) throw ApiError::forbidden();
  const auto given = input.find("contact_ids");
  if (given == input.end() || !given->is_array()) {
    throw ApiError::invalidFields(
        {{"contact_ids", {given == input.end() ? "field.required" : "contact.list_expected"}}});
  }
  if (given->size() > kMaxOwners) {
    throw ApiError::invalidFields(
        {{"contact_ids", {"contact.too_many_channels", {{"max", std::to_string(kMaxOwners)}}}}});
  }
  std::vector<std::int64_t> ids;
  for (const auto& item : *given) {
    if (!item.is_number_integer())
      throw ApiError::invalidFields({{"contact_ids", {"field.must_be_integer"}}});
    const auto id = item.get<std::int64_t>();
    const auto contact = contacts_.find(caller.agency_id, id);
    if (!contact || !(*contact)["erased_at"].is_null()) {
      throw ApiError::invalidFields(
          {{"contact_ids", {"contact.owner_unknown", {{"id", std::to_string(id)}}}}});
    }
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  db_.transaction([&] {
    db_.execute("DELETE FROM property_owners WHERE agency_id = ? AND property_id = ?",
                {caller.agency_id, property_id});
    for (const auto id : ids) contacts_.linkOwner(caller.agency_id, property_id, id);
  });
  return list(caller, property_id);
}

}  // namespace logis
