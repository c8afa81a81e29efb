#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace logis::geo {

struct GeocodeResult {
  std::string label;   // the whole address as people read it: "8 Boulevard du Port 80000 Amiens"
  std::string street;  // number and street ("8 Boulevard du Port"); empty for a whole town
  std::string postal_code;
  std::string city;
  double lat = 0;
  double lon = 0;
  double score = 0;  // the provider's confidence, 0 to 1
};

// The address search cannot answer now (down, slow, rate-limited, unreadable); what() says why, for the
// log. The API answers 503 `geocoder_unavailable` and people place the map pin themselves.
class GeocoderUnavailable : public std::runtime_error {
 public:
  explicit GeocoderUnavailable(const std::string& reason) : std::runtime_error(reason) {}
};

// Finds addresses from what a person typed.
class Geocoder {
 public:
  virtual ~Geocoder() = default;
  // At most `limit` addresses, best first; none, without asking anyone, for fewer than 3 characters.
  virtual std::vector<GeocodeResult> search(const std::string& query, int limit) = 0;
};

}  // namespace logis::geo
