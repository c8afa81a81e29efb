#pragma once

#include <functional>
#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "properties/property_repository.hpp"

namespace logis {

// The rules of a property record: validation (every problem named by field), derived values (price
// excluding fees, price per m², references), ownership for agents, the change history, and the
// "ready to publish" check of a legal French ad.
class PropertyService {
 public:
  PropertyService(const Database& database, const Clock& clock);

  // Called inside the transaction that saves a property, with the record before (a new one's defaults)
  // and after: matching queues its alerts there.
  using SaveListener = std::function<void(std::int64_t agency_id, std::int64_t property_id,
                                          const nlohmann::json& before, const nlohmann::json& after)>;
  void onSave(SaveListener listener) { on_save_ = std::move(listener); }

  PropertyPage search(const Principal& caller, const PropertySearch& search, std::int64_t offset,
                      std::int64_t limit) const;
  // Located properties for the map: total counts all matches, items at most `limit`.
  PropertyPage points(const Principal& caller, const PropertySearch& search, std::int64_t limit) const;
  nlohmann::json get(const Principal& caller, std::int64_t id) const;
  nlohmann::json create(const Principal& caller, const nlohmann::json& input) const;
  nlohmann::json update(const Principal& caller, std::int64_t id, const nlohmann::json& input) const;
  void archive(const Principal& caller, std::int64_t id) const;
  PropertyPage history(const Principal& caller, std::int64_t id, std::int64_t offset,
                       std::int64_t limit) const;

 private:
  nlohmann::json stored(const Principal& caller, std::int64_t id) const;
  nlohmann::json save(const Principal& caller, std::optional<std::int64_t> id, const nlohmann::json& before,
                      const nlohmann::json& input) const;

  const Database& db_;
  const Clock& clock_;
  PropertyRepository properties_;
  SaveListener on_save_;
};

// What a legal French ad still lacks: codes among price, fees, fees_paid_by, living_area, city, dpe, ges,
// energy_cost, photos.
std::vector<std::string> missingForPublication(const nlohmann::json& property);

}  // namespace logis
