#include "http/http_server.hpp"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include <thread>

#include "core/log.hpp"

namespace logis {
namespace {

void parseTarget(const std::string& target, Request& request) {
  try {
    const Poco::URI uri(target);
    request.path = uri.getPath();
    for (const auto& [name, value] : uri.getQueryParameters()) request.query[name] = value;
  } catch (const Poco::Exception&) {
    request.path = target.substr(0, target.find('?'));
    request.malformed_target = true;
  }
}

Request toRequest(Poco::Net::HTTPServerRequest& incoming) {
  Request request;
  request.method = incoming.getMethod();
  parseTarget(incoming.getURI(), request);
  for (const auto& [name, value] : incoming) request.headers[name] = value;
  Poco::Net::NameValueCollection cookies;
  incoming.getCookies(cookies);
  for (const auto& [name, value] : cookies) request.cookies[name] = value;
  request.remote_ip = incoming.clientAddress().host().toString();
  // A request with neither Content-Length nor chunks has no body (RFC 9112, 6.3); Poco would read one until
  // the connection closes (a browser's CORS preflight OPTIONS would hang).
  if (incoming.hasContentLength() || incoming.getChunkedTransferEncoding())
    request.body_stream = &incoming.stream();
  if (incoming.hasContentLength())
    request.content_length = static_cast<std::size_t>(incoming.getContentLength64());
  request.locale = localeFromAcceptLanguage(request.header("Accept-Language").value_or(""));
  return request;
}

void send(const Response& response, const std::string& method, Poco::Net::HTTPServerResponse& outgoing) {
  outgoing.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
  for (const auto& [name, value] : response.headers) outgoing.add(name, value);
  if (response.status == 413) outgoing.setKeepAlive(false);  // the unread body stays on the wire
  if (!response.file.empty()) {
    outgoing.sendFile(response.file.string(), response.content_type);
    return;
  }
  if (!response.content_type.empty()) outgoing.setContentType(response.content_type);
  outgoing.setContentLength(static_cast<std::streamsize>(response.body.size()));
  auto& out = outgoing.send();
  if (method != "HEAD") out.write(response.body.data(), static_cast<std::streamsize>(response.body.size()));
}

class PipelineHandler final : public Poco::Net::HTTPRequestHandler {
 public:
  explicit PipelineHandler(const Next& pipeline) : pipeline_(pipeline) {}

  void handleRequest(Poco::Net::HTTPServerRequest& incoming,
                     Poco::Net::HTTPServerResponse& outgoing) override {
    try {
      auto request = toRequest(incoming);
      send(pipeline_(request), request.method, outgoing);
    } catch (const std::exception& error) {
      // The pipeline answers every error itself; what reaches here is a broken connection.
      log::warn("http.connection_error", {{"what", error.what()}});
    }
  }

 private:
  const Next& pipeline_;
};

class PipelineHandlerFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit PipelineHandlerFactory(Next pipeline) : pipeline_(std::move(pipeline)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new PipelineHandler(pipeline_);
  }

 private:
  Next pipeline_;
};

}  // namespace

HttpServer::HttpServer(const std::string& host, std::uint16_t port, int threads, Next pipeline) {
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(host, port), 256);
  auto* params = new Poco::Net::HTTPServerParams;
  params->setMaxThreads(threads);
  params->setMaxQueued(1024);
  params->setKeepAlive(true);
  params->setTimeout(Poco::Timespan(30, 0));
  params->setServerName("logis");
  server_ = std::make_unique<Poco::Net::HTTPServer>(new PipelineHandlerFactory(std::move(pipeline)), socket,
                                                    params);
}

HttpServer::~HttpServer() = default;

void HttpServer::start() {
  server_->start();
}

void HttpServer::stop(std::chrono::seconds grace) {
  server_->stopAll(false);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (server_->currentConnections() > 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

std::uint16_t HttpServer::port() const {
  return server_->port();
}

}  // namespace logis
