#include "mail/mail_account_service.hpp"

#include <algorithm>
#include <map>

#include "auth/policy.hpp"
#include "auth/user.hpp"
#include "core/api_error.hpp"
#include "core/time_format.hpp"
#include "mail/mime_message_builder.hpp"

namespace logis {
namespace {

using Problems = std::map<std::string, Text>;

enum class FieldType { text, single_line, choice, port, boolean, email, user };

struct FieldRule {
  const char* name;
  FieldType type;
  std::size_t max_length = 0;
  std::vector<std::string> choices = {};
  bool nullable = true;
};

const std::vector<FieldRule>& rules() {
  static const std::vector<FieldRule> table = {
      {"kind", FieldType::choice, 0, {"smtp", "imap"}, false},
      {"host", FieldType::single_line, 253, {}, false},
      {"port", FieldType::port, 0, {}, false},
      {"security", FieldType::choice, 0, {"none", "starttls", "tls"}, false},
      {"username", FieldType::single_line, 254},
      {"password", FieldType::text, 500},
      {"from_name", FieldType::single_line, 100},
      {"from_email", FieldType::email, 254},
      {"user_id", FieldType::user},
      {"folder", FieldType::single_line, 200, {}, false},
      {"mark_seen", FieldType::boolean, 0, {}, false},
      {"delete_after_fetch", FieldType::boolean, 0, {}, false},
      {"create_leads", FieldType::boolean, 0, {}, false},
      {"enabled", FieldType::boolean, 0, {}, false},
  };
  return table;
}

std::string joined(const std::vector<std::string>& choices) {
  std::string text;
  for (const auto& choice : choices) text += (text.empty() ? "" : ", ") + choice;
  return text;
}

// One field's value as a column value, or its problem noted.
std::optional<SqlValue> readField(const FieldRule& rule, const nlohmann::json& value, Problems& problems) {
  if (value.is_null()) {
    if (rule.nullable) return SqlValue{nullptr};
    problems[rule.name] = {"field.required"};
    return std::nullopt;
  }
  switch (rule.type) {
    case FieldType::boolean:
      if (!value.is_boolean()) break;
      return SqlValue{std::int64_t{value.get<bool>() ? 1 : 0}};
    case FieldType::port:
    case FieldType::user:
      if (!value.is_number_integer()) {
        problems[rule.name] = {"field.must_be_integer"};
        return std::nullopt;
      }
      if (rule.type == FieldType::port &&
          (value.get<std::int64_t>() < 1 || value.get<std::int64_t>() > 65535)) {
        problems[rule.name] = {"field.out_of_range", {{"min", "1"}, {"max", "65535"}}};
        return std::nullopt;
      }
      return SqlValue{value.get<std::int64_t>()};
    default:
      break;
  }
  if (rule.type == FieldType::boolean) {
    problems[rule.name] = {"field.must_be_boolean"};
    return std::nullopt;
  }
  if (!value.is_string()) {
    problems[rule.name] = {"field.must_be_string"};
    return std::nullopt;
  }
  auto text = value.get<std::string>();
  if (rule.type == FieldType::email) text = normalizeEmail(text);
  if (text.empty() && rule.nullable) return SqlValue{nullptr};
  if (text.empty()) {
    problems[rule.name] = {"field.required"};
  } else if (rule.max_length && text.size() > rule.max_length) {
    problems[rule.name] = {"field.too_long", {{"max", std::to_string(rule.max_length)}}};
  } else if (rule.type == FieldType::choice &&
             std::find(rule.choices.begin(), rule.choices.end(), text) == rule.choices.end()) {
    problems[rule.name] = {"field.choice_invalid", {{"choices", joined(rule.choices)}}};
  } else if (rule.type == FieldType::email && !isPlausibleEmail(text)) {
    problems[rule.name] = {"field.email_invalid"};
  } else if (rule.name == std::string_view("host") && text.find_first_of(" \t/") != std::string::npos) {
    problems[rule.name] = {"mail_account.host_invalid"};
  } else {
    return SqlValue{text};
  }
  return std::nullopt;
}

// A line break in a value written into a header (or an SMTP command) is refused outright: 400.
void refuseLineBreaks(const nlohmann::json& input, std::initializer_list<const char*> names) {
  std::map<std::string, Text> fields;
  for (const auto* name : names) {
    if (input.contains(name) && input[name].is_string() &&
        !MimeMessageBuilder::isSingleLine(input[name].get<std::string>())) {
      fields[name] = {"field.line_break"};
    }
  }
  if (!fields.empty()) throw ApiError(400, "invalid_fields", {"error.invalid_fields"}, std::move(fields));
}

int defaultPort(const std::string& kind, const std::string& security) {
  if (kind == "imap") return security == "tls" ? 993 : 143;
  if (security == "tls") return 465;
  return security == "starttls" ? 587 : 25;
}

const SqlValue* columnValue(const Columns& columns, std::string_view name) {
  for (const auto& [column, value] : columns)
    if (column == name) return &value;
  return nullptr;
}

nlohmann::json optionalJson(const Row& row, const std::string& column) {
  return row.isNull(column) ? nlohmann::json() : nlohmann::json(row.text(column));
}

}  // namespace

MailAccountService::MailAccountService(const Database& database, const Clock& clock,
                                       crypto::SecretBox secrets)
    : clock_(clock), secrets_(std::move(secrets)), accounts_(database) {}

nlohmann::json MailAccountService::toJson(const Row& row) const {
  return {{"id", row.integer("id")},
          {"kind", row.text("kind")},
          {"user_id", row.isNull("user_id") ? nlohmann::json() : nlohmann::json(row.integer("user_id"))},
          {"host", row.text("host")},
          {"port", row.integer("port")},
          {"security", row.text("security")},
          {"username", optionalJson(row, "username")},
          {"has_password", !row.isNull("password_sealed")},
          {"from_name", optionalJson(row, "from_name")},
          {"from_email", optionalJson(row, "from_email")},
          {"folder", row.text("folder")},
          {"mark_seen", row.boolean("mark_seen")},
          {"delete_after_fetch", row.boolean("delete_after_fetch")},
          {"create_leads", row.boolean("create_leads")},
          {"enabled", row.boolean("enabled")},
          {"last_error", optionalJson(row, "last_error")},
          {"last_polled_at", row.isNull("last_polled_at")
                                 ? nlohmann::json()
                                 : nlohmann::json(isoUtc(row.integer("last_polled_at")))},
          {"created_at", isoUtc(row.integer("created_at"))},
          {"updated_at", isoUtc(row.integer("updated_at"))}};
}

std::vector<nlohmann::json> MailAccountService::list(const Principal& caller) const {
  const bool all = Policy::grant(caller.role, Action::manage_mail_accounts) == Grant::all;
  if (!all && !caller.user_id) return {};
  std::vector<nlohmann::json> items;
  for (const auto& row : accounts_.list(caller.agency_id, all ? std::nullopt : caller.user_id))
    items.push_back(toJson(row));
  return items;
}

Row MailAccountService::manageable(const Principal& caller, std::int64_t id) const {
  auto row = accounts_.find(caller.agency_id, id);
  if (!row || !Policy::allowsOn(caller, Action::manage_mail_accounts, row->optionalInteger("user_id")))
    throw ApiError::notFound();
  return std::move(*row);
}

Columns MailAccountService::columnsFrom(const Principal& caller, const nlohmann::json& input,
                                            bool creating) const {
  refuseLineBreaks(input, {"host", "username", "from_name", "from_email"});
  Problems problems;
  Columns columns;
  for (const auto& rule : rules()) {
    if (!input.contains(rule.name)) continue;
    auto value = readField(rule, input[rule.name], problems);
    if (!value) continue;
    if (rule.name == std::string_view("password")) {
      const auto* plain = std::get_if<std::string>(&*value);
      columns.emplace_back("password_sealed", plain ? SqlValue{secrets_.seal(*plain)} : SqlValue{nullptr});
      continue;
    }
    if (rule.name == std::string_view("user_id")) {
      const auto* user = std::get_if<std::int64_t>(&*value);
      if (!Policy::allowsOn(caller, Action::manage_mail_accounts, user ? std::optional(*user) : std::nullopt))
        throw ApiError::forbidden();
      if (user && !accounts_.isActiveUser(caller.agency_id, *user)) {
        problems["user_id"] = {"mail_account.user_unknown"};
        continue;
      }
    }
    columns.emplace_back(rule.name, std::move(*value));
  }
  if (creating) {
    for (const auto* name : {"kind", "host"})
      if (!input.contains(name) && !problems.contains(name)) problems[name] = {"field.required"};
  }
  if (!problems.empty()) throw ApiError::invalidFields(problems);
  return columns;
}

nlohmann::json MailAccountService::create(const Principal& caller, const nlohmann::json& input) const {
  auto columns = columnsFrom(caller, input, true);
  const auto kind = std::get<std::string>(*columnValue(columns, "kind"));
  const auto* from_email = columnValue(columns, "from_email");
  if (kind == "smtp" && (!from_email || std::holds_alternative<std::nullptr_t>(*from_email)))
    throw ApiError::invalidFields({{"from_email", {"field.required"}}});
  // Managers and agents add their own accounts: the owner defaults to them.
  if (!columnValue(columns, "user_id") &&
      Policy::grant(caller.role, Action::manage_mail_accounts) != Grant::all) {
    if (!caller.user_id) throw ApiError::forbidden();
    columns.emplace_back("user_id", *caller.user_id);
  }
  const auto* security = columnValue(columns, "security");
  const std::string security_name = security ? std::get<std::string>(*security) : "starttls";
  if (!security) columns.emplace_back("security", security_name);
  if (!columnValue(columns, "port"))
    columns.emplace_back("port", std::int64_t{defaultPort(kind, security_name)});
  const auto now = clock_.now();
  columns.emplace_back("created_at", now);
  columns.emplace_back("updated_at", now);
  const auto id = accounts_.insert(caller.agency_id, columns);
  return toJson(*accounts_.find(caller.agency_id, id));
}

nlohmann::json MailAccountService::update(const Principal& caller, std::int64_t id,
                                          const nlohmann::json& input) const {
  const auto before = manageable(caller, id);
  auto columns = columnsFrom(caller, input, false);
  const auto* from_email = columnValue(columns, "from_email");
  if (from_email && before.text("kind") == "smtp" && std::holds_alternative<std::nullptr_t>(*from_email))
    throw ApiError::invalidFields({{"from_email", {"field.required"}}});
  columns.emplace_back("updated_at", clock_.now());
  accounts_.update(caller.agency_id, id, columns);
  return toJson(*accounts_.find(caller.agency_id, id));
}

void MailAccountService::remove(const Principal& caller, std::int64_t id) const {
  manageable(caller, id);
  accounts_.remove(caller.agency_id, id);
}

SmtpAccount MailAccountService::smtpAccountOf(const Row& row) const {
  SmtpAccount account;
  account.id = row.integer("id");
  account.server.host = row.text("host");
  account.server.port = static_cast<int>(row.integer("port"));
  account.server.security = row.text("security");
  account.server.username = row.optionalText("username").value_or("");
  if (!row.isNull("password_sealed")) account.server.password = secrets_.open(row.text("password_sealed"));
  account.from_name = row.optionalText("from_name").value_or("");
  account.from_email = row.optionalText("from_email").value_or("");
  return account;
}

nlohmann::json MailAccountService::test(const Principal& caller, std::int64_t id) const {
  const auto row = manageable(caller, id);
  if (row.text("kind") != "smtp") {
    throw ApiError::conflict("mail_account_not_smtp", {"mail_account.test_smtp_only"});
  }
  try {
    SmtpSender(smtpAccountOf(row).server).check();
    return {{"ok", true}};
  } catch (const SmtpError& error) {
    return {{"ok", false}, {"answer", error.what()}};
  }
}

Row MailAccountService::pollable(const Principal& caller, std::int64_t id) const {
  auto row = manageable(caller, id);
  if (row.text("kind") != "imap" || !row.boolean("enabled")) {
    throw ApiError::conflict("mail_account_not_pollable", {"mail_account.poll_imap_only"});
  }
  return row;
}

std::optional<SmtpAccount> MailAccountService::senderFor(std::int64_t agency_id,
                                                         std::optional<std::int64_t> user_id) const {
  const auto row = accounts_.senderFor(agency_id, user_id);
  if (!row) return std::nullopt;
  return smtpAccountOf(*row);
}

std::optional<SmtpAccount> MailAccountService::smtpAccount(std::int64_t agency_id, std::int64_t id) const {
  const auto row = accounts_.find(agency_id, id);
  if (!row || row->text("kind") != "smtp") return std::nullopt;
  return smtpAccountOf(*row);
}

}  // namespace logis
