import { useMutation } from '@tanstack/react-query'
import { apiRequest, type ApiError, queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type { Lead } from '../../leads/types/lead'
import type { Contact, ContactInput } from '../types/contact'

export const CONTACTS_QUERY_KEY = ['contacts'] as const
export const CONTACTS_PER_PAGE = 25

export function contactQueryKey(id: number) {
  return [...CONTACTS_QUERY_KEY, 'one', id] as const
}

export interface ContactListFilters {
  q?: string
  role?: string
  page: number
}

export function useContacts(filters: ContactListFilters) {
  const query = queryString({ q: filters.q, role: filters.role, page: filters.page, per_page: CONTACTS_PER_PAGE })
  return useApiQuery<Paginated<Contact>>([...CONTACTS_QUERY_KEY, 'list', query], `/contacts${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function useContact(id: number) {
  return useApiQuery<Contact>(contactQueryKey(id), `/contacts/${id}`, { enabled: Number.isInteger(id) })
}

export function useCreateContact() {
  return useApiMutation<Contact, ContactInput>({
    method: 'POST',
    path: '/contacts',
    body: (input) => input,
    invalidates: [CONTACTS_QUERY_KEY],
  })
}

export function useUpdateContact(id: number) {
  return useApiMutation<Contact, Partial<ContactInput>>({
    method: 'PATCH',
    path: `/contacts/${id}`,
    body: (change) => change,
    invalidates: [CONTACTS_QUERY_KEY],
  })
}

// {id} keeps everything; other_id is merged into it and disappears from lists.
export function useMergeContacts() {
  return useApiMutation<Contact, { id: number; otherId: number }>({
    method: 'POST',
    path: ({ id }) => `/contacts/${id}/merge`,
    body: ({ otherId }) => ({ other_id: otherId }),
    invalidates: [CONTACTS_QUERY_KEY],
  })
}

export function useEraseContact(id: number) {
  return useApiMutation<Contact>({
    method: 'POST',
    path: `/contacts/${id}/erase`,
    invalidates: [CONTACTS_QUERY_KEY],
  })
}

// The export is a JSON document the browser saves as a file (RGPD right of access and portability).
export function useExportContact(id: number) {
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      const data = await apiRequest<unknown>(`/contacts/${id}/export`)
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = `contact-${id}.json`
      link.click()
      URL.revokeObjectURL(url)
    },
  })
}

export interface ConsentInput {
  channel: 'email' | 'sms'
  granted: boolean
  source: string
  wording: string
}

export function useRecordConsent(id: number) {
  return useApiMutation<unknown, ConsentInput>({
    method: 'POST',
    path: `/contacts/${id}/consents`,
    body: (input) => input,
    invalidates: [contactQueryKey(id)],
  })
}

// The contact's leads. The leads list has no contact filter: it is searched by the contact's email (or
// phone, or name), then narrowed to this contact's id, so a namesake's lead never shows.
export function useContactLeads(contact: Contact) {
  const search = contact.email ?? contact.phone ?? contact.last_name ?? contact.first_name ?? ''
  const query = queryString({ q: search, per_page: 100 })
  const leads = useApiQuery<Paginated<Lead>>(['leads', 'list', 'contact', contact.id, query], `/leads${query}`, {
    enabled: search !== '',
  })
  return { ...leads, items: (leads.data?.items ?? []).filter((lead) => lead.contact_id === contact.id) }
}
