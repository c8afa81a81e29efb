#include "visits/visit_directory.hpp"

#include "core/french_format.hpp"
#include "db/sql.hpp"
#include "visits/visit_repository.hpp"

namespace logis::visits {
namespace {

std::string personName(const Row& row) {
  std::string name;
  for (const auto* part : {"first_name", "last_name"}) {
    if (const auto text = row.optionalText(part); text && !text->empty())
      name += (name.empty() ? "" : " ") + *text;
  }
  if (name.empty()) name = row.optionalText("email").value_or("contact sans nom");
  return name;
}

std::optional<std::string> addressOf(const Row& row) {
  return postalAddress(row.optionalText("street"), row.optionalText("postal_code"), row.optionalText("city"));
}

}  // namespace

std::optional<VisitProperty> VisitDirectory::property(std::int64_t agency_id, std::int64_t id) const {
  auto found = properties(agency_id, {id});
  if (found.empty()) return std::nullopt;
  return std::move(found.begin()->second);
}

std::map<std::int64_t, VisitProperty> VisitDirectory::properties(std::int64_t agency_id,
                                                                 const std::vector<std::int64_t>& ids) const {
  std::map<std::int64_t, VisitProperty> found;
  if (ids.empty()) return found;
  std::vector<SqlValue> params{agency_id};
  params.insert(params.end(), ids.begin(), ids.end());
  for (const auto& row : db_.query("SELECT id, reference, title, street, postal_code, city FROM properties "
                                   "WHERE agency_id = ? AND id IN (" + placeholders(ids.size()) + ")",
                                   params)) {
    found[row.integer("id")] = VisitProperty{row.integer("id"), row.text("reference"), row.text("title"),
                                             row.optionalText("city"), addressOf(row)};
  }
  return found;
}

std::map<std::int64_t, std::string> VisitDirectory::contactNames(std::int64_t agency_id,
                                                                 const std::vector<std::int64_t>& ids) const {
  std::map<std::int64_t, std::string> names;
  if (ids.empty()) return names;
  std::vector<SqlValue> params{agency_id};
  params.insert(params.end(), ids.begin(), ids.end());
  for (const auto& row :
       db_.query("SELECT id, first_name, last_name, email FROM contacts WHERE agency_id = ? "
                 "AND merged_into_id IS NULL AND erased_at IS NULL AND id IN (" +
                     placeholders(ids.size()) + ")",
                 params)) {
    names[row.integer("id")] = personName(row);
  }
  return names;
}

std::map<std::int64_t, std::string> VisitDirectory::userNames(std::int64_t agency_id,
                                                              const std::vector<std::int64_t>& ids,
                                                              bool staff_only) const {
  std::map<std::int64_t, std::string> names;
  if (ids.empty()) return names;
  std::vector<SqlValue> params{agency_id};
  params.insert(params.end(), ids.begin(), ids.end());
  for (const auto& row : db_.query("SELECT id, name FROM users WHERE agency_id = ? " +
                                       std::string(staff_only ? "AND active = 1 AND role <> 'client' " : "") +
                                       "AND id IN (" + placeholders(ids.size()) + ")",
                                   params)) {
    names[row.integer("id")] = row.text("name");
  }
  return names;
}

std::optional<std::int64_t> VisitDirectory::leadContact(std::int64_t agency_id, std::int64_t lead_id) const {
  const auto row =
      db_.queryOne("SELECT contact_id FROM leads WHERE agency_id = ? AND id = ?", {agency_id, lead_id});
  if (!row) return std::nullopt;
  return row->integer("contact_id");
}

TimeZone VisitDirectory::zone(std::int64_t agency_id) const {
  const auto row = db_.queryOne("SELECT time_zone FROM agencies WHERE id = ?", {agency_id});
  if (!row) return TimeZone::paris();
  return TimeZone::named(row->text("time_zone")).value_or(TimeZone::paris());
}

}  // namespace logis::visits
