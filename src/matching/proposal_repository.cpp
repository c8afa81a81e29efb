#include "matching/proposal_repository.hpp"

#include "core/time_format.hpp"

namespace logis {
namespace {

constexpr std::string_view kSelect =
    "SELECT pr.id, pr.lead_id, pr.property_id, p.reference, p.title, pr.channel, pr.note, pr.answer, "
    "pr.answered_at, pr.created_by, pr.created_at FROM proposals pr JOIN properties p ON p.id = "
    "pr.property_id ";

nlohmann::json optionalText(const Row& row, const std::string& column) {
  const auto value = row.optionalText(column);
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json toJson(const Row& row) {
  const auto answered_at = row.optionalInteger("answered_at");
  const auto created_by = row.optionalInteger("created_by");
  return {{"id", row.integer("id")},
          {"lead_id", row.integer("lead_id")},
          {"property",
           {{"id", row.integer("property_id")},
            {"reference", row.text("reference")},
            {"title", row.text("title")}}},
          {"channel", optionalText(row, "channel")},
          {"note", optionalText(row, "note")},
          {"answer", optionalText(row, "answer")},
          {"answered_at", answered_at ? nlohmann::json(isoUtc(*answered_at)) : nlohmann::json()},
          {"created_by", created_by ? nlohmann::json(*created_by) : nlohmann::json()},
          {"created_at", isoUtc(row.integer("created_at"))}};
}

SqlValue orNull(const std::optional<std::string>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

SqlValue orNull(const std::optional<std::int64_t>& value) {
  return value ? SqlValue{*value} : SqlValue{nullptr};
}

}  // namespace

std::int64_t ProposalRepository::insert(std::int64_t agency_id, const NewProposal& proposal,
                                        EpochMs now) const {
  return db_.insert(
      "INSERT INTO proposals (agency_id, lead_id, property_id, channel, note, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {agency_id, proposal.lead_id, proposal.property_id, orNull(proposal.channel), orNull(proposal.note),
       orNull(proposal.user_id), now});
}

std::optional<nlohmann::json> ProposalRepository::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row =
      db_.queryOne(std::string(kSelect) + "WHERE pr.agency_id = ? AND pr.id = ?", {agency_id, id});
  if (!row) return std::nullopt;
  return toJson(*row);
}

RecordPage ProposalRepository::forLead(std::int64_t agency_id, std::int64_t lead_id, std::int64_t offset,
                                       std::int64_t limit) const {
  RecordPage page;
  page.total = db_.query("SELECT COUNT(*) AS n FROM proposals WHERE agency_id = ? AND lead_id = ?",
                         {agency_id, lead_id})
                   .at(0)
                   .integer("n");
  for (const auto& row :
       db_.query(std::string(kSelect) + "WHERE pr.agency_id = ? AND pr.lead_id = ? "
                                        "ORDER BY pr.created_at DESC, pr.id DESC LIMIT ? OFFSET ?",
                 {agency_id, lead_id, limit, offset})) {
    page.items.push_back(toJson(row));
  }
  return page;
}

void ProposalRepository::answer(std::int64_t agency_id, std::int64_t id, const std::string& answer,
                                EpochMs now) const {
  db_.execute("UPDATE proposals SET answer = ?, answered_at = ? WHERE agency_id = ? AND id = ?",
              {answer, now, agency_id, id});
}

bool ProposalRepository::refused(std::int64_t agency_id, std::int64_t lead_id,
                                 std::int64_t property_id) const {
  return db_
      .queryOne(
          "SELECT id FROM proposals WHERE agency_id = ? AND lead_id = ? AND property_id = ? "
          "AND answer = 'not_interested'",
          {agency_id, lead_id, property_id})
      .has_value();
}

}  // namespace logis
