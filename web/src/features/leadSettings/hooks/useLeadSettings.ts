import { useApiMutation, useApiQuery } from '../../../api'
import type { LeadSettings, LeadSettingsChange, LeadSource } from '../types/leadSettings'

const SETTINGS_QUERY_KEY = ['lead-settings'] as const
// The leads pages cache the active sources under ['lead-sources']: a change here refreshes them too.
const LEAD_SOURCES_QUERY_KEY = ['lead-sources'] as const

export function useLeadSettings() {
  return useApiQuery<LeadSettings>(SETTINGS_QUERY_KEY, '/lead-settings')
}

export function useUpdateLeadSettings() {
  return useApiMutation<LeadSettings, LeadSettingsChange>({
    method: 'PATCH',
    path: '/lead-settings',
    body: (change) => change,
    invalidates: [SETTINGS_QUERY_KEY],
  })
}

export function useRegeneratePublicKey() {
  return useApiMutation<LeadSettings>({
    method: 'POST',
    path: '/lead-settings/public-key',
    invalidates: [SETTINGS_QUERY_KEY],
  })
}

export function useLeadSources() {
  return useApiQuery<{ items: LeadSource[] }>([...LEAD_SOURCES_QUERY_KEY, 'all'], '/lead-sources?include_inactive=true')
}

export function useCreateLeadSource() {
  return useApiMutation<LeadSource, { code: string; label: string }>({
    method: 'POST',
    path: '/lead-sources',
    body: (input) => input,
    invalidates: [LEAD_SOURCES_QUERY_KEY],
  })
}

export function useUpdateLeadSource() {
  return useApiMutation<LeadSource, { id: number; change: Partial<Pick<LeadSource, 'label' | 'active' | 'position'>> }>({
    method: 'PATCH',
    path: ({ id }) => `/lead-sources/${id}`,
    body: ({ change }) => change,
    invalidates: [LEAD_SOURCES_QUERY_KEY],
  })
}

// A code from a label: "Salon de l'immobilier" -> "salon_de_l_immobilier".
export function sourceCode(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32)
}
