export interface Paginated<T> {
  items: T[]
  total: number
  page: number
  per_page: number
  // false when `total` is only a lower bound (the property list stops counting past 1,000 matches)
  total_exact?: boolean
}
