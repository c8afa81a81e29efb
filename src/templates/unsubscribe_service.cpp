#include "templates/unsubscribe_service.hpp"

#include "core/api_error.hpp"

namespace logis {

UnsubscribeService::UnsubscribeService(const Database& database, const ContactService& contacts,
                                       const UnsubscribeLinks& links)
    : db_(database), contacts_(contacts), links_(links), alerts_(database) {}

UnsubscribePage UnsubscribeService::read(std::string_view token) const {
  const auto target = links_.verify(token);
  const auto agency =
      target ? db_.queryOne("SELECT name FROM agencies WHERE id = ?", {target->agency_id}) : std::nullopt;
  if (!agency) throw ApiError::badRequest("unsubscribe_invalid", {"unsubscribe.invalid_link"});
  return {*target, agency->text("name")};
}

UnsubscribePage UnsubscribeService::withdraw(std::string_view token,
                                             const std::optional<std::string>& ip) const {
  auto page = read(token);
  const auto& target = page.target;
  const auto contact = contacts_.find(target.agency_id, target.contact_id);
  // An erased contact has nothing left to withdraw; a merged one answers nullopt too (its survivor was
  // not the person who clicked, so the survivor's consent is left alone).
  if (!contact || !(*contact)["erased_at"].is_null()) return page;
  db_.transaction([&] {
    if ((*contact)["consent_" + target.channel].get<bool>()) {
      contacts_.recordConsent(target.agency_id, target.contact_id, target.channel, false,
                              "lien de désabonnement",
                              "Désabonnement par le lien reçu dans un message de l'agence", ip, std::nullopt);
    }
    alerts_.cancelPendingFor(target.agency_id, target.contact_id);
  });
  return page;
}

}  // namespace logis
