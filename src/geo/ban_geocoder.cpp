#include "geo/ban_geocoder.hpp"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <thread>

namespace logis::geo {
namespace {

constexpr std::size_t kMinQueryCharacters = 3;
// The API refuses longer queries with a 400; no address is that long.
constexpr std::size_t kMaxQueryCharacters = 200;
constexpr int kMaxLimit = 20;  // the API's own maximum
constexpr std::chrono::seconds kMaxRetryAfter{2};
constexpr std::size_t kMaxBodyBytes = 1024 * 1024;

// The time left for one exchange: each blocking step may wait only that long.
class Deadline {
 public:
  explicit Deadline(std::chrono::milliseconds budget) : end_(std::chrono::steady_clock::now() + budget) {}

  Poco::Timespan remaining() const {
    const auto left =
        std::chrono::duration_cast<std::chrono::microseconds>(end_ - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw GeocoderUnavailable("the geocoder did not answer in time");
    return Poco::Timespan(left.count());
  }

 private:
  std::chrono::steady_clock::time_point end_;
};

// The base URL, without a trailing slash so that "/search" can follow it.
Poco::URI parsedBase(const std::string& url) {
  const std::invalid_argument refusal("the geocoder URL must be an http:// or https:// URL, got '" + url +
                                      "'");
  Poco::URI uri;
  try {
    uri = Poco::URI(url);
  } catch (const Poco::SyntaxException&) {
    throw refusal;
  }
  if ((uri.getScheme() != "http" && uri.getScheme() != "https") || uri.getHost().empty()) throw refusal;
  auto path = uri.getPath();
  while (path.ends_with('/')) path.pop_back();
  uri.setPath(path);
  return uri;
}

// Verifies the server's certificate chain against the system CA store and its name against the host.
Poco::Net::Context::Ptr tlsContext() {
  Poco::Net::Context::Params params;
  params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
  params.loadDefaultCAs = true;
  Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
  context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
  return context;
}

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::size_t characterCount(const std::string& utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](unsigned char byte) { return (byte & 0xC0) != 0x80; }));
}

std::string searchTarget(const Poco::URI& base, const std::string& query, int limit) {
  Poco::URI uri(base);
  uri.setPath(base.getPath() + "/search");
  uri.addQueryParameter("q", query);
  uri.addQueryParameter("limit", std::to_string(limit));
  // Whole words only: people type a full address and pick from the answers.
  uri.addQueryParameter("autocomplete", "0");
  return uri.getPathAndQuery();
}

// Retry-After in seconds; its HTTP-date form is not worth waiting for.
std::optional<std::chrono::seconds> retryAfter(const std::string& value) {
  int seconds = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (value.empty() || error != std::errc() || end != value.data() + value.size() || seconds < 0) {
    return std::nullopt;
  }
  return std::chrono::seconds(seconds);
}

std::string readBody(std::istream& in, Poco::Net::HTTPClientSession& session, const Deadline& deadline) {
  std::string body;
  std::array<char, 8192> chunk{};
  while (in) {
    session.socket().setReceiveTimeout(deadline.remaining());
    in.read(chunk.data(), chunk.size());
    body.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (body.size() > kMaxBodyBytes) throw GeocoderUnavailable("the geocoder's answer is too large");
  }
  // The stream turns a timeout or a reset into badbit rather than an exception.
  if (in.bad()) throw GeocoderUnavailable("the geocoder's answer was cut off");
  return body;
}

const nlohmann::json* member(const nlohmann::json& object, const char* name) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(name);
  return found == object.end() ? nullptr : &*found;
}

std::string text(const nlohmann::json& object, const char* name) {
  const auto* value = member(object, name);
  return value && value->is_string() ? value->get<std::string>() : "";
}

// One feature of the FeatureCollection; nullopt for one without a label or a usable point.
std::optional<GeocodeResult> toResult(const nlohmann::json& feature) {
  const auto* properties = member(feature, "properties");
  const auto* geometry = member(feature, "geometry");
  const auto* coordinates = geometry ? member(*geometry, "coordinates") : nullptr;  // [lon, lat]
  if (!properties || !coordinates || !coordinates->is_array() || coordinates->size() < 2 ||
      !(*coordinates)[0].is_number() || !(*coordinates)[1].is_number()) {
    return std::nullopt;
  }
  GeocodeResult result;
  result.lon = (*coordinates)[0].get<double>();
  result.lat = (*coordinates)[1].get<double>();
  result.label = text(*properties, "label");
  if (result.label.empty() || std::abs(result.lat) > 90 || std::abs(result.lon) > 180) return std::nullopt;
  // "name" is the number and street for an address, the street for a street, the place for a locality,
  // and the town itself for a municipality, which has no street.
  const auto type = text(*properties, "type");
  if (type == "housenumber" || type == "street" || type == "locality")
    result.street = text(*properties, "name");
  result.postal_code = text(*properties, "postcode");
  result.city = text(*properties, "city");
  const auto* score = member(*properties, "score");
  result.score = score && score->is_number() ? std::clamp(score->get<double>(), 0.0, 1.0) : 0;
  return result;
}

std::vector<GeocodeResult> parseFeatures(const std::string& body, int limit) {
  const auto document = nlohmann::json::parse(body, nullptr, false);
  const auto* features = member(document, "features");
  if (!features || !features->is_array()) {
    throw GeocoderUnavailable("the geocoder's answer is not a GeoJSON FeatureCollection");
  }
  std::vector<GeocodeResult> results;
  for (const auto& feature : *features) {
    if (static_cast<int>(results.size()) == limit) break;
    if (auto result = toResult(feature)) results.push_back(std::move(*result));
  }
  return results;
}

}  // namespace

struct BanGeocoder::Reply {
  int status = 0;
  std::string retry_after;
  std::string body;
};

BanGeocoder::BanGeocoder(const std::string& base_url, std::chrono::milliseconds timeout)
    : base_(parsedBase(base_url)), timeout_(timeout) {
  if (base_.getScheme() == "https") tls_ = tlsContext();
}

std::vector<GeocodeResult> BanGeocoder::search(const std::string& query, int limit) {
  const auto text = trimmed(query);
  const auto length = characterCount(text);
  if (length < kMinQueryCharacters || length > kMaxQueryCharacters) return {};
  limit = std::clamp(limit, 1, kMaxLimit);
  const auto target = searchTarget(base_, text, limit);
  auto reply = fetch(target);
  if (reply.status == Poco::Net::HTTPResponse::HTTP_TOO_MANY_REQUESTS) {
    const auto wait = retryAfter(reply.retry_after);
    if (!wait || *wait > kMaxRetryAfter) {
      throw GeocoderUnavailable("the geocoder asks to wait (Retry-After: " + reply.retry_after + ")");
    }
    std::this_thread::sleep_for(*wait);
    reply = fetch(target);
  }
  if (reply.status != Poco::Net::HTTPResponse::HTTP_OK) {
    throw GeocoderUnavailable("the geocoder answered HTTP " + std::to_string(reply.status));
  }
  return parseFeatures(reply.body, limit);
}

BanGeocoder::Reply BanGeocoder::fetch(const std::string& path_and_query) const {
  const Deadline deadline(timeout_);
  try {
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (tls_) {
      session = std::make_unique<Poco::Net::HTTPSClientSession>(base_.getHost(), base_.getPort(), tls_);
    } else {
      session = std::make_unique<Poco::Net::HTTPClientSession>(base_.getHost(), base_.getPort());
    }
    session->setTimeout(deadline.remaining());
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path_and_query,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Accept", "application/json");
    request.set("User-Agent", "Logis/" LOGIS_VERSION);
    session->sendRequest(request);
    session->socket().setReceiveTimeout(deadline.remaining());
    Poco::Net::HTTPResponse response;
    auto& in = session->receiveResponse(response);
    return {response.getStatus(), response.get("Retry-After", ""), readBody(in, *session, deadline)};
  } catch (const Poco::Exception& error) {
    throw GeocoderUnavailable("the geocoder cannot be reached: " + error.displayText());
  }
}

}  // namespace logis::geo
