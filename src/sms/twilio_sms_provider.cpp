#include "sms/twilio_sms_provider.hpp"

#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <Poco/HMACEngine.h>
#include <Poco/Net/HTTPBasicCredentials.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/SHA1Engine.h>
#include <Poco/StreamCopier.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

namespace logis::sms {
namespace {

constexpr std::size_t kMaxAnswerBytes = 64 * 1024;

Poco::URI parsedBase(const std::string& url) {
  const std::invalid_argument refusal("the SMS provider URL must be an http:// or https:// URL, got '" + url +
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

std::string formEncoded(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body;
  for (const auto& [name, value] : fields) {
    std::string encoded;
    Poco::URI::encode(value, "!#$&'()*+,/:;=?@[]% ", encoded);
    body += (body.empty() ? "" : "&") + name + "=" + encoded;
  }
  return body;
}

// Twilio's errors: {"code": 21211, "message": "The 'To' number ... is not a valid phone number.",
// "more_info": "...", "status": 400}.
std::string errorText(int status, const std::string& body) {
  const auto answer = nlohmann::json::parse(body, nullptr, false);
  std::string text = "HTTP " + std::to_string(status);
  if (answer.is_object()) {
    if (answer.contains("code") && answer["code"].is_number_integer())
      text += ", code " + std::to_string(answer["code"].get<int>());
    if (answer.contains("message") && answer["message"].is_string())
      text += ": " + answer["message"].get<std::string>();
  }
  return text;
}

}  // namespace

TwilioSmsProvider::TwilioSmsProvider(const std::string& base_url, std::string account_sid,
                                     std::string auth_token, std::chrono::milliseconds timeout)
    : base_(parsedBase(base_url)),
      account_sid_(std::move(account_sid)),
      auth_token_(std::move(auth_token)),
      timeout_(timeout) {
  if (base_.getScheme() == "https") {
    Poco::Net::Context::Params params;
    params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
    params.loadDefaultCAs = true;
    tls_ = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    tls_->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
  }
}

AcceptedSms TwilioSmsProvider::send(const OutgoingSms& sms) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"To", sms.to}, {"From", sms.from}, {"Body", sms.body}};
  if (!sms.status_callback_url.empty()) fields.emplace_back("StatusCallback", sms.status_callback_url);
  const auto body = formEncoded(fields);
  std::string path;
  Poco::URI::encode(account_sid_, "/?#%", path);
  path = base_.getPath() + "/2010-04-01/Accounts/" + path + "/Messages.json";
  int status = 0;
  std::string answer;
  try {
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (tls_) {
      session = std::make_unique<Poco::Net::HTTPSClientSession>(base_.getHost(), base_.getPort(), tls_);
    } else {
      session = std::make_unique<Poco::Net::HTTPClientSession>(base_.getHost(), base_.getPort());
    }
    session->setTimeout(
        Poco::Timespan(std::chrono::duration_cast<std::chrono::microseconds>(timeout_).count()));
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/x-www-form-urlencoded");
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    request.set("Accept", "application/json");
    request.set("User-Agent", "Logis/" LOGIS_VERSION);
    Poco::Net::HTTPBasicCredentials(account_sid_, auth_token_).authenticate(request);
    session->sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto& in = session->receiveResponse(response);
    status = response.getStatus();
    std::array<char, 8192> chunk{};
    while (in && answer.size() <= kMaxAnswerBytes) {
      in.read(chunk.data(), chunk.size());
      answer.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    }
  } catch (const Poco::Exception& error) {
    throw SmsProviderError("the SMS provider cannot be reached: " + error.displayText(), true);
  }
  if (status == 429 || status >= 500) throw SmsProviderError(errorText(status, answer), true);
  if (status < 200 || status >= 300) throw SmsProviderError(errorText(status, answer), false);
  const auto accepted = nlohmann::json::parse(answer, nullptr, false);
  if (!accepted.is_object() || !accepted.contains("sid") || !accepted["sid"].is_string()) {
    throw SmsProviderError("the SMS provider's answer has no message sid", true);
  }
  const auto provider_status = accepted.contains("status") && accepted["status"].is_string()
                                   ? accepted["status"].get<std::string>()
                                   : std::string("queued");
  return {accepted["sid"].get<std::string>(), provider_status};
}

std::string twilioSignature(const std::string& auth_token, const std::string& url,
                            const std::map<std::string, std::string>& params) {
  std::string data = url;
  for (const auto& [name, value] : params) data += name + value;
  Poco::HMACEngine<Poco::SHA1Engine> hmac(auth_token);
  hmac.update(data);
  std::ostringstream encoded;
  Poco::Base64Encoder encoder(encoded);
  encoder.rdbuf()->setLineLength(0);
  const auto& digest = hmac.digest();
  encoder.write(reinterpret_cast<const char*>(digest.data()), static_cast<std::streamsize>(digest.size()));
  encoder.close();
  return encoded.str();
}

}  // namespace logis::sms
