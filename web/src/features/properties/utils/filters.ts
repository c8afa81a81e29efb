// The list's filters, sort, page and view live in the address bar, under the API's own parameter
// names and units (prices in cents), so a search can be shared, bookmarked and walked back through.

export const FILTER_KEYS = [
  'q',
  'transaction',
  'type',
  'status',
  'price_min',
  'price_max',
  'area_min',
  'area_max',
  'rooms_min',
  'bedrooms_min',
  'city',
  'postal_code',
  'agent_id',
  'dpe_max',
  'features',
  'polygon',
] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type PropertyFilters = Partial<Record<FilterKey, string>>

export const SORTS = [
  '-created_at',
  'created_at',
  'price',
  '-price',
  'area',
  '-area',
  'price_per_m2',
  '-price_per_m2',
] as const
export type PropertySort = (typeof SORTS)[number]
export const DEFAULT_SORT: PropertySort = '-created_at'

export const VIEWS = ['table', 'cards', 'map'] as const
export type PropertyView = (typeof VIEWS)[number]

export const PER_PAGE = 24

export interface ListState {
  filters: PropertyFilters
  sort: PropertySort
  page: number
  view: PropertyView
}

export function readListState(search: URLSearchParams): ListState {
  const filters: PropertyFilters = {}
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim()
    if (value) filters[key] = value
  }
  const sort = search.get('sort')
  const view = search.get('view')
  const page = Number(search.get('page'))
  return {
    filters,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as PropertySort) : DEFAULT_SORT,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as PropertyView) : 'table',
  }
}

// Defaults are left out so the plain list has the plain address /biens.
export function writeListState(state: ListState): URLSearchParams {
  const search = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = state.filters[key]
    if (value) search.set(key, value)
  }
  if (state.sort !== DEFAULT_SORT) search.set('sort', state.sort)
  if (state.page > 1) search.set('page', String(state.page))
  if (state.view !== 'table') search.set('view', state.view)
  return search
}

export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : []
}

export function countActiveFilters(filters: PropertyFilters): number {
  return FILTER_KEYS.filter((key) => key !== 'q' && key !== 'polygon' && filters[key]).length
}
