#include "docs/letterhead.hpp"

namespace logis::docs {

AgencyFacts agencyFacts(const Database& database, std::int64_t agency_id) {
  const auto row =
      database.query("SELECT name, address, phone, time_zone FROM agencies WHERE id = ?", {agency_id}).at(0);
  return {row.text("name"), row.optionalText("address"), row.optionalText("phone"), row.text("time_zone")};
}

std::string letterhead(const AgencyFacts& agency) {
  std::string text = agency.name;
  if (agency.address) text += "\n" + *agency.address;
  if (agency.phone) text += "\nTél. " + *agency.phone;
  return text;
}

}  // namespace logis::docs
