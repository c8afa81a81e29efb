import { useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { usePropertyMatches } from '../hooks/useMatches'
import type { MatchedLead } from '../types/matching'
import { MatchReasons, MatchScore } from './MatchReasons'
import { MatchSection } from './MatchSection'

interface PropertyMatchesProps {
  propertyId: number
  headingLevel?: 2 | 3
}

function leadLabel(lead: MatchedLead): string {
  const name = [lead.contact?.first_name, lead.contact?.last_name].filter(Boolean).join(' ').trim()
  return name || `#${lead.id}`
}

// The open leads whose criteria this property fits.
export function PropertyMatches({ propertyId, headingLevel = 2 }: PropertyMatchesProps) {
  const { t } = useI18n()
  const [page, setPage] = useState(1)
  const matches = usePropertyMatches(propertyId, page)
  return (
    <MatchSection
      headingId={`property-${propertyId}-matches`}
      title={t('matching.propertyTitle')}
      headingLevel={headingLevel}
      matches={matches}
      emptyText={t('matching.propertyEmpty')}
      onPageChange={setPage}
      renderItem={(match) => (
        <li key={match.lead.id} className="py-3">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <Link to={`/leads/${match.lead.id}`} className="font-medium break-words text-accent-800 underline">
                {leadLabel(match.lead)}
              </Link>
              {match.lead.assigned_to_name ? (
                <p className="text-sm text-slate-700">{t('matching.assignedTo', { name: match.lead.assigned_to_name })}</p>
              ) : null}
            </div>
            <MatchScore score={match.score} />
          </div>
          <MatchReasons reasons={match.reasons} nearMisses={match.near_misses} />
        </li>
      )}
    />
  )
}
