#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace logis {

// A phone number as typed ("06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678") in E.164
// ("+33612345678"), read in `region` when it has no country code; nullopt when it is not a valid number.
std::optional<std::string> toE164(std::string_view text, std::string_view region = "FR");

// An E.164 number as a French user reads it: "06 12 34 56 78" for a French number, the international
// format ("+44 20 7946 0958") otherwise; the text unchanged when it is not a number.
std::string formatFrench(std::string_view e164);

}  // namespace logis
