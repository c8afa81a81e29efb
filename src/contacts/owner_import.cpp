#include "contacts/owner_import.hpp"

#include "auth/user.hpp"
#include "contacts/phone.hpp"
#include "core/strings.hpp"

namespace logis {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// At most `max` bytes, never cutting a UTF-8 character.
std::string clipped(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  auto end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// "Mme Lefèvre" -> civility Mme, last name Lefèvre; "Jean Dupont" -> first name Jean, last name Dupont;
// anything naming several people ("M. et Mme Garnier") stays whole as the last name.
void splitName(const std::string& name, nlohmann::json& contact) {
  std::string rest = name;
  for (const auto& [prefix, civility] :
       std::vector<std::pair<std::string, std::string>>{{"M. ", "M."}, {"Mme ", "Mme"}, {"Mlle ", "Mme"}}) {
    if (rest.starts_with(prefix) && rest.find(" et ") == std::string::npos) {
      contact["civility"] = civility;
      rest = trimmed(rest.substr(prefix.size()));
      break;
    }
  }
  const auto space = rest.find(' ');
  if (space == std::string::npos || rest.find(" et ") != std::string::npos) {
    contact["last_name"] = clipped(rest, 100);
  } else {
    contact["first_name"] = clipped(rest.substr(0, space), 100);
    contact["last_name"] = clipped(trimmed(rest.substr(space + 1)), 100);
  }
}

}  // namespace

std::int64_t OwnerImport::run() const {
  const auto rows = db_.query(
      "SELECT id, agency_id, transaction_type, owner_name, owner_phone, owner_email FROM properties "
      "WHERE owner_name IS NOT NULL OR owner_phone IS NOT NULL OR owner_email IS NOT NULL ORDER BY id");
  for (const auto& row : rows) {
    const auto agency_id = row.integer("agency_id");
    const auto property_id = row.integer("id");
    const auto name = trimmed(row.optionalText("owner_name").value_or(""));
    const auto typed_phone = trimmed(row.optionalText("owner_phone").value_or(""));
    auto email = lowercase(trimmed(row.optionalText("owner_email").value_or("")));
    const auto phone = typed_phone.empty() ? std::nullopt : toE164(typed_phone);
    // What cannot be stored as a channel is kept in the notes, as it was typed.
    std::string notes = "Propriétaire repris de la fiche du bien.";
    if (!typed_phone.empty() && !phone) notes += " Téléphone saisi : " + typed_phone + ".";
    if (!email.empty() && !isPlausibleEmail(email)) {
      notes += " E-mail saisi : " + email + ".";
      email.clear();
    }
    db_.transaction([&] {
      const auto existing = contacts_.findDuplicates(
          agency_id, email.empty() ? std::nullopt : std::optional<std::string>(email), phone);
      std::int64_t contact_id = 0;
      if (!existing.empty()) {
        contact_id = existing.front();
      } else {
        nlohmann::json contact = {
            {"allow_duplicate", true},
            {"notes", notes},
            {"roles", {row.text("transaction_type") == "rent" ? "bailleur" : "vendeur"}}};
        if (!name.empty()) splitName(name, contact);
        if (!email.empty()) contact["email"] = email;
        if (phone) contact["phone"] = *phone;
        if (name.empty() && email.empty() && !phone) contact["last_name"] = "Propriétaire";
        const Principal importer{Principal::Via::api_token, agency_id, Role::admin, std::nullopt, 0, ""};
        contact_id = contacts_.create(importer, contact)["id"].get<std::int64_t>();
      }
      contacts_.linkOwner(agency_id, property_id, contact_id);
      db_.execute(
          "UPDATE properties SET owner_name = NULL, owner_phone = NULL, owner_email = NULL WHERE id = ?",
          {property_id});
    });
  }
  return static_cast<std::int64_t>(rows.size());
}

}  // namespace logis
