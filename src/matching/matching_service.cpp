#include "matching/matching_service.hpp"

#include <algorithm>
#include <map>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "matching/match_scorer.hpp"

namespace logis {
namespace {

const std::vector<std::string> kChannels = {"email", "sms", "phone", "in_person", "mail"};
const std::vector<std::string> kAnswers = {"interested", "not_interested", "visit_requested"};
const std::map<std::string, std::string> kAnswerWords = {{"interested", "intéressé"},
                                                         {"not_interested", "pas intéressé"},
                                                         {"visit_requested", "demande une visite"}};

std::string choices(const std::vector<std::string>& allowed) {
  std::string text;
  for (const auto& item : allowed) text += (text.empty() ? "" : ", ") + item;
  return text;
}

bool newer(const Match& a, const Match& b) {
  if (a.score.score != b.score.score) return a.score.score > b.score.score;
  if (a.created_at != b.created_at) return a.created_at > b.created_at;
  return a.subject["id"].get<std::int64_t>() > b.subject["id"].get<std::int64_t>();
}

// The best score of a property over a lead's criteria, or nullopt when it fits none.
std::optional<Match> bestOf(const std::vector<MatchCriterion>& criteria, const MatchCandidate& property) {
  std::optional<Match> best;
  for (const auto& criterion : criteria) {
    auto score = MatchScorer::score(criterion, property);
    if (score && (!best || score->score > best->score.score)) {
      best = Match{{{"id", property.id}}, criterion.id, std::move(*score), property.created_at};
    }
  }
  return best;
}

MatchPage pageOf(std::vector<Match> matches, std::int64_t offset, std::int64_t limit) {
  std::sort(matches.begin(), matches.end(), newer);
  MatchPage page;
  page.total = static_cast<std::int64_t>(matches.size());
  for (auto i = offset; i < std::min(page.total, offset + limit); ++i)
    page.items.push_back(std::move(matches[i]));
  return page;
}

std::optional<std::int64_t> listPrice(const nlohmann::json& record) {
  const auto& price = record[record["transaction"] == "sale" ? "price_cents" : "rent_cents"];
  if (!price.is_number_integer()) return std::nullopt;
  return price.get<std::int64_t>();
}

std::optional<std::string> alertReason(const nlohmann::json& before, const nlohmann::json& after) {
  if (after["status"] == "available" && before["status"] != "available") return "new";
  const auto was = listPrice(before);
  const auto is = listPrice(after);
  const bool on_offer = after["status"] == "available" || after["status"] == "under_offer";
  if (on_offer && was && is && *is < *was) return "price_drop";
  return std::nullopt;
}

}  // namespace

MatchingService::MatchingService(const Database& database, const Clock& clock)
    : db_(database),
      clock_(clock),
      matches_(database),
      proposals_(database),
      alerts_(database),
      contacts_(database, clock),
      interactions_(database, clock, contacts_),
      settings_(database, std::string()) {}

LeadRef MatchingService::visibleLead(const Principal& caller, std::int64_t lead_id, bool to_edit) const {
  const auto lead = matches_.lead(caller.agency_id, lead_id);
  if (!lead || !Policy::allowsOn(caller, to_edit ? Action::edit_leads : Action::view_leads, lead->assigned_to,
                                 settings_.restrictions(caller.agency_id))) {
    throw ApiError::notFound();
  }
  return *lead;
}

MatchPage MatchingService::forLead(const Principal& caller, std::int64_t lead_id, std::int64_t offset,
                                   std::int64_t limit) const {
  visibleLead(caller, lead_id, false);
  const auto criteria = matches_.criteriaOf(caller.agency_id, lead_id);
  bool capped = false;
  std::vector<Match> found;
  for (const auto& property :
       matches_.candidates(caller.agency_id, lead_id, criteria, kCandidatesPerBranch, capped)) {
    if (auto match = bestOf(criteria, property)) found.push_back(std::move(*match));
  }
  auto page = pageOf(std::move(found), offset, limit);
  page.total_exact = !capped;
  std::vector<std::int64_t> ids;
  for (const auto& match : page.items) ids.push_back(match.subject["id"]);
  std::map<std::int64_t, nlohmann::json> summaries;
  for (auto& summary : matches_.propertySummaries(caller.agency_id, ids)) summaries[summary["id"]] = summary;
  for (auto& match : page.items) match.subject = summaries.at(match.subject["id"]);
  return page;
}

std::vector<Match> MatchingService::leadsFitting(std::int64_t agency_id,
                                                 const MatchCandidate& property) const {
  std::map<std::int64_t, Match> best;  // by lead
  for (const auto& item : matches_.openLeadCriteriaFor(agency_id, property)) {
    auto score = MatchScorer::score(item.criterion, property);
    if (!score) continue;
    auto lead = item.lead;
    lead["consent_email"] = item.consent_email;
    const auto found = best.find(item.criterion.lead_id);
    if (found == best.end() || score->score > found->second.score.score) {
      best.insert_or_assign(item.criterion.lead_id,
                            Match{std::move(lead), item.criterion.id, std::move(*score), item.created_at});
    }
  }
  std::vector<Match> matches;
  for (auto& [lead_id, match] : best) matches.push_back(std::move(match));
  return matches;
}

MatchPage MatchingService::forProperty(const Principal& caller, std::int64_t property_id, std::int64_t offset,
                                       std::int64_t limit) const {
  const auto property = matches_.candidate(caller.agency_id, property_id);
  if (!property) throw ApiError::notFound();
  auto matches = leadsFitting(caller.agency_id, *property);
  const auto restrictions = settings_.restrictions(caller.agency_id);
  std::erase_if(matches, [&](const Match& match) {
    const auto& assigned = match.subject["assigned_to"];
    return !Policy::allowsOn(
        caller, Action::view_leads,
        assigned.is_null() ? std::nullopt : std::optional<std::int64_t>(assigned.get<std::int64_t>()),
        restrictions);
  });
  for (auto& match : matches) match.subject.erase("consent_email");
  return pageOf(std::move(matches), offset, limit);
}

nlohmann::json MatchingService::propose(const Principal& caller, std::int64_t lead_id,
                                        const nlohmann::json& input) const {
  const auto lead = visibleLead(caller, lead_id, true);
  std::map<std::string, Text> problems;
  NewProposal proposal{lead_id, 0, std::nullopt, std::nullopt, caller.user_id};
  const auto property_id = input.find("property_id");
  if (property_id == input.end() || property_id->is_null()) {
    problems["property_id"] = {"field.required"};
  } else if (!property_id->is_number_integer()) {
    problems["property_id"] = {"field.must_be_integer"};
  } else {
    proposal.property_id = property_id->get<std::int64_t>();
    if (!matches_.candidate(caller.agency_id, proposal.property_id)) {
      problems["property_id"] = {"matching.property_unknown"};
    }
  }
  if (const auto channel = input.find("channel"); channel != input.end() && !channel->is_null()) {
    if (!channel->is_string() ||
        std::find(kChannels.begin(), kChannels.end(), channel->get<std::string>()) == kChannels.end()) {
      problems["channel"] = {"field.choice_invalid", {{"choices", choices(kChannels)}}};
    } else {
      proposal.channel = channel->get<std::string>();
    }
  }
  if (const auto note = input.find("note"); note != input.end() && !note->is_null()) {
    if (!note->is_string()) {
      problems["note"] = {"field.must_be_string"};
    } else if (note->get<std::string>().size() > 2000) {
      problems["note"] = {"field.too_long", {{"max", "2000"}}};
    } else if (!note->get<std::string>().empty()) {
      proposal.note = note->get<std::string>();
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (proposals_.refused(caller.agency_id, lead_id, proposal.property_id)) {
    throw ApiError(409, "proposal_refused", {"matching.proposal_refused"},
                   {{"property_id", {"matching.proposal_refused"}}});
  }
  std::int64_t id = 0;
  db_.transaction([&] {
    const auto now = clock_.now();
    id = proposals_.insert(caller.agency_id, proposal, now);
    const auto stored = proposals_.find(caller.agency_id, id).value();
    InteractionEntry entry;
    entry.agency_id = caller.agency_id;
    entry.contact_id = lead.contact_id;
    entry.lead_id = lead_id;
    entry.property_id = proposal.property_id;
    entry.type = "proposal";
    entry.direction = "out";
    entry.summary = "Bien proposé : " + stored["property"]["reference"].get<std::string>() + " – " +
                    stored["property"]["title"].get<std::string>();
    entry.meta = {{"property_id", proposal.property_id},
                  {"proposal_id", id},
                  {"channel", proposal.channel ? nlohmann::json(*proposal.channel) : nlohmann::json()}};
    entry.user_id = caller.user_id;
    entry.occurred_at = now;
    interactions_.append(entry);
  });
  return proposals_.find(caller.agency_id, id).value();
}

nlohmann::json MatchingService::answer(const Principal& caller, std::int64_t proposal_id,
                                       const nlohmann::json& input) const {
  const auto proposal = proposals_.find(caller.agency_id, proposal_id);
  if (!proposal) throw ApiError::notFound();
  const auto lead = visibleLead(caller, (*proposal)["lead_id"], true);
  const auto given = input.find("answer");
  if (given == input.end() || given->is_null())
    throw ApiError::invalidFields({{"answer", {"field.required"}}});
  if (!given->is_string() ||
      std::find(kAnswers.begin(), kAnswers.end(), given->get<std::string>()) == kAnswers.end()) {
    throw ApiError::invalidFields({{"answer", {"field.choice_invalid", {{"choices", choices(kAnswers)}}}}});
  }
  const auto answer = given->get<std::string>();
  const auto property_id = (*proposal)["property"]["id"].get<std::int64_t>();
  db_.transaction([&] {
    const auto now = clock_.now();
    proposals_.answer(caller.agency_id, proposal_id, answer, now);
    // The client's answer is an inbound contact: InteractionLog marks it (ContactService::touchInbound).
    InteractionEntry entry;
    entry.agency_id = caller.agency_id;
    entry.contact_id = lead.contact_id;
    entry.lead_id = lead.id;
    entry.property_id = property_id;
    entry.type = "proposal";
    entry.direction = "in";
    entry.summary = "Réponse à la proposition " + (*proposal)["property"]["reference"].get<std::string>() +
                    " : " + kAnswerWords.at(answer);
    entry.meta = {{"property_id", property_id}, {"proposal_id", proposal_id}, {"answer", answer}};
    entry.user_id = caller.user_id;
    entry.occurred_at = now;
    interactions_.append(entry);
  });
  return proposals_.find(caller.agency_id, proposal_id).value();
}

RecordPage MatchingService::proposals(const Principal& caller, std::int64_t lead_id, std::int64_t offset,
                                      std::int64_t limit) const {
  visibleLead(caller, lead_id, false);
  return proposals_.forLead(caller.agency_id, lead_id, offset, limit);
}

RecordPage MatchingService::alerts(const Principal& caller, const std::optional<std::string>& status,
                                   std::int64_t offset, std::int64_t limit) const {
  // An agent kept to their own leads sees the alerts of those leads only.
  std::optional<std::int64_t> leads_of;
  if (Policy::grant(caller, Action::view_leads, settings_.restrictions(caller.agency_id)) == Grant::own) {
    leads_of = caller.user_id.value_or(0);
  }
  return alerts_.list(caller.agency_id, status, leads_of, offset, limit);
}

void MatchingService::propertySaved(std::int64_t agency_id, std::int64_t property_id,
                                    const nlohmann::json& before, const nlohmann::json& after) const {
  const auto reason = alertReason(before, after);
  if (!reason) return;
  const auto property = matches_.candidate(agency_id, property_id);
  if (!property) return;
  const auto now = clock_.now();
  for (const auto& match : leadsFitting(agency_id, *property)) {
    if (!match.subject["consent_email"].get<bool>()) continue;
    alerts_.insert(
        agency_id,
        {property_id, match.subject["id"], match.subject["contact"]["id"], *reason, match.score.score}, now);
  }
}

}  // namespace logis
