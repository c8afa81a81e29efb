#pragma once

#include <nlohmann/json.hpp>

#include "core/clock.hpp"
#include "visits/visit.hpp"
#include "visits/visit_directory.hpp"

namespace logis::visits {

// A visit as POST or PATCH /api/v1/visits describe it.
struct VisitDraft {
  Visit visit;
  bool override_conflicts = false;
};

// `input` read over `base` (a new visit's defaults, or the stored visit): types, choices, times, and the
// property, lead, contacts and agents it names looked up in the visit's agency. Every field at fault is
// named in one 422; nothing is stored.
VisitDraft readDraft(const nlohmann::json& input, const Visit& base, bool creating,
                     const VisitDirectory& directory, EpochMs now);

// True when the invitees see the difference: time, place, people, property or status.
bool rescheduled(const Visit& before, const Visit& after);

}  // namespace logis::visits
