#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"

namespace logis {

// What a route does, named for the permission policy. Each route declares one (or is public).
enum class Action {
  read_own_account,
  change_own_password,
  list_users,
  manage_users,
  manage_api_tokens,
  view_properties,
  create_properties,
  edit_properties,     // agents: only the properties they are the agent of
  archive_properties,  // agents: likewise
  view_contacts,
  edit_contacts,         // create and update contacts, their consents and owners of properties
  merge_contacts,
  export_contact_data,   // RGPD: everything held on a person, as JSON
  erase_contacts,        // RGPD: anonymise
  view_leads,            // agents: every lead, or only theirs when the agency restricts them
  edit_leads,            // create, update, log interactions, record proposals; same restriction
  assign_leads,          // give a lead to another agent
  manage_lead_settings,  // sources, assignment rules, public capture key and sites, agents' visibility
  manage_own_tasks,      // follow-up tasks and notifications of the signed-in user, the dashboard
  manage_jobs,                // the background jobs page: list queued, running, failed and dead jobs; retry
  manage_mail_accounts,       // outgoing and incoming servers; agents: only their own (user_id)
  manage_messaging_settings,  // the SMS provider and sender name
  manage_templates,           // create, edit and archive email and SMS templates
  send_messages,              // send an email or SMS to a contact, list and preview templates
  view_conversations,         // the inbox: emails and SMS exchanged with contacts
  view_visits,                // the calendar, visits and their reports, a property's visits and seller report
  manage_visits,              // plan, move, cancel, report, bon de visite; agents: visits they are in charge of
  override_visit_conflicts,   // book over an agent's other appointment or the same property at the same time
  manage_availability,        // working hours and unavailabilities; agents: their own
  manage_visit_settings,      // reminder offsets and channels of the agency
  manage_own_calendar_feed,   // the signed-in user's private iCalendar feed URL (show, regenerate)
};

// Who may do an action: every role, or only on what they own (a record's owner_id equals the user).
enum class Grant { none, own, all };

// An agency's settings that narrow a role's grants (lead_settings).
struct AgencyRestrictions {
  bool agents_see_own_leads_only = false;  // an agent's view_leads and edit_leads become own
};

// The one permission policy: role x action x ownership. docs/roles.md prints this table.
class Policy {
 public:
  static Grant grant(Role role, Action action);
  // True when the role may do the action at all (the route-level check).
  static bool allows(const Principal& principal, Action action);
  // True when the principal may act on a record owned by `owner_id` (object-level check).
  static bool allowsOn(const Principal& principal, Action action, std::optional<std::int64_t> owner_id);
  // The same, once the agency's restrictions apply (a lead's owner is its assignee).
  static Grant grant(const Principal& principal, Action action, const AgencyRestrictions& restrictions);
  static bool allowsOn(const Principal& principal, Action action, std::optional<std::int64_t> owner_id,
                       const AgencyRestrictions& restrictions);

  static const std::vector<Action>& actions();
  static std::string_view actionName(Action action);
};

}  // namespace logis
