#include "leads/lead_settings_service.hpp"

#include <algorithm>
#include <regex>

#include "core/api_error.hpp"
#include "core/crypto.hpp"
#include "core/strings.hpp"
#include "leads/capture_form.hpp"
#include "properties/property_fields.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;

struct DefaultSource {
  std::string_view code;
  std::string_view label;
};

const std::vector<DefaultSource>& defaultSources() {
  static const std::vector<DefaultSource> sources = {{"website", "Site web de l'agence"},
                                                     {"seloger", "SeLoger"},
                                                     {"leboncoin", "Leboncoin"},
                                                     {"bienici", "Bien'ici"},
                                                     {"phone", "Téléphone"},
                                                     {"walk_in", "Vitrine"},
                                                     {"referral", "Recommandation"},
                                                     {"email", "E-mail"},
                                                     {"other", "Autre"}};
  return sources;
}

std::string insertIgnore(const Database& db) {
  return db.dialect() == Dialect::sqlite ? "INSERT OR IGNORE INTO " : "INSERT IGNORE INTO ";
}

std::string joinLines(const std::vector<std::string>& items) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : "\n") + item;
  return text;
}

nlohmann::json sourceJson(const Row& row) {
  return {{"id", row.integer("id")},
          {"code", row.text("code")},
          {"label", row.text("label")},
          {"position", row.integer("position")},
          {"active", row.boolean("active")}};
}

const std::vector<std::string>& assignmentModes() {
  static const std::vector<std::string> modes = {"manual", "round_robin"};
  return modes;
}

const std::vector<std::string>& assignmentKinds() {
  static const std::vector<std::string> kinds = {"none", "source", "city"};
  return kinds;
}

std::optional<std::string> choice(const nlohmann::json& input, const char* name,
                                  const std::vector<std::string>& allowed, Problems& problems) {
  const auto found = input.find(name);
  if (found == input.end()) return std::nullopt;
  if (found->is_string() &&
      std::find(allowed.begin(), allowed.end(), found->get<std::string>()) != allowed.end()) {
    return found->get<std::string>();
  }
  std::string list;
  for (const auto& item : allowed) list += (list.empty() ? "" : ", ") + item;
  problems.emplace(name, Text{"field.choice_invalid", {{"choices", list}}});
  return std::nullopt;
}

std::optional<std::vector<std::string>> origins(const nlohmann::json& input, Problems& problems) {
  const auto found = input.find("allowed_origins");
  if (found == input.end()) return std::nullopt;
  static const std::regex origin(R"(https?://[a-z0-9.-]+(:[0-9]{1,5})?)");
  std::vector<std::string> list;
  const bool valid = found->is_array() && found->size() <= 20 &&
                     std::all_of(found->begin(), found->end(), [&](const auto& item) {
                       if (!item.is_string()) return false;
                       auto text = lowercase(item.template get<std::string>());
                       while (text.ends_with('/')) text.pop_back();
                       list.push_back(text);
                       return text.size() <= 200 && std::regex_match(text, origin);
                     });
  if (!valid) {
    problems.emplace("allowed_origins", Text{"lead.origins_invalid"});
    return std::nullopt;
  }
  return list;
}

}  // namespace

LeadSettings LeadSettingsService::settings(std::int64_t agency_id) const {
  auto row = db_.queryOne("SELECT * FROM lead_settings WHERE agency_id = ?", {agency_id});
  if (!row) {
    db_.execute(insertIgnore(db_) + "lead_settings (agency_id, public_key) VALUES (?, ?)",
                {agency_id, crypto::randomToken(24)});
    row = db_.queryOne("SELECT * FROM lead_settings WHERE agency_id = ?", {agency_id});
  }
  return {row->boolean("agents_see_own_leads_only"), row->text("public_key"),
          splitNonEmpty(row->optionalText("allowed_origins").value_or(""), '\n'),
          row->text("assignment_mode"), row->text("assignment_by")};
}

AgencyRestrictions LeadSettingsService::restrictions(std::int64_t agency_id) const {
  const auto row =
      db_.queryOne("SELECT agents_see_own_leads_only FROM lead_settings WHERE agency_id = ?", {agency_id});
  return {row && row->boolean("agents_see_own_leads_only")};
}

std::optional<std::int64_t> LeadSettingsService::agencyForKey(const std::string& key) const {
  if (key.empty() || key.size() > 64) return std::nullopt;
  const auto row = db_.queryOne("SELECT agency_id FROM lead_settings WHERE public_key = ?", {key});
  if (!row) return std::nullopt;
  return row->integer("agency_id");
}

nlohmann::json LeadSettingsService::rules(std::int64_t agency_id, const std::string& kind) const {
  std::map<std::string, nlohmann::json> pools;
  for (const auto& row :
       db_.query("SELECT match_key, user_id FROM lead_assignment_rules WHERE agency_id = ? AND "
                 "kind = ? ORDER BY match_key, user_id",
                 {agency_id, kind})) {
    auto& agents = pools[row.text("match_key")];
    if (agents.is_null()) agents = nlohmann::json::array();
    agents.push_back(row.integer("user_id"));
  }
  auto list = nlohmann::json::array();
  for (auto& [key, agents] : pools) list.push_back({{"match", key}, {"agent_ids", std::move(agents)}});
  return list;
}

nlohmann::json LeadSettingsService::get(const Principal& caller) const {
  const auto current = settings(caller.agency_id);
  return {{"agents_see_own_leads_only", current.agents_see_own_leads_only},
          {"assignment_mode", current.assignment_mode},
          {"assignment_by", current.assignment_by},
          {"rules", current.assignment_by == "none" ? nlohmann::json::array()
                                                    : rules(caller.agency_id, current.assignment_by)},
          {"allowed_origins", current.allowed_origins},
          {"public_key", current.public_key},
          {"form_snippet", captureFormSnippet(public_url_, current.public_key)}};
}

nlohmann::json LeadSettingsService::update(const Principal& caller, const nlohmann::json& input) const {
  const auto current = settings(caller.agency_id);
  Problems problems;
  std::optional<bool> own_only;
  if (const auto found = input.find("agents_see_own_leads_only"); found != input.end()) {
    if (found->is_boolean()) {
      own_only = found->get<bool>();
    } else {
      problems.emplace("agents_see_own_leads_only", Text{"field.must_be_boolean"});
    }
  }
  const auto mode = choice(input, "assignment_mode", assignmentModes(), problems);
  const auto by = choice(input, "assignment_by", assignmentKinds(), problems);
  const auto allowed = origins(input, problems);
  const auto kind = by.value_or(current.assignment_by);
  std::vector<std::pair<std::string, std::int64_t>> new_rules;
  const auto given_rules = input.find("rules");
  if (given_rules != input.end()) {
    const bool list = given_rules->is_array() && given_rules->size() <= 200;
    if (!list) problems.emplace("rules", Text{"lead.rules_invalid"});
    for (std::size_t i = 0; list && i < given_rules->size(); ++i) {
      const auto& rule = (*given_rules)[i];
      const auto name = "rules[" + std::to_string(i) + "]";
      if (!rule.is_object() || !rule.contains("match") || !rule["match"].is_string() ||
          !rule.contains("agent_ids") || !rule["agent_ids"].is_array()) {
        problems.emplace(name, Text{"lead.rules_invalid"});
        continue;
      }
      const auto key =
          kind == "city" ? lowercase(rule["match"].get<std::string>()) : rule["match"].get<std::string>();
      if (key.empty() || key.size() > 100 || kind == "none") {
        problems.emplace(name + ".match", Text{kind == "none" ? "lead.rules_need_kind" : "field.required"});
      } else if (kind == "source" && !isActiveSource(caller.agency_id, key)) {
        problems.emplace(name + ".match", Text{"lead.source_unknown"});
      }
      for (const auto& agent : rule["agent_ids"]) {
        if (!agent.is_number_integer() || !isLeadHolder(caller.agency_id, agent.get<std::int64_t>())) {
          problems.emplace(name + ".agent_ids", Text{"lead.assignee_unknown"});
          break;
        }
        new_rules.emplace_back(key, agent.get<std::int64_t>());
      }
    }
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  db_.transaction([&] {
    db_.execute(
        "UPDATE lead_settings SET agents_see_own_leads_only = ?, assignment_mode = ?, assignment_by = ?, "
        "allowed_origins = ? WHERE agency_id = ?",
        {std::int64_t{own_only.value_or(current.agents_see_own_leads_only)},
         mode.value_or(current.assignment_mode), kind, joinLines(allowed.value_or(current.allowed_origins)),
         caller.agency_id});
    if (given_rules == input.end()) return;
    db_.execute("DELETE FROM lead_assignment_rules WHERE agency_id = ?", {caller.agency_id});
    for (const auto& [key, user_id] : new_rules) {
      db_.execute(
          "INSERT INTO lead_assignment_rules (agency_id, kind, match_key, user_id) VALUES (?, ?, ?, ?)",
          {caller.agency_id, kind, key, user_id});
    }
  });
  return get(caller);
}

nlohmann::json LeadSettingsService::regenerateKey(const Principal& caller) const {
  settings(caller.agency_id);
  db_.execute("UPDATE lead_settings SET public_key = ? WHERE agency_id = ?",
              {crypto::randomToken(24), caller.agency_id});
  return get(caller);
}

void LeadSettingsService::ensureSources(std::int64_t agency_id) const {
  if (db_.queryOne("SELECT id FROM lead_sources WHERE agency_id = ? LIMIT 1", {agency_id})) return;
  std::int64_t position = 0;
  for (const auto& source : defaultSources()) {
    db_.execute(
        insertIgnore(db_) + "lead_sources (agency_id, code, label, position, active) VALUES (?, ?, ?, ?, 1)",
        {agency_id, std::string(source.code), std::string(source.label), ++position});
  }
}

nlohmann::json LeadSettingsService::sources(const Principal& caller) const {
  ensureSources(caller.agency_id);
  auto items = nlohmann::json::array();
  for (const auto& row : db_.query("SELECT * FROM lead_sources WHERE agency_id = ? ORDER BY position, id",
                                   {caller.agency_id})) {
    items.push_back(sourceJson(row));
  }
  return {{"items", items}, {"total", items.size()}};
}

nlohmann::json LeadSettingsService::source(std::int64_t agency_id, std::int64_t id) const {
  const auto row = db_.queryOne("SELECT * FROM lead_sources WHERE agency_id = ? AND id = ?", {agency_id, id});
  if (!row) throw ApiError::notFound();
  return sourceJson(*row);
}

nlohmann::json LeadSettingsService::createSource(const Principal& caller, const nlohmann::json& input) const {
  ensureSources(caller.agency_id);
  Problems problems;
  static const std::regex code_pattern("[a-z0-9_]{1,32}");
  const auto code = input.value("code", nlohmann::json()).is_string() ? input["code"].get<std::string>() : "";
  if (!std::regex_match(code, code_pattern)) problems.emplace("code", Text{"lead.source_code_invalid"});
  const auto label =
      input.value("label", nlohmann::json()).is_string() ? input["label"].get<std::string>() : "";
  if (label.find_first_not_of(" \t") == std::string::npos) problems.emplace("label", Text{"field.required"});
  if (label.size() > 100) problems.emplace("label", Text{"field.too_long", {{"max", "100"}}});
  if (input.contains("active") && !input["active"].is_boolean())
    problems.emplace("active", Text{"field.must_be_boolean"});
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  if (db_.queryOne("SELECT id FROM lead_sources WHERE agency_id = ? AND code = ?",
                   {caller.agency_id, code})) {
    throw ApiError(409, "source_code_taken", {"lead.source_code_taken"},
                   {{"code", {"lead.source_code_taken"}}});
  }
  const auto position =
      db_.query("SELECT COALESCE(MAX(position), 0) AS p FROM lead_sources WHERE agency_id = ?",
                {caller.agency_id})
          .at(0)
          .integer("p");
  const auto id =
      db_.insert("INSERT INTO lead_sources (agency_id, code, label, position, active) VALUES (?, ?, ?, ?, ?)",
                 {caller.agency_id, code, label, position + 1, std::int64_t{input.value("active", true)}});
  return source(caller.agency_id, id);
}

nlohmann::json LeadSettingsService::updateSource(const Principal& caller, std::int64_t id,
                                                 const nlohmann::json& input) const {
  source(caller.agency_id, id);
  Problems problems;
  Columns columns;
  if (const auto label = input.find("label"); label != input.end()) {
    if (!label->is_string() || label->get<std::string>().find_first_not_of(" \t") == std::string::npos) {
      problems.emplace("label", Text{label->is_string() ? "field.required" : "field.must_be_string"});
    } else if (label->get<std::string>().size() > 100) {
      problems.emplace("label", Text{"field.too_long", {{"max", "100"}}});
    } else {
      columns.emplace_back("label", label->get<std::string>());
    }
  }
  if (const auto active = input.find("active"); active != input.end()) {
    if (active->is_boolean()) {
      columns.emplace_back("active", std::int64_t{active->get<bool>()});
    } else {
      problems.emplace("active", Text{"field.must_be_boolean"});
    }
  }
  if (const auto position = input.find("position"); position != input.end()) {
    if (position->is_number_integer() && position->get<std::int64_t>() >= 0 &&
        position->get<std::int64_t>() <= 1000) {
      columns.emplace_back("position", position->get<std::int64_t>());
    } else {
      problems.emplace("position", Text{"field.out_of_range", {{"min", "0"}, {"max", "1000"}}});
    }
  }
  if (input.contains("code")) problems.emplace("code", Text{"lead.source_code_fixed"});
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  for (const auto& [column, value] : columns) {
    db_.execute("UPDATE lead_sources SET " + column + " = ? WHERE agency_id = ? AND id = ?",
                {value, caller.agency_id, id});
  }
  return source(caller.agency_id, id);
}

bool LeadSettingsService::isActiveSource(std::int64_t agency_id, const std::string& code) const {
  ensureSources(agency_id);
  return db_
      .queryOne("SELECT id FROM lead_sources WHERE agency_id = ? AND code = ? AND active = 1",
                {agency_id, code})
      .has_value();
}

// The locking read comes first in the transaction: InnoDB takes its snapshot at the first plain read,
// which then sees what the captures this one waited for have committed. SQLite's BEGIN IMMEDIATE already
// runs one writer at a time.
void LeadSettingsService::serializeCaptures(std::int64_t agency_id) const {
  if (db_.dialect() != Dialect::mysql) return;
  const auto lock = [&] {
    return db_.queryOne("SELECT agency_id FROM lead_settings WHERE agency_id = ? FOR UPDATE", {agency_id});
  };
  if (!lock()) {
    settings(agency_id);
    lock();
  }
}

bool LeadSettingsService::isLeadHolder(std::int64_t agency_id, std::int64_t user_id) const {
  return db_
      .queryOne("SELECT id FROM users WHERE agency_id = ? AND id = ? AND active = 1 AND role <> 'client'",
                {agency_id, user_id})
      .has_value();
}

std::vector<std::int64_t> LeadSettingsService::pool(std::int64_t agency_id, const std::string& kind,
                                                    const std::string& key) const {
  std::vector<std::int64_t> agents;
  const auto rows =
      kind == "none"
          ? db_.query(
                "SELECT id FROM users WHERE agency_id = ? AND active = 1 AND role = 'agent' ORDER BY id",
                {agency_id})
          : db_.query(
                "SELECT u.id FROM lead_assignment_rules r JOIN users u ON u.id = r.user_id "
                "WHERE r.agency_id = ? AND r.kind = ? AND r.match_key = ? AND u.agency_id = ? "
                "AND u.active = 1 AND u.role <> 'client' ORDER BY u.id",
                {agency_id, kind, key, agency_id});
  for (const auto& row : rows) agents.push_back(row.integer("id"));
  return agents;
}

std::optional<std::int64_t> LeadSettingsService::nextAssignee(std::int64_t agency_id,
                                                              const std::string& source,
                                                              const std::optional<std::string>& city) const {
  const auto current = settings(agency_id);
  if (current.assignment_mode != "round_robin") return std::nullopt;
  std::string kind = "none";
  std::string key;
  if (current.assignment_by == "source" || (current.assignment_by == "city" && city)) {
    kind = current.assignment_by;
    key = kind == "source" ? source : lowercase(*city);
  }
  auto agents = pool(agency_id, kind, key);
  if (agents.empty() && kind != "none") {
    kind = "none";
    agents = pool(agency_id, kind, "");
  }
  if (agents.empty()) return std::nullopt;
  const auto pool_key = kind == "none" ? std::string("all") : kind + ":" + key;
  std::optional<std::int64_t> chosen;
  db_.transaction([&] {
    db_.execute(insertIgnore(db_) + "lead_assignment_turns (agency_id, pool_key) VALUES (?, ?)",
                {agency_id, pool_key});
    // FOR UPDATE: MariaDB makes concurrent assignments wait for this one (SQLite's BEGIN IMMEDIATE already
    // has).
    const auto row =
        db_.queryOne("SELECT last_user_id FROM lead_assignment_turns WHERE agency_id = ? AND pool_key = ?" +
                         std::string(db_.dialect() == Dialect::mysql ? " FOR UPDATE" : ""),
                     {agency_id, pool_key});
    const auto last = row->optionalInteger("last_user_id").value_or(0);
    const auto next = std::upper_bound(agents.begin(), agents.end(), last);
    chosen = next == agents.end() ? agents.front() : *next;
    db_.execute("UPDATE lead_assignment_turns SET last_user_id = ? WHERE agency_id = ? AND pool_key = ?",
                {*chosen, agency_id, pool_key});
  });
  return chosen;
}

}  // namespace logis
