#pragma once

#include <string>
#include <string_view>

namespace logis {

// The consent sentences the agency's web form shows beside its checkboxes: recorded word for word as
// the proof of each consent captured through it.
inline constexpr std::string_view kEmailConsentWording =
    "J'accepte de recevoir par e-mail des propositions de biens et des informations de l'agence.";
inline constexpr std::string_view kSmsConsentWording =
    "J'accepte de recevoir par SMS des propositions de biens et des informations de l'agence.";
inline constexpr std::string_view kCaptureConsentSource = "formulaire site web";

// The HTML form an agency pastes into its site: it posts to the public capture endpoint with the key,
// the consent checkboxes and a honeypot field hidden from people.
std::string captureFormSnippet(const std::string& public_url, const std::string& public_key);

}  // namespace logis
