#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// The pages a visitor's browser shows after posting that form without JavaScript: the thanks, or what to
// correct (each message already in French), with a link back to the page of the form when known.
std::string captureThanksPage(const std::string& back_url);
std::string captureProblemsPage(const std::vector<std::string>& messages, const std::string& back_url);

}  // namespace logis
