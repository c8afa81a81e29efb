// The list's filters live in the address bar under the API's own parameter names, so a view can be
// shared, bookmarked and walked back through.

export const LEAD_FILTER_KEYS = ['q', 'status', 'source', 'assigned_to', 'created_from', 'created_to', 'overdue'] as const
export type LeadFilterKey = (typeof LEAD_FILTER_KEYS)[number]
export type LeadFilters = Partial<Record<LeadFilterKey, string>>

export const LEAD_VIEWS = ['board', 'list'] as const
export type LeadView = (typeof LEAD_VIEWS)[number]

export interface LeadListState {
  filters: LeadFilters
  page: number
  view: LeadView
}

export function readLeadListState(search: URLSearchParams): LeadListState {
  const filters: LeadFilters = {}
  for (const key of LEAD_FILTER_KEYS) {
    const value = search.get(key)?.trim()
    if (value) filters[key] = value
  }
  const page = Number(search.get('page'))
  return {
    filters,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    view: search.get('view') === 'list' ? 'list' : 'board',
  }
}

export function writeLeadListState(state: LeadListState): URLSearchParams {
  const search = new URLSearchParams()
  for (const key of LEAD_FILTER_KEYS) {
    const value = state.filters[key]
    if (value) search.set(key, value)
  }
  if (state.page > 1) search.set('page', String(state.page))
  if (state.view !== 'board') search.set('view', state.view)
  return search
}
