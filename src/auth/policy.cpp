#include "auth/policy.hpp"

#include <map>

namespace logis {
namespace {

struct Row {
  std::string_view name;
  Grant admin, manager, agent, client;
};

const std::map<Action, Row>& matrix() {
  static const std::map<Action, Row> rows = {
      {Action::read_own_account, {"read_own_account", Grant::all, Grant::all, Grant::all, Grant::all}},
      {Action::change_own_password, {"change_own_password", Grant::all, Grant::all, Grant::all, Grant::all}},
      {Action::list_users, {"list_users", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::manage_users, {"manage_users", Grant::all, Grant::none, Grant::none, Grant::none}},
      {Action::manage_api_tokens, {"manage_api_tokens", Grant::all, Grant::none, Grant::none, Grant::none}},
      {Action::view_properties, {"view_properties", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::create_properties, {"create_properties", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::edit_properties, {"edit_properties", Grant::all, Grant::all, Grant::own, Grant::none}},
      {Action::archive_properties, {"archive_properties", Grant::all, Grant::all, Grant::own, Grant::none}},
      {Action::view_contacts, {"view_contacts", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::edit_contacts, {"edit_contacts", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::merge_contacts, {"merge_contacts", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::export_contact_data, {"export_contact_data", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::erase_contacts, {"erase_contacts", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::view_leads, {"view_leads", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::edit_leads, {"edit_leads", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::assign_leads, {"assign_leads", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::manage_lead_settings, {"manage_lead_settings", Grant::all, Grant::none, Grant::none, Grant::none}},
      {Action::manage_own_tasks, {"manage_own_tasks", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::manage_jobs, {"manage_jobs", Grant::all, Grant::none, Grant::none, Grant::none}},
      {Action::manage_mail_accounts, {"manage_mail_accounts", Grant::all, Grant::own, Grant::own, Grant::none}},
      {Action::manage_messaging_settings,
       {"manage_messaging_settings", Grant::all, Grant::none, Grant::none, Grant::none}},
      {Action::manage_templates, {"manage_templates", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::send_messages, {"send_messages", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::view_conversations, {"view_conversations", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::view_visits, {"view_visits", Grant::all, Grant::all, Grant::all, Grant::none}},
      {Action::manage_visits, {"manage_visits", Grant::all, Grant::all, Grant::own, Grant::none}},
      {Action::override_visit_conflicts,
       {"override_visit_conflicts", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::manage_availability, {"manage_availability", Grant::all, Grant::all, Grant::own, Grant::none}},
      {Action::manage_visit_settings, {"manage_visit_settings", Grant::all, Grant::all, Grant::none, Grant::none}},
      {Action::manage_own_calendar_feed,
       {"manage_own_calendar_feed", Grant::all, Grant::all, Grant::all, Grant::none}},
  };
  return rows;
}

}  // namespace

Grant Policy::grant(Role role, Action action) {
  const auto& row = matrix().at(action);
  switch (role) {
    case Role::admin:
      return row.admin;
    case Role::manager:
      return row.manager;
    case Role::agent:
      return row.agent;
    case Role::client:
      return row.client;
  }
  return Grant::none;
}

bool Policy::allows(const Principal& principal, Action action) {
  const bool about_own_account = action == Action::read_own_account || action == Action::change_own_password ||
                                 action == Action::manage_own_calendar_feed;
  if (about_own_account && !principal.user_id) return false;  // an API token has no account of its own
  return grant(principal.role, action) != Grant::none;
}

bool Policy::allowsOn(const Principal& principal, Action action, std::optional<std::int64_t> owner_id) {
  return allowsOn(principal, action, owner_id, AgencyRestrictions{});
}

Grant Policy::grant(const Principal& principal, Action action, const AgencyRestrictions& restrictions) {
  const auto granted = grant(principal.role, action);
  const bool lead_action = action == Action::view_leads || action == Action::edit_leads;
  if (lead_action && principal.role == Role::agent && restrictions.agents_see_own_leads_only &&
      granted == Grant::all) {
    return Grant::own;
  }
  return granted;
}

bool Policy::allowsOn(const Principal& principal, Action action, std::optional<std::int64_t> owner_id,
                      const AgencyRestrictions& restrictions) {
  switch (grant(principal, action, restrictions)) {
    case Grant::all:
      return true;
    case Grant::own:
      return owner_id && principal.user_id && *owner_id == *principal.user_id;
    case Grant::none:
      return false;
  }
  return false;
}

const std::vector<Action>& Policy::actions() {
  static const std::vector<Action> all = [] {
    std::vector<Action> keys;
    for (const auto& [action, row] : matrix()) keys.push_back(action);
    return keys;
  }();
  return all;
}

std::string_view Policy::actionName(Action action) {
  return matrix().at(action).name;
}

}  // namespace logis
