import { useLeadSources } from './useLeads'

// The agency's sources: the active ones to choose from, and a label for any code a lead carries.
export function useSourceLabels() {
  const sources = useLeadSources()
  const items = sources.data?.items ?? []
  const labelOf = (code: string) => items.find((source) => source.code === code)?.label ?? code
  const active = items.filter((source) => source.active).sort((a, b) => a.position - b.position)
  return { ...sources, active, labelOf }
}
