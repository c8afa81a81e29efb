#include "properties/property_sheet.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/french_format.hpp"
#include "docs/letterhead.hpp"
#include "docs/pdf_document.hpp"

namespace logis {
namespace {

constexpr double kPhotoWidth = 481;  // points: the text width of an A4 page with 2 cm margins
constexpr double kPhotoHeight = 270;

bool has(const nlohmann::json& property, const char* name) {
  return property.contains(name) && !property[name].is_null();
}

std::string text(const nlohmann::json& property, const char* name) {
  return has(property, name) ? property[name].get<std::string>() : "";
}

std::string money(const nlohmann::json& property, const char* name) {
  return euros(property[name].get<std::int64_t>());
}

std::optional<std::string> optionalText(const nlohmann::json& property, const char* name) {
  return has(property, name) ? std::optional(text(property, name)) : std::nullopt;
}

// "12 rue des Lilas, 69003 Lyon"; the street only when the property shows its exact address.
std::optional<std::string> addressLine(const nlohmann::json& property) {
  const bool exact = property["show_exact_address"] == true;
  return postalAddress(exact ? optionalText(property, "street") : std::nullopt,
                       optionalText(property, "postal_code"), optionalText(property, "city"));
}

void addPriceLines(const nlohmann::json& property, std::vector<std::string>& lines) {
  if (property["transaction"] == "rent") {
    lines.push_back("Transaction : location");
    if (has(property, "rent_cents")) lines.push_back("Loyer mensuel : " + money(property, "rent_cents"));
    if (has(property, "charges_cents")) lines.push_back("Charges : " + money(property, "charges_cents"));
    if (has(property, "deposit_cents"))
      lines.push_back("Dépôt de garantie : " + money(property, "deposit_cents"));
    if (has(property, "rent_fees_cents"))
      lines.push_back("Honoraires : " + money(property, "rent_fees_cents"));
    return;
  }
  lines.push_back("Transaction : vente");
  if (has(property, "price_cents")) lines.push_back("Prix : " + money(property, "price_cents"));
  if (has(property, "fees_cents")) {
    const auto payer = text(property, "fees_paid_by");
    lines.push_back("Honoraires : " + money(property, "fees_cents") +
                    (payer == "buyer"    ? " à la charge de l'acquéreur"
                     : payer == "seller" ? " à la charge du vendeur"
                                         : ""));
  }
}

void addSizeLines(const nlohmann::json& property, std::vector<std::string>& lines) {
  if (has(property, "living_area_m2"))
    lines.push_back("Surface habitable : " + frenchDecimal(property["living_area_m2"].get<double>()) + " m²");
  if (has(property, "land_area_m2"))
    lines.push_back("Terrain : " + frenchDecimal(property["land_area_m2"].get<double>()) + " m²");
  if (has(property, "rooms")) lines.push_back("Pièces : " + std::to_string(property["rooms"].get<int>()));
  if (has(property, "bedrooms"))
    lines.push_back("Chambres : " + std::to_string(property["bedrooms"].get<int>()));
}

std::string energyClass(const nlohmann::json& property, const char* name) {
  const auto status = text(property, "dpe_status");
  if (status == "not_required") return "non soumis";
  if (status == "blank") return "vierge";
  return has(property, name) ? text(property, name) : "non renseigné";
}

// A reference is typed by people: in a file name it keeps letters, digits, '-' and '_' only.
std::string fileName(const std::string& reference) {
  std::string name = "fiche-";
  for (const unsigned char c : reference)
    name += std::isalnum(c) || c == '-' || c == '_' ? static_cast<char>(c) : '-';
  return name + ".pdf";
}

std::string joinedLines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : "\n") + line;
  return joined;
}

}  // namespace

std::optional<std::string> PropertySheet::coverPhoto(std::int64_t agency_id, std::int64_t property_id) const {
  const auto photos = photos_.list(agency_id, property_id);
  if (photos.empty()) return std::nullopt;
  const auto cover =
      std::find_if(photos.begin(), photos.end(), [](const Photo& photo) { return photo.is_cover; });
  return media_.read((cover == photos.end() ? photos.front() : *cover).medium_key);
}

std::optional<PropertySheetFile> PropertySheet::render(std::int64_t agency_id,
                                                       std::int64_t property_id) const {
  const auto property = properties_.find(agency_id, property_id);
  if (!property) return std::nullopt;
  const auto agency = docs::agencyFacts(db_, agency_id);
  const auto reference = text(*property, "reference");

  docs::PdfDocument document("Fiche du bien – " + reference, agency.name + " – fiche du bien " + reference);
  document.paragraph(docs::letterhead(agency), true);
  document.title(text(*property, "title"));
  if (auto photo = coverPhoto(agency_id, property_id))
    document.photo(std::move(*photo), kPhotoWidth, kPhotoHeight);
  std::vector<std::string> lines{"Référence : " + reference};
  addPriceLines(*property, lines);
  if (const auto address = addressLine(*property)) lines.push_back("Adresse : " + *address);
  addSizeLines(*property, lines);
  document.paragraph(joinedLines(lines));
  document.heading("Diagnostic de performance énergétique");
  document.paragraph("DPE : " + energyClass(*property, "dpe_class") +
                     "\nGES : " + energyClass(*property, "ges_class"));
  if (has(*property, "description")) {
    document.heading("Description");
    document.paragraph(text(*property, "description"));
  }
  return PropertySheetFile{fileName(reference), document.render()};
}

}  // namespace logis
