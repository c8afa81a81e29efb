#pragma once

#include <Poco/Net/Context.h>
#include <Poco/URI.h>

#include <chrono>
#include <string>
#include <vector>

#include "geo/geocoder.hpp"

namespace logis::geo {

// The French national address base (BAN) through the Géoplateforme geocoding API, or anything that speaks
// it: GET {base}/search?q=...&limit=...&autocomplete=0 answers a GeoJSON FeatureCollection.
// One exchange (connection, request, answer) never takes longer than `timeout`; the DNS lookup is left
// to the system resolver. A 429 whose Retry-After is at most 2 s is retried once. Certificates are
// checked against the system CA store.
// Holds no state between searches: one instance serves every request thread.
class BanGeocoder final : public Geocoder {
 public:
  // Throws std::invalid_argument unless `base_url` is an http:// or https:// URL.
  explicit BanGeocoder(const std::string& base_url,
                       std::chrono::milliseconds timeout = std::chrono::seconds(3));

  std::vector<GeocodeResult> search(const std::string& query, int limit) override;

 private:
  struct Reply;
  Reply fetch(const std::string& path_and_query) const;

  Poco::URI base_;
  std::chrono::milliseconds timeout_;
  Poco::Net::Context::Ptr tls_;  // null for http://
};

}  // namespace logis::geo
