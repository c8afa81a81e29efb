import type { UseQueryResult } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { ApiError } from '../../../api'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Select } from '../../../ui'
import { useAnswerProposal } from '../hooks/useMatches'
import { PROPOSAL_ANSWERS, type Proposal, type ProposalAnswer } from '../types/matching'

const ANSWER_LABELS: Record<ProposalAnswer, MessageKey> = {
  interested: 'matching.answer.interested',
  not_interested: 'matching.answer.not_interested',
  visit_requested: 'matching.answer.visit_requested',
}

interface ProposalListProps {
  proposals: UseQueryResult<{ items: Proposal[] }, ApiError>
  headingLevel: 3 | 4
}

export function ProposalList({ proposals, headingLevel }: ProposalListProps) {
  const { t, formatDate } = useI18n()
  const answer = useAnswerProposal()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const items = proposals.data?.items ?? []
  return (
    <div className="mt-6 border-t border-slate-200 pt-4">
      <Heading className="font-semibold text-slate-900">{t('matching.proposals')}</Heading>
      {proposals.isError ? <Alert tone="error">{proposals.error.message}</Alert> : null}
      {answer.isError ? <Alert tone="error">{answer.error.message}</Alert> : null}
      {proposals.isSuccess && items.length === 0 ? <p className="mt-2 text-sm text-slate-700">{t('matching.noProposals')}</p> : null}
      {items.length > 0 ? (
        <ul className="mt-2 divide-y divide-slate-200">
          {items.map((proposal) => {
            const name = `${proposal.property.reference} · ${proposal.property.title}`
            return (
              <li key={proposal.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 text-sm">
                  <Link to={`/biens/${proposal.property.id}`} className="font-medium break-words text-accent-800 underline">
                    {name}
                  </Link>
                  <p className="text-slate-700">{t('matching.proposedOn', { date: formatDate(proposal.created_at) })}</p>
                </div>
                <Select
                  aria-label={t('matching.answerFor', { name })}
                  className="sm:w-56"
                  value={proposal.answer ?? ''}
                  disabled={answer.isPending}
                  onChange={(event) => {
                    const value = event.target.value as ProposalAnswer
                    if (value) answer.mutate({ id: proposal.id, answer: value })
                  }}
                  options={[
                    { value: '', label: t('matching.answer.none') },
                    ...PROPOSAL_ANSWERS.map((value) => ({ value, label: t(ANSWER_LABELS[value]) })),
                  ]}
                />
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}
