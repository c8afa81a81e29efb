import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Pagination, SelectField, Spinner } from '../../../ui'
import { useInteractions } from '../hooks/useLeads'
import { INTERACTION_TYPES, type Interaction } from '../types/lead'
import { interactionTypeLabel } from '../utils/labels'
import { isSmsState, SmsStateBadge } from '../../sms/components/SmsStateBadge'
import { EmailDeliveryState } from './EmailDeliveryState'

interface TimelineProps {
  owner: 'leads' | 'contacts'
  ownerId: number
  idPrefix: string
}

// The interactions of a lead or a contact, newest first, narrowed to one type on request.
export function Timeline({ owner, ownerId, idPrefix }: TimelineProps) {
  const { t } = useI18n()
  const [type, setType] = useState('')
  const [page, setPage] = useState(1)
  const interactions = useInteractions(owner, ownerId, type ? [type] : [], page)

  return (
    <div className="space-y-4">
      <SelectField
        id={`${idPrefix}-type`}
        label={t('interaction.filter')}
        value={type}
        onChange={(event) => {
          setType(event.target.value)
          setPage(1)
        }}
        options={[
          { value: '', label: t('interaction.allTypes') },
          ...INTERACTION_TYPES.map((code) => ({ value: code, label: t(interactionTypeLabel(code)) })),
        ]}
        containerClassName="sm:w-64"
      />
      {interactions.isPending ? (
        <Spinner />
      ) : interactions.isError ? (
        <Alert tone="error">{interactions.error.message}</Alert>
      ) : interactions.data.items.length === 0 ? (
        <p className="text-sm text-slate-700">{t('interaction.empty')}</p>
      ) : (
        <ol className="space-y-3">
          {interactions.data.items.map((interaction) => (
            <TimelineEntry key={interaction.id} interaction={interaction} />
          ))}
        </ol>
      )}
      {interactions.data ? (
        <Pagination
          page={interactions.data.page}
          perPage={interactions.data.per_page}
          total={interactions.data.total}
          onPageChange={setPage}
        />
      ) : null}
    </div>
  )
}

function TimelineEntry({ interaction }: { interaction: Interaction }) {
  const { t, formatDate } = useI18n()
  const direction = interaction.direction ? t(interaction.direction === 'in' ? 'interaction.in' : 'interaction.out') : null
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{t(interactionTypeLabel(interaction.type))}</span>
        {direction ? <span>{direction}</span> : null}
        <span aria-hidden="true">·</span>
        <time dateTime={interaction.occurred_at}>{formatDate(interaction.occurred_at)}</time>
        {interaction.user_name ? <span>· {interaction.user_name}</span> : null}
        {interaction.type === 'sms' && isSmsState(interaction.meta?.state) ? <SmsStateBadge state={interaction.meta.state} /> : null}
      </p>
      <p className="mt-1 break-words text-slate-900">{interaction.summary}</p>
      {interaction.body ? <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-700">{interaction.body}</p> : null}
      {interaction.type === 'email' && interaction.direction === 'out' ? <EmailDeliveryState meta={interaction.meta} /> : null}
    </li>
  )
}
