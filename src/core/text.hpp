#pragma once

#include <map>
#include <string>

namespace logis {

// A sentence for a person: a key in the i18n catalogue and the values it names ("{min}").
struct Text {
  std::string key;
  std::map<std::string, std::string> params = {};
};

}  // namespace logis
