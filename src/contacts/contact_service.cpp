#include "contacts/contact_service.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "auth/user.hpp"
#include "contacts/phone.hpp"
#include "core/api_error.hpp"
#include "core/detailed_api_error.hpp"
#include "core/strings.hpp"
#include "core/time_format.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;

// The free-text fields: JSON name (also the column) and length limit.
struct TextField {
  std::string_view name;
  std::size_t max_length;
};

constexpr std::array<TextField, 6> kTextFields = {{{"first_name", 100},
                                                   {"last_name", 100},
                                                   {"street", 200},
                                                   {"postal_code", 10},
                                                   {"city", 100},
                                                   {"notes", 10000}}};
// In bit order of roles_mask.
constexpr std::array<std::string_view, 4> kRoles = {"acquereur", "vendeur", "locataire", "bailleur"};
constexpr std::array<std::string_view, 2> kCivilities = {"M.", "Mme"};
constexpr std::array<std::string_view, 2> kLanguages = {"fr", "en"};
constexpr std::array<std::string_view, 2> kConsentChannels = {"email", "sms"};
constexpr std::size_t kMaxChannels = 10;

template <std::size_t N>
std::string choiceList(const std::array<std::string_view, N>& choices) {
  std::string list;
  for (const auto& choice : choices) list += (list.empty() ? "" : ", ") + std::string(choice);
  return list;
}

template <std::size_t N>
bool isOneOf(const std::array<std::string_view, N>& choices, const std::string& value) {
  return std::find(choices.begin(), choices.end(), value) != choices.end();
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

SqlValue optionalValue(const nlohmann::json& value) {
  if (value.is_null()) return nullptr;
  if (value.is_number_integer()) return value.get<std::int64_t>();
  return value.get<std::string>();
}

nlohmann::json optionalJson(const Row& row, const std::string& column) {
  if (row.isNull(column)) return nullptr;
  return row.text(column);
}

nlohmann::json rolesOf(std::int64_t mask) {
  auto roles = nlohmann::json::array();
  for (std::size_t bit = 0; bit < kRoles.size(); ++bit) {
    if ((mask >> bit) & 1) roles.push_back(kRoles[bit]);
  }
  return roles;
}

// The writable fields as the record keeps them, starting from the stored row or a new contact's defaults.
struct Draft {
  nlohmann::json fields;
  std::vector<ContactChannel> emails;
  std::vector<ContactChannel> phones;
};

class DraftReader {
 public:
  DraftReader(const nlohmann::json& input, Draft& draft, Problems& problems)
      : input_(input), draft_(draft), problems_(problems) {}

  void readFields() {
    for (const auto& field : kTextFields) readText(std::string(field.name), field.max_length);
    readChoice("civility", kCivilities, true);
    readChoice("preferred_language", kLanguages, false);
    readCountry();
    readRoles();
    readAgent();
  }

  // `emails`/`phones` replace the list; `email`/`phone` replace its first (primary) entry, null removes it.
  void readChannels() {
    const auto region = draft_.fields["country"].get<std::string>();
    readChannelKind("email", "emails", draft_.emails, region);
    readChannelKind("phone", "phones", draft_.phones, region);
  }

 private:
  const nlohmann::json* given(const std::string& name) const {
    const auto found = input_.find(name);
    return found == input_.end() ? nullptr : &*found;
  }

  void readText(const std::string& name, std::size_t max_length) {
    const auto* value = given(name);
    if (value == nullptr) return;
    if (value->is_null()) {
      draft_.fields[name] = nullptr;
    } else if (!value->is_string()) {
      problems_[name] = {"field.must_be_string"};
    } else if (value->get<std::string>().size() > max_length) {
      problems_[name] = {"field.too_long", {{"max", std::to_string(max_length)}}};
    } else {
      const auto text = trimmed(value->get<std::string>());
      draft_.fields[name] = text.empty() ? nlohmann::json() : nlohmann::json(text);
    }
  }

  template <std::size_t N>
  void readChoice(const std::string& name, const std::array<std::string_view, N>& choices, bool nullable) {
    const auto* value = given(name);
    if (value == nullptr) return;
    if (value->is_null() && nullable) {
      draft_.fields[name] = nullptr;
    } else if (!value->is_string() || !isOneOf(choices, value->get<std::string>())) {
      problems_[name] = {"field.choice_invalid", {{"choices", choiceList(choices)}}};
    } else {
      draft_.fields[name] = *value;
    }
  }

  void readCountry() {
    const auto* value = given("country");
    if (value == nullptr) return;
    std::string code = value->is_string() ? value->get<std::string>() : "";
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::toupper(c); });
    if (code.size() != 2 ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      problems_["country"] = {"contact.country_invalid"};
    } else {
      draft_.fields["country"] = code;
    }
  }

  void readRoles() {
    const auto* value = given("roles");
    if (value == nullptr) return;
    const Text problem{"field.choice_invalid", {{"choices", choiceList(kRoles)}}};
    if (value->is_null()) {
      draft_.fields["roles"] = nlohmann::json::array();
      return;
    }
    if (!value->is_array()) {
      problems_["roles"] = problem;
      return;
    }
    auto roles = nlohmann::json::array();
    for (const auto& role : *value) {
      if (!role.is_string() || !isOneOf(kRoles, role.get<std::string>())) {
        problems_["roles"] = problem;
        return;
      }
      if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
    }
    draft_.fields["roles"] = roles;
  }

  void readAgent() {
    const auto* value = given("agent_id");
    if (value == nullptr) return;
    if (!value->is_null() && !value->is_number_integer()) {
      problems_["agent_id"] = {"field.must_be_integer"};
    } else {
      draft_.fields["agent_id"] = *value;
    }
  }

  std::optional<ContactChannel> channel(const std::string& kind, const std::string& name,
                                        const nlohmann::json& item, const std::string& region) {
    const nlohmann::json* value = &item;
    std::optional<std::string> label;
    if (item.is_object()) {
      value = item.contains("value") ? &item["value"] : &kNull;
      const auto& given_label = item.contains("label") ? item["label"] : kNull;
      if (given_label.is_string() && given_label.get<std::string>().size() <= 40) {
        if (!trimmed(given_label).empty()) label = trimmed(given_label);
      } else if (!given_label.is_null()) {
        problems_.try_emplace(name, Text{"field.too_long", {{"max", "40"}}});
        return std::nullopt;
      }
    }
    if (!value->is_string()) {
      problems_.try_emplace(name, Text{"field.must_be_string"});
      return std::nullopt;
    }
    const auto text = trimmed(*value);
    if (kind == "email") {
      auto email = lowercase(text);
      if (!isPlausibleEmail(email)) {
        problems_.try_emplace(name, Text{"field.email_invalid"});
        return std::nullopt;
      }
      return ContactChannel{email, label};
    }
    auto phone = toE164(text, region);
    if (!phone) {
      problems_.try_emplace(name, Text{"contact.phone_invalid"});
      return std::nullopt;
    }
    return ContactChannel{*phone, label};
  }

  static void addUnique(std::vector<ContactChannel>& list, ContactChannel item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
  }

  void readChannelKind(const std::string& kind, const std::string& plural, std::vector<ContactChannel>& list,
                       const std::string& region) {
    if (const auto* items = given(plural)) {
      if (!items->is_array() && !items->is_null()) {
        problems_[plural] = {"contact.list_expected"};
      } else if (items->is_array() && items->size() > kMaxChannels) {
        problems_[plural] = {"contact.too_many_channels", {{"max", std::to_string(kMaxChannels)}}};
      } else {
        list.clear();
        for (const auto& item : items->is_array() ? *items : nlohmann::json::array()) {
          if (item.is_string() && trimmed(item).empty()) continue;
          if (auto parsed = channel(kind, plural, item, region)) addUnique(list, std::move(*parsed));
        }
      }
    }
    if (const auto* single = given(kind)) {
      if (single->is_null() || (single->is_string() && trimmed(*single).empty())) {
        if (!list.empty()) list.erase(list.begin());
      } else if (auto parsed = channel(kind, kind, *single, region)) {
        std::erase(list, *parsed);
        if (!list.empty() && !given(plural)) list.erase(list.begin());
        list.insert(list.begin(), std::move(*parsed));
        if (list.size() > kMaxChannels) list.resize(kMaxChannels);
      }
    }
  }

  static inline const nlohmann::json kNull = nullptr;
  const nlohmann::json& input_;
  Draft& draft_;
  Problems& problems_;
};

Draft newContactDraft(const Principal& by) {
  Draft draft;
  for (const auto& field : kTextFields) draft.fields[std::string(field.name)] = nullptr;
  draft.fields["civility"] = nullptr;
  draft.fields["country"] = "FR";
  draft.fields["preferred_language"] = "fr";
  draft.fields["roles"] = nlohmann::json::array();
  draft.fields["agent_id"] = nullptr;
  if (by.role == Role::agent && by.user_id) draft.fields["agent_id"] = *by.user_id;
  return draft;
}

Draft storedDraft(const Row& row, std::vector<ContactChannel> emails, std::vector<ContactChannel> phones) {
  Draft draft;
  for (const auto& field : kTextFields)
    draft.fields[std::string(field.name)] = optionalJson(row, std::string(field.name));
  draft.fields["civility"] = optionalJson(row, "civility");
  draft.fields["country"] = row.text("country");
  draft.fields["preferred_language"] = row.text("preferred_language");
  draft.fields["roles"] = rolesOf(row.integer("roles_mask"));
  draft.fields["agent_id"] =
      row.isNull("agent_id") ? nlohmann::json() : nlohmann::json(row.integer("agent_id"));
  draft.emails = std::move(emails);
  draft.phones = std::move(phones);
  return draft;
}

Columns columnsOf(const Draft& draft) {
  Columns columns;
  for (const auto& field : kTextFields) {
    columns.emplace_back(std::string(field.name), optionalValue(draft.fields[std::string(field.name)]));
  }
  for (const auto* name : {"civility", "country", "preferred_language", "agent_id"}) {
    columns.emplace_back(name, optionalValue(draft.fields[name]));
  }
  std::int64_t mask = 0;
  for (const auto& role : draft.fields["roles"]) {
    mask |= std::int64_t{1} << (std::find(kRoles.begin(), kRoles.end(), role.get<std::string>()) -
                                kRoles.begin());
  }
  columns.emplace_back("roles_mask", mask);
  return columns;
}

// A consent given with the record: consent_email / consent_sms, with consent_source and consent_wording
// as its proof (the wording is required for a grant: it is what the person agreed to).
struct ConsentInput {
  std::string channel;
  bool granted;
};

std::vector<ConsentInput> readConsents(const nlohmann::json& input, Problems& problems, std::string& source,
                                       std::string& wording) {
  std::vector<ConsentInput> consents;
  for (const auto& channel : kConsentChannels) {
    const std::string name = "consent_" + std::string(channel);
    const auto found = input.find(name);
    if (found == input.end() || found->is_null()) continue;
    if (!found->is_boolean()) {
      problems[name] = {"field.must_be_boolean"};
    } else {
      consents.push_back({std::string(channel), found->get<bool>()});
    }
  }
  if (consents.empty()) return consents;
  const auto text = [&](const char* name, std::size_t max_length, bool required) {
    const auto found = input.find(name);
    if (found != input.end() && !found->is_null() && !found->is_string()) {
      problems[name] = {"field.must_be_string"};
      return std::string();
    }
    const auto value = found == input.end() || found->is_null() ? "" : trimmed(*found);
    if (value.size() > max_length) problems[name] = {"field.too_long", {{"max", std::to_string(max_length)}}};
    if (value.empty() && required) problems[name] = {"contact.consent_proof_required"};
    return value;
  };
  const bool any_grant =
      std::any_of(consents.begin(), consents.end(), [](const auto& c) { return c.granted; });
  source = text("consent_source", 100, true);
  wording = text("consent_wording", 2000, any_grant);
  return consents;
}

}  // namespace

ContactService::ContactService(const Database& database, const Clock& clock)
    : db_(database), clock_(clock), contacts_(database) {}

nlohmann::json ContactService::toJson(const Row& row) const {
  const auto id = row.integer("id");
  auto channels = contacts_.channelsOf(row.integer("agency_id"), {id});
  return toJson(row, channels[id]);
}

nlohmann::json ContactService::toJson(const Row& row, const ContactChannels& channels) const {
  nlohmann::json contact = {{"id", row.integer("id")}};
  contact["civility"] = optionalJson(row, "civility");
  for (const auto& field : kTextFields) {
    contact[std::string(field.name)] = optionalJson(row, std::string(field.name));
  }
  contact["email"] = optionalJson(row, "email");
  contact["phone"] = optionalJson(row, "phone");
  contact["phone_display"] =
      row.isNull("phone") ? nlohmann::json() : nlohmann::json(formatFrench(row.text("phone")));
  contact["emails"] = nlohmann::json::array();
  for (const auto& email : channels.emails) {
    contact["emails"].push_back(
        {{"value", email.value}, {"label", email.label ? nlohmann::json(*email.label) : nlohmann::json()}});
  }
  contact["phones"] = nlohmann::json::array();
  for (const auto& phone : channels.phones) {
    contact["phones"].push_back({{"value", phone.value},
                                 {"display", formatFrench(phone.value)},
                                 {"label", phone.label ? nlohmann::json(*phone.label) : nlohmann::json()}});
  }
  contact["country"] = row.text("country");
  contact["preferred_language"] = row.text("preferred_language");
  contact["roles"] = rolesOf(row.integer("roles_mask"));
  contact["agent_id"] = row.isNull("agent_id") ? nlohmann::json() : nlohmann::json(row.integer("agent_id"));
  contact["consent_email"] = row.boolean("consent_email");
  contact["consent_sms"] = row.boolean("consent_sms");
  const auto instant = [&](const char* column) {
    return row.isNull(column) ? nlohmann::json() : nlohmann::json(isoUtc(row.integer(column)));
  };
  contact["last_inbound_at"] = instant("last_inbound_at");
  contact["erased_at"] = instant("erased_at");
  contact["created_at"] = instant("created_at");
  contact["updated_at"] = instant("updated_at");
  return contact;
}

nlohmann::json ContactService::create(const Principal& by, const nlohmann::json& input) const {
  return save(by, std::nullopt, input);
}

nlohmann::json ContactService::update(const Principal& by, std::int64_t id,
                                      const nlohmann::json& input) const {
  get(by, id);
  return save(by, id, input);
}

Row ContactService::stored(const Principal& by, std::int64_t id) const {
  auto row = contacts_.find(by.agency_id, id);
  if (!row) throw ApiError::notFound();
  if (!row->isNull("merged_into_id")) {
    throw DetailedApiError(ApiError(404, "contact_merged", {"contact.merged"}),
                           {{"merged_into_id", row->integer("merged_into_id")}});
  }
  return std::move(*row);
}

nlohmann::json ContactService::get(const Principal& by, std::int64_t id) const {
  auto contact = toJson(stored(by, id));
  contact["consents"] = contacts_.consentHistory(by.agency_id, id);
  contact["properties"] = contacts_.ownedProperties(by.agency_id, id);
  return contact;
}

nlohmann::json ContactService::save(const Principal& by, std::optional<std::int64_t> id,
                                    const nlohmann::json& input) const {
  Draft draft = newContactDraft(by);
  if (id) {
    const auto row = contacts_.find(by.agency_id, *id);
    if (!row->isNull("erased_at")) throw ApiError::conflict("contact_erased", {"contact.erased"});
    draft = storedDraft(*row, contacts_.channels(by.agency_id, *id, "email"),
                        contacts_.channels(by.agency_id, *id, "phone"));
  }
  Problems problems;
  DraftReader reader(input, draft, problems);
  reader.readFields();
  reader.readChannels();
  std::string consent_source;
  std::string consent_wording;
  const auto consents = readConsents(input, problems, consent_source, consent_wording);
  const auto allow = input.find("allow_duplicate");
  if (allow != input.end() && !allow->is_null() && !allow->is_boolean()) {
    problems["allow_duplicate"] = {"field.must_be_boolean"};
  }
  const auto& fields = draft.fields;
  if (fields["first_name"].is_null() && fields["last_name"].is_null() && draft.emails.empty() &&
      draft.phones.empty()) {
    problems.try_emplace("last_name", Text{"contact.identity_required"});
  }
  if (fields["agent_id"].is_number() && !contacts_.isAgencyUser(by.agency_id, fields["agent_id"])) {
    problems.try_emplace("agent_id", Text{"contact.agent_unknown"});
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);

  if (allow == input.end() || *allow != true) {
    std::vector<std::int64_t> duplicates;
    const auto collect = [&](const std::string& kind, const std::vector<ContactChannel>& channels) {
      for (const auto& channel : channels) {
        for (const auto other : contacts_.holdersOf(by.agency_id, kind, channel.value)) {
          if (other != id.value_or(0) &&
              std::find(duplicates.begin(), duplicates.end(), other) == duplicates.end())
            duplicates.push_back(other);
        }
      }
    };
    collect("email", draft.emails);
    collect("phone", draft.phones);
    if (!duplicates.empty()) {
      auto listed = nlohmann::json::array();
      for (const auto& row : contacts_.summaries(by.agency_id, duplicates)) {
        listed.push_back({{"id", row.integer("id")},
                          {"first_name", optionalJson(row, "first_name")},
                          {"last_name", optionalJson(row, "last_name")},
                          {"email", optionalJson(row, "email")},
                          {"phone", optionalJson(row, "phone")}});
      }
      throw DetailedApiError(ApiError::conflict("contact_duplicate", {"contact.duplicate"}),
                             {{"duplicates", listed}});
    }
  }

  const auto now = clock_.now();
  std::int64_t contact_id = id.value_or(0);
  db_.transaction([&] {
    auto columns = columnsOf(draft);
    columns.emplace_back("updated_at", now);
    if (id) {
      contacts_.update(by.agency_id, contact_id, columns);
    } else {
      columns.emplace_back("created_at", now);
      columns.emplace_back("created_by", by.user_id ? SqlValue{*by.user_id} : SqlValue{nullptr});
      contact_id = contacts_.insert(by.agency_id, columns);
    }
    contacts_.replaceChannels(by.agency_id, contact_id, "email", draft.emails);
    contacts_.replaceChannels(by.agency_id, contact_id, "phone", draft.phones);
    for (const auto& consent : consents) {
      contacts_.addConsent(by.agency_id, contact_id, consent.channel, consent.granted, now, consent_source,
                           consent_wording, std::nullopt, by.user_id);
    }
  });
  return get(by, contact_id);
}

std::vector<std::int64_t> ContactService::findDuplicates(std::int64_t agency_id,
                                                         const std::optional<std::string>& email_lower,
                                                         const std::optional<std::string>& phone_e164) const {
  std::vector<std::int64_t> ids;
  if (email_lower) ids = contacts_.holdersOf(agency_id, "email", *email_lower);
  if (phone_e164) {
    for (const auto id : contacts_.holdersOf(agency_id, "phone", *phone_e164)) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

void ContactService::recordConsent(std::int64_t agency_id, std::int64_t contact_id, std::string_view channel,
                                   bool granted, std::string_view source, std::string_view wording,
                                   std::optional<std::string> ip, std::optional<std::int64_t> user_id) const {
  Problems problems;
  if (!isOneOf(kConsentChannels, std::string(channel))) {
    problems["channel"] = {"field.choice_invalid", {{"choices", choiceList(kConsentChannels)}}};
  }
  if (trimmed(std::string(source)).empty()) problems["source"] = {"contact.consent_proof_required"};
  if (source.size() > 100) problems["source"] = {"field.too_long", {{"max", "100"}}};
  if (granted && trimmed(std::string(wording)).empty())
    problems["wording"] = {"contact.consent_proof_required"};
  if (wording.size() > 2000) problems["wording"] = {"field.too_long", {{"max", "2000"}}};
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  const auto contact = find(agency_id, contact_id);
  if (!contact) throw ApiError::notFound();
  if (!(*contact)["erased_at"].is_null()) throw ApiError::conflict("contact_erased", {"contact.erased"});
  db_.transaction([&] {
    contacts_.addConsent(agency_id, contact_id, std::string(channel), granted, clock_.now(),
                         std::string(source), std::string(wording), ip, user_id);
    contacts_.update(agency_id, contact_id, {{"updated_at", clock_.now()}});
  });
}

void ContactService::touchInbound(std::int64_t agency_id, std::int64_t contact_id, EpochMs at) const {
  contacts_.touchInbound(agency_id, contact_id, at);
}

std::optional<nlohmann::json> ContactService::find(std::int64_t agency_id, std::int64_t id) const {
  const auto row = contacts_.find(agency_id, id);
  if (!row || !row->isNull("merged_into_id")) return std::nullopt;
  return toJson(*row);
}

std::optional<std::int64_t> ContactService::roleBit(std::string_view role) {
  const auto found = std::find(kRoles.begin(), kRoles.end(), role);
  if (found == kRoles.end()) return std::nullopt;
  return std::int64_t{1} << (found - kRoles.begin());
}

std::string ContactService::roleList() {
  return choiceList(kRoles);
}

ContactService::Page ContactService::search(const Principal& by, const ContactSearch& search,
                                            std::int64_t offset, std::int64_t limit) const {
  const auto found = contacts_.search(by.agency_id, search, offset, limit);
  Page page{{}, found.total, found.total_exact};
  std::vector<std::int64_t> ids;
  for (const auto& row : found.rows) ids.push_back(row.integer("id"));
  auto channels = contacts_.channelsOf(by.agency_id, ids);
  for (const auto& row : found.rows) page.items.push_back(toJson(row, channels[row.integer("id")]));
  return page;
}

std::vector<nlohmann::json> ContactService::duplicatesOf(const Principal& by, std::int64_t id) const {
  stored(by, id);
  std::vector<nlohmann::json> found;
  for (const auto other : contacts_.similarTo(by.agency_id, id)) {
    if (auto contact = find(by.agency_id, other)) found.push_back(std::move(*contact));
  }
  return found;
}

nlohmann::json ContactService::merge(const Principal& by, std::int64_t id, std::int64_t other_id) const {
  const auto target = stored(by, id);
  const auto other = contacts_.find(by.agency_id, other_id);
  if (other_id == id) throw ApiError::invalidFields({{"other_id", {"contact.merge_itself"}}});
  if (!other || !other->isNull("merged_into_id")) {
    throw ApiError::invalidFields({{"other_id", {"contact.merge_unknown"}}});
  }
  if (!target.isNull("erased_at") || !other->isNull("erased_at")) {
    throw ApiError::conflict("contact_erased", {"contact.erased"});
  }
  // The survivor keeps its values; the other's fill what it lacks.
  Columns filled;
  for (const auto* column : {"civility", "first_name", "last_name", "street", "postal_code", "city",
                             "agent_id", "last_inbound_at"}) {
    if (target.isNull(column) && !other->isNull(column)) {
      filled.emplace_back(column,
                          column == std::string("agent_id") || column == std::string("last_inbound_at")
                              ? SqlValue{other->integer(column)}
                              : SqlValue{other->text(column)});
    }
  }
  if (!target.isNull("last_inbound_at") && !other->isNull("last_inbound_at") &&
      other->integer("last_inbound_at") > target.integer("last_inbound_at")) {
    filled.emplace_back("last_inbound_at", other->integer("last_inbound_at"));
  }
  if (!other->isNull("notes")) {
    filled.emplace_back("notes", target.isNull("notes")
                                     ? other->text("notes")
                                     : target.text("notes") + "\n\n" + other->text("notes"));
  }
  filled.emplace_back("roles_mask", target.integer("roles_mask") | other->integer("roles_mask"));
  const auto now = clock_.now();
  filled.emplace_back("updated_at", now);
  db_.transaction([&] {
    contacts_.update(by.agency_id, id, filled);
    contacts_.moveAll(by.agency_id, other_id, id, now);
    contacts_.refreshConsents(by.agency_id, id);
    contacts_.addAudit(by.agency_id, by.user_id, "contact_merged", id, now, {{"merged_id", other_id}});
    contacts_.addAudit(by.agency_id, by.user_id, "contact_merged_into", other_id, now, {{"into_id", id}});
  });
  return get(by, id);
}

nlohmann::json ContactService::exportData(const Principal& by, std::int64_t id) const {
  const auto contact = get(by, id);
  const auto now = clock_.now();
  contacts_.addAudit(by.agency_id, by.user_id, "contact_exported", id, now, nlohmann::json::object());
  nlohmann::json exported = {{"exported_at", isoUtc(now)}, {"contact", contact}};
  exported.update(contacts_.exportRows(by.agency_id, id));
  return exported;
}

void ContactService::linkOwner(std::int64_t agency_id, std::int64_t property_id,
                               std::int64_t contact_id) const {
  contacts_.addOwner(agency_id, property_id, contact_id);
}

nlohmann::json ContactService::erase(const Principal& by, std::int64_t id) const {
  const auto row = stored(by, id);
  if (!row.isNull("erased_at")) return get(by, id);
  const auto now = clock_.now();
  db_.transaction([&] {
    contacts_.anonymise(by.agency_id, id, now);
    contacts_.addAudit(by.agency_id, by.user_id, "contact_erased", id, now, nlohmann::json::object());
  });
  return get(by, id);
}

}  // namespace logis
