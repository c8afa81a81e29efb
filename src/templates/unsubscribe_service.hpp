#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "contacts/contact_service.hpp"
#include "db/database.hpp"
#include "matching/alert_repository.hpp"
#include "templates/unsubscribe_links.hpp"

namespace logis {

// What an unsubscribe link leads to: who it names, and the withdrawal itself.
struct UnsubscribePage {
  UnsubscribeTarget target;
  std::string agency_name;
};

// Honours an unsubscribe link at once: the consent withdrawal is recorded with its proof (source "lien de
// désabonnement", the IP), contacts.consent_<channel> becomes false, and the contact's pending property
// alerts are canceled. Unsubscribing twice changes nothing more.
class UnsubscribeService {
 public:
  UnsubscribeService(const Database& database, const ContactService& contacts, const UnsubscribeLinks& links);

  // 400 "unsubscribe_invalid" for a forged, altered or truncated token, or an agency that does not exist.
  UnsubscribePage read(std::string_view token) const;
  UnsubscribePage withdraw(std::string_view token, const std::optional<std::string>& ip) const;

 private:
  const Database& db_;
  const ContactService& contacts_;
  const UnsubscribeLinks& links_;
  AlertRepository alerts_;
};

}  // namespace logis
