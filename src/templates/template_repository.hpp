#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace logis {

struct TemplateFilter {
  std::string channel;  // email | sms
  std::optional<std::string> purpose;
  bool archived = false;  // archived templates instead of live ones
};

struct TemplateFields {
  std::optional<std::string> purpose;
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> subject;
  std::optional<std::string> body;
  std::optional<bool> archived;
};

// The SQL of message_templates. Every method takes the agency and filters on it.
class TemplateRepository {
 public:
  explicit TemplateRepository(const Database& database) : db_(database) {}

  // Copies defaultTemplates() for the agency unless it was done already (once, even concurrently).
  void ensureDefaults(std::int64_t agency_id, EpochMs now) const;
  std::vector<Row> list(std::int64_t agency_id, const TemplateFilter& filter, std::int64_t offset,
                        std::int64_t limit) const;
  std::int64_t count(std::int64_t agency_id, const TemplateFilter& filter) const;
  std::optional<Row> find(std::int64_t agency_id, const std::string& channel, std::int64_t id) const;
  // The live template of a purpose: the agency's default copy first, else the latest edited.
  std::optional<Row> forPurpose(std::int64_t agency_id, const std::string& channel,
                                const std::string& purpose) const;
  std::int64_t insert(std::int64_t agency_id, const std::string& channel, const TemplateFields& fields,
                      std::optional<std::int64_t> user_id, EpochMs now) const;
  void update(std::int64_t agency_id, std::int64_t id, const TemplateFields& fields,
              std::optional<std::int64_t> user_id, EpochMs now) const;

 private:
  const Database& db_;
};

}  // namespace logis
