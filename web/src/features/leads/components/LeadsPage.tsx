import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, PageHeader, Pagination, Spinner, ViewSwitch } from '../../../ui'
import { useLeads } from '../hooks/useLeads'
import { useSourceLabels } from '../hooks/useSourceLabels'
import { LEAD_STATUSES } from '../types/lead'
import {
  LEAD_VIEWS,
  readLeadListState,
  writeLeadListState,
  type LeadFilters as Filters,
  type LeadListState,
  type LeadView,
} from '../utils/filters'
import { leadStatusLabel } from '../utils/labels'
import { LeadBoard } from './LeadBoard'
import { LeadFilters } from './LeadFilters'
import { LeadsTable } from './LeadsTable'
import { QuickLeadDialog } from './QuickLeadDialog'

const VIEW_LABELS: Record<LeadView, MessageKey> = {
  board: 'lead.view.board',
  list: 'lead.view.list',
}

const LIST_PER_PAGE = 25
// The board shows the most recent leads of each column; the list pages through all of them.
const BOARD_PER_PAGE = 100

export function LeadsPage() {
  const { t } = useI18n()
  const [searchParams, setSearchParams] = useSearchParams()
  const state = readLeadListState(searchParams)
  const isBoard = state.view === 'board'
  const filters: Filters = isBoard ? { ...state.filters, status: undefined } : state.filters
  const list = useLeads(filters, isBoard ? 1 : state.page, isBoard ? BOARD_PER_PAGE : LIST_PER_PAGE)
  const sources = useSourceLabels()
  const [quickOpen, setQuickOpen] = useState(false)

  const go = (change: Partial<LeadListState>) => setSearchParams(writeLeadListState({ ...state, ...change }))

  return (
    <>
      <PageHeader
        title={t('lead.list.title')}
        actions={<Button onClick={() => setQuickOpen(true)}>{t('lead.quick.open')}</Button>}
      />
      <QuickLeadDialog open={quickOpen} onClose={() => setQuickOpen(false)} />
      <LeadFilters filters={state.filters} showStatus={!isBoard} onApply={(next) => go({ filters: next, page: 1 })} />
      <div className="mb-4">
        <ViewSwitch
          label={t('lead.view.label')}
          views={LEAD_VIEWS}
          current={state.view}
          labelOf={(view) => t(VIEW_LABELS[view])}
          onChange={(view) => go({ view, page: 1 })}
        />
      </div>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <Alert tone="error">{list.error.message}</Alert>
      ) : isBoard ? (
        <LeadBoard leads={list.data.items} counts={list.data.counts ?? {}} sourceLabel={sources.labelOf} />
      ) : (
        <>
          <div role="status" className="mb-3 text-sm text-slate-700">
            <p className="font-medium">
              {list.data.total === 0
                ? t('lead.list.empty')
                : t(list.data.total === 1 ? 'lead.list.totalOne' : 'lead.list.totalMany', { count: list.data.total })}
            </p>
            {list.data.counts ? (
              <ul className="mt-1 flex flex-wrap gap-x-4" aria-label={t('lead.list.counts')}>
                {LEAD_STATUSES.map((status) => (
                  <li key={status}>
                    {t('lead.list.countItem', { status: t(leadStatusLabel(status)), count: list.data.counts?.[status] ?? 0 })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          {list.data.items.length > 0 ? <LeadsTable leads={list.data.items} sourceLabel={sources.labelOf} /> : null}
          <Pagination
            page={list.data.page ?? state.page}
            perPage={list.data.per_page ?? LIST_PER_PAGE}
            total={list.data.total}
            onPageChange={(page) => go({ page })}
          />
        </>
      )}
    </>
  )
}
