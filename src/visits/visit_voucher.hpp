#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "core/clock.hpp"
#include "db/database.hpp"
#include "leads/interaction_log.hpp"
#include "storage/media_storage.hpp"
#include "visits/visit_document_repository.hpp"

namespace logis::visits {

// A file answered as it is (a PDF, or the scan of a signed paper).
struct VoucherFile {
  std::string bytes;
  std::string content_type;
  std::string filename;
};

// The bon de visite: the PDF a visitor signs to acknowledge that the agency showed them the property (and
// to deal through it). Signed on a phone or tablet (a signature_pad PNG: the server makes the signed PDF)
// or on paper and uploaded (PDF, JPEG or PNG); the signed file is kept in the media storage.
class VisitVoucher {
 public:
  static constexpr std::size_t kMaxSignatureBytes = 1024 * 1024;
  static constexpr std::size_t kMaxUploadBytes = 10 * 1024 * 1024;

  VisitVoucher(const Database& database, const Clock& clock, const VisitDocumentRepository& documents,
               MediaStorage& media, const InteractionLog& interactions)
      : db_(database), clock_(clock), documents_(documents), media_(media), interactions_(interactions) {}

  // The signed one when stored, else the blank PDF to sign on paper.
  VoucherFile get(const Principal& caller, std::int64_t visit_id) const;
  // `signature`: "data:image/png;base64,..." (a real PNG, 1 MB at most, something drawn on it). 422 naming
  // the field otherwise, or when the visit is cancelled.
  nlohmann::json signDrawn(const Principal& caller, std::int64_t visit_id, const std::string& signature,
                           const std::string& signer_name) const;
  // The signed paper: a PDF, JPEG or PNG by its content (415 otherwise), 10 MB at most (413).
  nlohmann::json upload(const Principal& caller, std::int64_t visit_id, const std::string& bytes,
                        const std::optional<std::string>& signer_name) const;

  static nlohmann::json toJson(const Row& voucher);

 private:
  // The visit the caller may sign for (404, 403, 422 when cancelled).
  Visit signable(const Principal& caller, std::int64_t visit_id) const;
  std::string document(std::int64_t agency_id, const Visit& visit,
                       const std::optional<std::string>& signature,
                       const std::optional<std::string>& signer_name, EpochMs signed_at) const;
  nlohmann::json store(const Principal& caller, const Visit& visit, const std::string& signed_via,
                       const std::optional<std::string>& signer_name, const std::string& bytes,
                       const std::string& content_type) const;

  const Database& db_;
  const Clock& clock_;
  const VisitDocumentRepository& documents_;
  MediaStorage& media_;
  const InteractionLog& interactions_;
};

}  // namespace logis::visits
