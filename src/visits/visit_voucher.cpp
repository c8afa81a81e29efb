#include "visits/visit_voucher.hpp"

#include <sodium.h>

#include "auth/policy.hpp"
#include "core/api_error.hpp"
#include "core/french_format.hpp"
#include "core/time_format.hpp"
#include "docs/pdf_document.hpp"
#include "docs/png_image.hpp"
#include "visits/visit_document_labels.hpp"

namespace logis::visits {
namespace {

constexpr std::string_view kPngDataUrl = "data:image/png;base64,";
// Fewer inked pixels than this is a tap, not a signature.
constexpr std::int64_t kMinimumInk = 60;

std::optional<std::string> fromBase64(std::string_view text) {
  std::string bytes(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                        text.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return std::nullopt;
  }
  bytes.resize(length);
  return bytes;
}

// The content type of a signed paper, read from its first bytes.
std::optional<std::string> sniffedType(const std::string& bytes) {
  if (bytes.starts_with("%PDF-")) return "application/pdf";
  if (bytes.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
  if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return "image/png";
  return std::nullopt;
}

std::string extensionOf(const std::string& content_type) {
  if (content_type == "image/jpeg") return ".jpg";
  if (content_type == "image/png") return ".png";
  return ".pdf";
}

std::string names(const std::vector<NamedPerson>& people) {
  std::string text;
  for (std::size_t i = 0; i < people.size(); ++i) {
    text += (i == 0 ? "" : i + 1 == people.size() ? " et " : ", ") + fullName(people[i]);
  }
  return text.empty() ? "le visiteur" : text;
}

}  // namespace

nlohmann::json VisitVoucher::toJson(const Row& voucher) {
  return {{"signed_via", voucher.text("signed_via")},
          {"signer_name",
           voucher.isNull("signer_name") ? nlohmann::json() : nlohmann::json(voucher.text("signer_name"))},
          {"signed_at", isoUtc(voucher.integer("signed_at"))}};
}

VoucherFile VisitVoucher::get(const Principal& caller, std::int64_t visit_id) const {
  const auto visit = documents_.visit(caller.agency_id, visit_id);
  if (!visit) throw ApiError::notFound();
  const auto base = "bon-de-visite-" + std::to_string(visit_id);
  if (const auto stored = documents_.voucher(caller.agency_id, visit_id)) {
    auto bytes = media_.read(stored->text("storage_key"));
    if (!bytes)
      throw std::runtime_error("bon de visite missing from the media storage: " +
                               stored->text("storage_key"));
    const auto type = stored->text("content_type");
    return {std::move(*bytes), type, base + "-signe" + extensionOf(type)};
  }
  return {document(caller.agency_id, *visit, std::nullopt, std::nullopt, 0), "application/pdf",
          base + ".pdf"};
}

Visit VisitVoucher::signable(const Principal& caller, std::int64_t visit_id) const {
  auto visit = documents_.visit(caller.agency_id, visit_id);
  if (!visit) throw ApiError::notFound();
  if (!Policy::allowsOn(caller, Action::manage_visits, visit->agent_id)) throw ApiError::forbidden();
  if (visit->status == "cancelled") throw ApiError(422, "visit_cancelled", {"voucher.visit_cancelled"});
  return std::move(*visit);
}

nlohmann::json VisitVoucher::signDrawn(const Principal& caller, std::int64_t visit_id,
                                       const std::string& signature, const std::string& signer_name) const {
  const auto visit = signable(caller, visit_id);
  if (!signature.starts_with(kPngDataUrl)) {
    throw ApiError::invalidFields({{"signature", {"voucher.signature_not_png"}}});
  }
  const auto encoded = std::string_view(signature).substr(kPngDataUrl.size());
  if (encoded.size() > (kMaxSignatureBytes + 2) / 3 * 4) {
    throw ApiError::invalidFields({{"signature", {"voucher.signature_too_large", {{"max", "1"}}}}});
  }
  const auto png = fromBase64(encoded);
  const auto image = png ? docs::PngImage::decode(*png) : std::nullopt;
  if (!image) throw ApiError::invalidFields({{"signature", {"voucher.signature_not_png"}}});
  if (image->inkedPixels() < kMinimumInk) {
    throw ApiError::invalidFields({{"signature", {"voucher.signature_blank"}}});
  }
  const auto pdf = document(caller.agency_id, visit, png, signer_name, clock_.now());
  return store(caller, visit, "drawn", signer_name, pdf, "application/pdf");
}

nlohmann::json VisitVoucher::upload(const Principal& caller, std::int64_t visit_id, const std::string& bytes,
                                    const std::optional<std::string>& signer_name) const {
  const auto visit = signable(caller, visit_id);
  if (bytes.size() > kMaxUploadBytes) {
    throw ApiError(413, "file_too_large", {"voucher.file_too_large", {{"max", "10"}}},
                   {{"file", {"voucher.file_too_large", {{"max", "10"}}}}});
  }
  const auto type = sniffedType(bytes);
  if (!type) {
    throw ApiError(415, "unsupported_file", {"voucher.file_type"}, {{"file", {"voucher.file_type"}}});
  }
  return store(caller, visit, "uploaded", signer_name, bytes, *type);
}

nlohmann::json VisitVoucher::store(const Principal& caller, const Visit& visit, const std::string& signed_via,
                                   const std::optional<std::string>& signer_name, const std::string& bytes,
                                   const std::string& content_type) const {
  const auto now = clock_.now();
  const auto key = media_.put("vouchers/" + std::to_string(visit.id), bytes);
  std::optional<std::string> replaced;
  try {
    db_.transaction([&] {
      if (const auto previous = documents_.voucher(caller.agency_id, visit.id))
        replaced = previous->text("storage_key");
      documents_.saveVoucher(caller.agency_id, visit.id,
                             {signed_via, signer_name, key, content_type,
                              static_cast<std::int64_t>(bytes.size()), now, caller.user_id});
      const std::string how = signed_via == "drawn" ? "signé sur écran" : "signé sur papier et numérisé";
      for (const auto contact_id : visit.contact_ids) {
        interactions_.append({.agency_id = caller.agency_id,
                              .contact_id = contact_id,
                              .lead_id = visit.lead_id,
                              .property_id = visit.property_id,
                              .type = "visit",
                              .direction = std::nullopt,
                              .summary = "Bon de visite signé",
                              .body = signer_name ? "Bon de visite " + how + " par " + *signer_name + "."
                                                  : "Bon de visite " + how + ".",
                              .meta = {{"visit_id", visit.id}, {"signed_via", signed_via}},
                              .user_id = caller.user_id,
                              .occurred_at = now});
      }
    });
  } catch (...) {
    media_.remove(key);
    throw;
  }
  if (replaced) media_.remove(*replaced);
  return toJson(*documents_.voucher(caller.agency_id, visit.id));
}

std::string VisitVoucher::document(std::int64_t agency_id, const Visit& visit,
                                   const std::optional<std::string>& signature,
                                   const std::optional<std::string>& signer_name, EpochMs signed_at) const {
  const auto agency = documents_.agency(agency_id);
  const auto zone = agencyZone(agency);
  const auto property = visit.property_id ? documents_.property(agency_id, *visit.property_id) : std::nullopt;
  const auto visitors = documents_.contacts(agency_id, visit.contact_ids);
  const auto agent = documents_.userName(agency_id, visit.agent_id).value_or("");
  const auto when = frenchDate(visit.starts_at, zone) + " à " + frenchTime(visit.starts_at, zone);

  docs::PdfDocument pdf("Bon de visite", agency.name + " – bon de visite n° " + std::to_string(visit.id));
  pdf.paragraph(letterhead(agency), true);
  pdf.title("Bon de visite");
  pdf.paragraph("Je soussigné(e) " + names(visitors) +
                ", reconnais avoir visité par l'intermédiaire de l'agence " + agency.name +
                (agent.empty() ? "" : ", représentée par " + agent) + ", le " + when +
                ", le bien désigné ci-dessous, qui m'a été présenté par elle.");
  pdf.paragraph(
      "Je m'engage à ne pas traiter l'achat ou la location de ce bien directement avec son propriétaire, ni "
      "par "
      "l'intermédiaire d'une autre agence ou de toute autre personne, pendant la durée du mandat confié à "
      "l'agence et ses prorogations, et pendant les douze mois qui suivent leur expiration. À défaut, je "
      "serais "
      "redevable envers l'agence d'une indemnité égale au montant de la rémunération qu'elle aurait perçue.");

  pdf.heading("Le bien");
  std::vector<std::vector<std::string>> rows;
  if (property) {
    rows.push_back({"Référence", property->reference});
    rows.push_back({"Désignation", property->title});
    if (const auto address = addressOf(*property)) rows.push_back({"Adresse", *address});
    if (property->price_cents) {
      rows.push_back(
          {property->transaction == "rent" ? "Loyer mensuel" : "Prix", euros(*property->price_cents)});
    }
  } else if (visit.place) {
    rows.push_back({"Adresse", *visit.place});
  }
  pdf.table({}, rows, {0.3, 0.7});

  pdf.heading("La visite");
  pdf.table(
      {}, {{"Date", when}, {"Visiteur(s)", names(visitors)}, {"Agent", agent.empty() ? agency.name : agent}},
      {0.3, 0.7});

  pdf.signatureBox("Signature du visiteur, précédée de la mention « Lu et approuvé »", signature);
  if (signature) {
    pdf.paragraph("Signé électroniquement" + (signer_name ? " par " + *signer_name : std::string()) + " le " +
                      frenchDate(signed_at, zone) + " à " + frenchTime(signed_at, zone) + ".",
                  true);
  }
  return pdf.render();
}

}  // namespace logis::visits
