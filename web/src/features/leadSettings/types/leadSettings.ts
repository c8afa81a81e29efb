export type AssignmentMode = 'manual' | 'round_robin'
export type AssignmentBy = 'none' | 'source' | 'city'

// One pool: leads from this source (or city) go round the listed agents.
export interface AssignmentRule {
  match: string
  agent_ids: number[]
}

export interface LeadSettings {
  agents_see_own_leads_only: boolean
  assignment_mode: AssignmentMode
  assignment_by: AssignmentBy
  rules: AssignmentRule[]
  allowed_origins: string[]
  public_key: string
  form_snippet: string
}

export type LeadSettingsChange = Partial<
  Pick<LeadSettings, 'agents_see_own_leads_only' | 'assignment_mode' | 'assignment_by' | 'rules' | 'allowed_origins'>
>

export interface LeadSource {
  id: number
  code: string
  label: string
  position: number
  active: boolean
}
