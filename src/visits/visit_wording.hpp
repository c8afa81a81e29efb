#pragma once

#include <optional>
#include <string>

#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "visits/visit_directory.hpp"

namespace logis::visits {

// "Visite", "Estimation", "Signature", "État des lieux", "Rendez-vous".
std::string kindLabel(const std::string& kind);
// "Appartement T3, Lyon".
std::string propertyLabel(const VisitProperty& property);
// "Visite – Appartement T3, Lyon": the kind and the property, as calendars and messages name a visit.
std::string visitLabel(const std::string& kind, const std::optional<VisitProperty>& property);
// "de 14 h 00 à 15 h 00" within a day, "du lundi 3 août 2026 à 9 h 00 au mardi 4 août 2026 à 18 h 00" across.
std::string span(const TimeZone& zone, EpochMs starts_at, EpochMs ends_at);
// "mardi 3 mars 2026 à 14 h 30".
std::string dayAt(const TimeZone& zone, EpochMs instant);

}  // namespace logis::visits
