import { useApiMutation, useApiQuery } from '../../../api'
import { INTERACTIONS_QUERY_KEY } from '../../leads/hooks/useLeads'
import type { Sms, SmsInput, SmsSettings, SmsSettingsChange } from '../types/sms'

const SETTINGS_QUERY_KEY = ['sms-settings'] as const

export function useSmsSettings() {
  return useApiQuery<SmsSettings>(SETTINGS_QUERY_KEY, '/sms-settings')
}

export function useUpdateSmsSettings() {
  return useApiMutation<SmsSettings, SmsSettingsChange>({
    method: 'PUT',
    path: '/sms-settings',
    body: (change) => change,
    invalidates: [SETTINGS_QUERY_KEY],
  })
}

// Queues the SMS; the timelines refetch to show it with its state.
export function useSendSms() {
  return useApiMutation<Sms, SmsInput>({
    method: 'POST',
    path: '/sms',
    body: (input) => input,
    invalidates: [INTERACTIONS_QUERY_KEY],
  })
}
