#include "visits/visit_wording.hpp"

#include <map>

#include "core/french_format.hpp"

namespace logis::visits {

std::string kindLabel(const std::string& kind) {
  static const std::map<std::string, std::string> labels = {{"visit", "Visite"},
                                                            {"estimation", "Estimation"},
                                                            {"signing", "Signature"},
                                                            {"inventory", "État des lieux"},
                                                            {"other", "Rendez-vous"}};
  const auto found = labels.find(kind);
  return found == labels.end() ? "Rendez-vous" : found->second;
}

std::string propertyLabel(const VisitProperty& property) {
  return property.city ? property.title + ", " + *property.city : property.title;
}

std::string visitLabel(const std::string& kind, const std::optional<VisitProperty>& property) {
  return property ? kindLabel(kind) + " – " + propertyLabel(*property) : kindLabel(kind);
}

std::string span(const TimeZone& zone, EpochMs starts_at, EpochMs ends_at) {
  if (frenchDate(starts_at, zone) == frenchDate(ends_at - 1, zone)) {
    return "de " + frenchTime(starts_at, zone) + " à " + frenchTime(ends_at, zone);
  }
  return "du " + dayAt(zone, starts_at) + " au " + dayAt(zone, ends_at);
}

std::string dayAt(const TimeZone& zone, EpochMs instant) {
  return frenchDate(instant, zone) + " à " + frenchTime(instant, zone);
}

}  // namespace logis::visits
