#include "core/log.hpp"

#include <atomic>
#include <iostream>
#include <mutex>

#include "core/clock.hpp"
#include "core/time_format.hpp"

namespace logis::log {
namespace {

std::mutex output_mutex;
std::atomic<bool> quiet{false};

void write(std::string_view level, std::string_view event, nlohmann::json fields) {
  fields["ts"] = isoUtc(SystemClock().now());
  fields["level"] = level;
  fields["event"] = event;
  const auto line = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const std::lock_guard lock(output_mutex);
  std::cerr << line << '\n';
}

}  // namespace

void info(std::string_view event, nlohmann::json fields) {
  if (!quiet) write("info", event, std::move(fields));
}

void warn(std::string_view event, nlohmann::json fields) {
  if (!quiet) write("warn", event, std::move(fields));
}

void error(std::string_view event, nlohmann::json fields) {
  write("error", event, std::move(fields));
}

void setQuiet(bool value) {
  quiet = value;
}

}  // namespace logis::log
