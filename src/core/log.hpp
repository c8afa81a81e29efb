#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace logis::log {

// One JSON object per line on standard error, so log shippers need no parser of their own.
void info(std::string_view event, nlohmann::json fields = nlohmann::json::object());
void warn(std::string_view event, nlohmann::json fields = nlohmann::json::object());
void error(std::string_view event, nlohmann::json fields = nlohmann::json::object());

// Tests silence the access log; errors are always written.
void setQuiet(bool quiet);

}  // namespace logis::log
