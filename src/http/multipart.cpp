#include "http/multipart.hpp"

#include <Poco/Exception.h>
#include <Poco/MemoryStream.h>
#include <Poco/Net/MediaType.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/MultipartReader.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include "core/api_error.hpp"

namespace logis {
namespace {

// Far more than any form of ours has; tiny parts by the hundred thousand would cost memory for nothing.
constexpr std::size_t kMaxParts = 50;

ApiError malformed() {
  return ApiError::badRequest("malformed_multipart", {"error.multipart_malformed"});
}

std::string boundaryOf(const Request& request) {
  const Poco::Net::MediaType type(request.header("Content-Type").value_or(""));
  if (!type.matches("multipart", "form-data")) {
    throw ApiError(415, "unsupported_media_type", {"error.multipart_expected"});
  }
  if (!type.hasParameter("boundary") || type.getParameter("boundary").empty()) {
    throw ApiError::badRequest("multipart_boundary_missing", {"error.multipart_boundary_missing"});
  }
  return type.getParameter("boundary");
}

MultipartPart readPart(const Poco::Net::MessageHeader& header, std::istream& content) {
  std::string disposition;
  Poco::Net::NameValueCollection parameters;
  Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, parameters);
  if (Poco::icompare(disposition, "form-data") != 0 || !parameters.has("name")) throw malformed();
  MultipartPart part{
      parameters.get("name"), parameters.get("filename", ""), header.get("Content-Type", ""), {}};
  Poco::StreamCopier::copyToString(content, part.bytes);
  return part;
}

}  // namespace

Multipart Multipart::parse(const Request& request) {
  const auto boundary = boundaryOf(request);
  // The body is read where it lies: an upload is not copied once more to be parsed.
  Poco::MemoryInputStream body(request.body.data(), request.body.size());
  Multipart form;
  try {
    Poco::Net::MultipartReader reader(body, boundary);
    while (reader.hasNextPart()) {
      if (form.parts_.size() == kMaxParts) throw malformed();
      Poco::Net::MessageHeader header;
      reader.nextPart(header);
      form.parts_.push_back(readPart(header, reader.stream()));
    }
  } catch (const Poco::Exception&) {
    throw malformed();
  }
  if (form.parts_.empty()) throw malformed();
  return form;
}

const MultipartPart* Multipart::find(std::string_view name) const {
  for (const auto& part : parts_) {
    if (part.name == name) return &part;
  }
  return nullptr;
}

}  // namespace logis
