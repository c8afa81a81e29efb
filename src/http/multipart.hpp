#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"

namespace logis {

struct MultipartPart {
  std::string name;
  std::string filename;      // empty for a plain field
  std::string content_type;  // as the client declared it: says nothing reliable about a file
  std::string bytes;
};

// A multipart/form-data body (a file upload), parsed once the body-limit middleware has read it.
class Multipart {
 public:
  // 415 unless multipart/form-data; 400 without a boundary or when the body does not follow it.
  static Multipart parse(const Request& request);

  const std::vector<MultipartPart>& parts() const { return parts_; }
  // The first part with that name, or nullptr.
  const MultipartPart* find(std::string_view name) const;

 private:
  std::vector<MultipartPart> parts_;
};

}  // namespace logis
