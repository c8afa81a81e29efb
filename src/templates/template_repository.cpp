#include "templates/template_repository.hpp"

#include "templates/default_templates.hpp"

namespace logis {
namespace {

std::string whereOf(const TemplateFilter& filter, std::vector<SqlValue>& params) {
  std::string where = "WHERE agency_id = ? AND channel = ?";
  params.emplace_back(filter.channel);
  where += filter.archived ? " AND archived_at IS NOT NULL" : " AND archived_at IS NULL";
  if (filter.purpose) {
    where += " AND purpose = ?";
    params.emplace_back(*filter.purpose);
  }
  return where;
}

SqlValue nullable(const std::optional<std::string>& text) {
  return text ? SqlValue{*text} : SqlValue{nullptr};
}

}  // namespace

void TemplateRepository::ensureDefaults(std::int64_t agency_id, EpochMs now) const {
  if (db_.queryOne("SELECT agency_id FROM message_template_defaults WHERE agency_id = ?", {agency_id}))
    return;
  db_.transaction([&] {
    const std::string insert_ignore =
        db_.dialect() == Dialect::sqlite ? "INSERT OR IGNORE INTO " : "INSERT IGNORE INTO ";
    if (db_.execute(insert_ignore + "message_template_defaults (agency_id, created_at) VALUES (?, ?)",
                    {agency_id, now}) == 0) {
      return;
    }
    for (const auto& item : defaultTemplates()) {
      db_.execute(
          "INSERT INTO message_templates (agency_id, channel, purpose, name, subject, body, is_default, "
          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
          {agency_id, std::string(item.channel), std::string(item.purpose), std::string(item.name),
           item.subject.empty() ? SqlValue{nullptr} : SqlValue{std::string(item.subject)},
           std::string(item.body), now, now});
    }
  });
}

std::vector<Row> TemplateRepository::list(std::int64_t agency_id, const TemplateFilter& filter,
                                          std::int64_t offset, std::int64_t limit) const {
  std::vector<SqlValue> params{agency_id};
  const auto where = whereOf(filter, params);
  params.emplace_back(limit);
  params.emplace_back(offset);
  return db_.query("SELECT * FROM message_templates " + where +
                       " ORDER BY is_default DESC, purpose, name, id LIMIT ? OFFSET ?",
                   params);
}

std::int64_t TemplateRepository::count(std::int64_t agency_id, const TemplateFilter& filter) const {
  std::vector<SqlValue> params{agency_id};
  const auto where = whereOf(filter, params);
  return db_.query("SELECT COUNT(*) AS n FROM message_templates " + where, params).at(0).integer("n");
}

std::optional<Row> TemplateRepository::find(std::int64_t agency_id, const std::string& channel,
                                            std::int64_t id) const {
  return db_.queryOne("SELECT * FROM message_templates WHERE agency_id = ? AND channel = ? AND id = ?",
                      {agency_id, channel, id});
}

std::optional<Row> TemplateRepository::forPurpose(std::int64_t agency_id, const std::string& channel,
                                                  const std::string& purpose) const {
  return db_.queryOne(
      "SELECT * FROM message_templates WHERE agency_id = ? AND channel = ? AND purpose = ? AND "
      "archived_at IS NULL ORDER BY is_default DESC, updated_at DESC, id DESC LIMIT 1",
      {agency_id, channel, purpose});
}

std::int64_t TemplateRepository::insert(std::int64_t agency_id, const std::string& channel,
                                        const TemplateFields& fields, std::optional<std::int64_t> user_id,
                                        EpochMs now) const {
  return db_.insert(
      "INSERT INTO message_templates (agency_id, channel, purpose, name, subject, body, is_default, "
      "updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
      {agency_id, channel, *fields.purpose, *fields.name, nullable(fields.subject.value_or(std::nullopt)),
       *fields.body, user_id ? SqlValue{*user_id} : SqlValue{nullptr}, now, now});
}

void TemplateRepository::update(std::int64_t agency_id, std::int64_t id, const TemplateFields& fields,
                                std::optional<std::int64_t> user_id, EpochMs now) const {
  std::string sets = "updated_at = ?, updated_by = ?";
  std::vector<SqlValue> params;
  params.emplace_back(now);
  if (user_id) {
    params.emplace_back(*user_id);
  } else {
    params.emplace_back(nullptr);
  }
  const auto set = [&](const char* column) { sets += std::string(", ") + column + " = ?"; };
  if (fields.purpose) {
    set("purpose");
    params.emplace_back(*fields.purpose);
  }
  if (fields.name) {
    set("name");
    params.emplace_back(*fields.name);
  }
  if (fields.subject) {
    set("subject");
    params.push_back(nullable(*fields.subject));
  }
  if (fields.body) {
    set("body");
    params.emplace_back(*fields.body);
  }
  if (fields.archived) {
    set("archived_at");
    if (*fields.archived) {
      params.emplace_back(now);
    } else {
      params.emplace_back(nullptr);
    }
  }
  params.emplace_back(agency_id);
  params.emplace_back(id);
  db_.execute("UPDATE message_templates SET " + sets + " WHERE agency_id = ? AND id = ?", params);
}

}  // namespace logis
