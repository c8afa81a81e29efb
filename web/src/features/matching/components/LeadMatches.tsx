import { useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Badge, Button } from '../../../ui'
import { formatArea, placeLine } from '../../properties/utils/display'
import { formatEuros } from '../../properties/utils/numbers'
import { useCreateProposal, useLeadMatches, useLeadProposals } from '../hooks/useMatches'
import type { MatchedProperty, PropertyMatch } from '../types/matching'
import { MatchReasons, MatchScore } from './MatchReasons'
import { MatchSection } from './MatchSection'
import { ProposalList } from './ProposalList'

interface LeadMatchesProps {
  leadId: number
  headingLevel?: 2 | 3
}

// The properties that fit a lead's criteria, best first, each with what fits and what nearly does.
export function LeadMatches({ leadId, headingLevel = 2 }: LeadMatchesProps) {
  const { t } = useI18n()
  const [page, setPage] = useState(1)
  const [notice, setNotice] = useState('')
  const matches = useLeadMatches(leadId, page)
  const proposals = useLeadProposals(leadId)
  const propose = useCreateProposal(leadId)
  const proposed = new Set((proposals.data?.items ?? []).map((proposal) => proposal.property.id))

  const handlePropose = (property: MatchedProperty) =>
    propose.mutate(property.id, {
      onSuccess: () => setNotice(t('matching.proposed', { reference: property.reference })),
    })

  return (
    <MatchSection
      headingId={`lead-${leadId}-matches`}
      title={t('matching.leadTitle')}
      headingLevel={headingLevel}
      matches={matches}
      emptyText={t('matching.leadEmpty')}
      onPageChange={setPage}
      renderItem={(match) => (
        <MatchItem
          key={match.property.id}
          match={match}
          proposed={proposed.has(match.property.id)}
          pending={propose.isPending && propose.variables === match.property.id}
          onPropose={handlePropose}
        />
      )}
      before={
        <>
          <p role="status" className="sr-only">
            {notice}
          </p>
          {propose.isError ? <Alert tone="error" className="mt-3">{propose.error.message}</Alert> : null}
        </>
      }
      after={<ProposalList proposals={proposals} headingLevel={headingLevel === 2 ? 3 : 4} />}
    />
  )
}

interface MatchItemProps {
  match: PropertyMatch
  proposed: boolean
  pending: boolean
  onPropose: (property: MatchedProperty) => void
}

function MatchItem({ match, proposed, pending, onPropose }: MatchItemProps) {
  const { t, locale } = useI18n()
  const { property } = match
  const amount = property.price_cents == null ? null : formatEuros(property.price_cents, locale)
  const price = amount && property.transaction === 'rent' ? t('property.perMonth', { amount }) : amount
  const facts = [price, formatArea(property.living_area_m2 ?? null, locale), placeLine({ postal_code: property.postal_code ?? null, city: property.city ?? null })]
    .filter(Boolean)
    .join(' · ')
  return (
    <li className="py-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <Link to={`/biens/${property.id}`} className="font-medium break-words text-accent-800 underline">
            {property.reference} · {property.title}
          </Link>
          {facts ? <p className="text-sm text-slate-700">{facts}</p> : null}
        </div>
        <div className="flex shrink-0 items-center gap-3">
          <MatchScore score={match.score} />
          {proposed ? (
            <Badge tone="positive">{t('matching.alreadyProposed')}</Badge>
          ) : (
            <Button
              size="sm"
              disabled={pending}
              onClick={() => onPropose(property)}
              aria-label={t('matching.proposeNamed', { reference: property.reference })}
            >
              {t('matching.propose')}
            </Button>
          )}
        </div>
      </div>
      <MatchReasons reasons={match.reasons} nearMisses={match.near_misses} />
    </li>
  )
}
