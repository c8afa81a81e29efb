import { useQuery } from '@tanstack/react-query'
import { apiRequest, isApiError, queryString, useApiMutation, useApiQuery, type ApiError, type Paginated } from '../../../api'
import type { ReportInput, SellerReport, Visit, VisitReminder, VisitReport, VisitStatus, VisitVoucher } from '../types/visit'

export const VISITS_QUERY_KEY = ['visits'] as const

export function visitQueryKey(id: number) {
  return [...VISITS_QUERY_KEY, 'one', id] as const
}

export function useVisit(id: number) {
  return useApiQuery<Visit>(visitQueryKey(id), `/visits/${id}`, { enabled: Number.isInteger(id) })
}

export function useSetVisitStatus(id: number) {
  return useApiMutation<Visit, VisitStatus>({
    method: 'PATCH',
    path: `/visits/${id}`,
    body: (status) => ({ status }),
    invalidates: [VISITS_QUERY_KEY],
  })
}

export function useCancelVisit(id: number) {
  return useApiMutation<Visit>({ method: 'DELETE', path: `/visits/${id}`, invalidates: [VISITS_QUERY_KEY] })
}

export function useVisitReminders(id: number) {
  return useApiQuery<{ items: VisitReminder[] }>([...visitQueryKey(id), 'reminders'], `/visits/${id}/reminders`)
}

// The report on its own (404 until there is one): the visit embeds it too, but this is the report's own
// address, which the report form reads and writes.
export function useVisitReport(id: number) {
  return useQuery<VisitReport | null, ApiError>({
    queryKey: [...visitQueryKey(id), 'report'],
    queryFn: async ({ signal }) => {
      try {
        return await apiRequest<VisitReport>(`/visits/${id}/report`, { signal })
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null
        throw error
      }
    },
  })
}

export function useSaveReport(id: number) {
  return useApiMutation<VisitReport, ReportInput>({
    method: 'PUT',
    path: `/visits/${id}/report`,
    body: (input) => input,
    invalidates: [VISITS_QUERY_KEY, ['tasks']],
  })
}

export function useSignVoucher(id: number) {
  return useApiMutation<VisitVoucher, { signature: string; signer_name: string }>({
    method: 'POST',
    path: `/visits/${id}/voucher`,
    body: (input) => input,
    invalidates: [visitQueryKey(id)],
  })
}

// The blank bon until one is signed, then the signed one (API answers are never cached).
export function voucherUrl(id: number) {
  return `/api/v1/visits/${id}/voucher`
}

// Every visit of a property, in the order they take place.
export function usePropertyVisits(propertyId: number, page: number) {
  const query = queryString({ property_id: propertyId, page, per_page: 20 })
  return useApiQuery<Paginated<Visit>>([...VISITS_QUERY_KEY, 'property', query], `/visits${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function sellerReportPath(propertyId: number, from: string, to: string, format?: 'pdf') {
  return `/properties/${propertyId}/seller-report${queryString({ from, to, format })}`
}

export function useSellerReport(propertyId: number, from: string, to: string, enabled: boolean) {
  const path = sellerReportPath(propertyId, from, to)
  return useApiQuery<SellerReport>([...VISITS_QUERY_KEY, 'seller-report', path], path, { enabled })
}

export function useSendSellerReport(propertyId: number) {
  return useApiMutation<{ email_ids: number[] }, { from: string; to: string }>({
    method: 'POST',
    path: `/properties/${propertyId}/seller-report/send`,
    body: (input) => input,
  })
}
