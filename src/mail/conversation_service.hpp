#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "contacts/contact_service.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "storage/media_storage.hpp"

namespace logis {

struct ConversationFilter {
  bool unread_only = false;
  std::optional<std::string> q;  // in the contact's name or email, or the last subject
};

struct ConversationPage {
  std::vector<nlohmann::json> items;
  std::int64_t total = 0;
};

struct AttachmentFile {
  std::filesystem::path path;
  std::string filename;
  std::string content_type;
};

// The inbox: the agency's emails grouped by contact, each contact's messages threaded, read marks, and
// the attachments. Every query filters on the caller's agency; another agency's object is 404.
class ConversationService {
 public:
  ConversationService(const Database& database, const Clock& clock, const MediaStorage& media,
                      const ContactService& contacts);

  // One row per contact with emails, the most recent conversation first.
  ConversationPage list(const Principal& caller, const ConversationFilter& filter, std::int64_t offset,
                        std::int64_t limit) const;
  // The contact's emails, oldest first, with their attachments' metadata.
  ConversationPage messages(const Principal& caller, std::int64_t contact_id, std::int64_t offset,
                            std::int64_t limit) const;
  nlohmann::json markRead(const Principal& caller, std::int64_t email_id, bool read) const;
  AttachmentFile attachment(const Principal& caller, std::int64_t email_id, std::int64_t attachment_id) const;

 private:
  const Database& db_;
  const Clock& clock_;
  const MediaStorage& media_;
  const ContactService& contacts_;
};

}  // namespace logis
