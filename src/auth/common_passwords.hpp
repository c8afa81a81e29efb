#pragma once

#include <string_view>

namespace logis {

// src/auth/common_passwords.txt, compiled in: one lower-case password per line.
std::string_view commonPasswordList();

}  // namespace logis
