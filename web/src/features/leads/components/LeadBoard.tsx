import { useEffect, useId, useState, type DragEvent, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Badge, Button, cn } from '../../../ui'
import { useLeadMove } from '../hooks/useLeadMove'
import { LEAD_STATUSES, type Lead, type LeadStatus } from '../types/lead'
import { leadStatusLabel, priorityLabel } from '../utils/labels'
import { LostReasonDialog } from './LostReasonDialog'

interface LeadBoardProps {
  leads: Lead[]
  counts: Partial<Record<LeadStatus, number>>
  sourceLabel: (code: string) => string
}

const DRAG_TYPE = 'application/x-logis-lead'

// The Kanban: one column per status. A card moves by drag and drop, by Alt+Left/Right arrows while it
// has focus, or through its "Déplacer" button; each move is announced.
export function LeadBoard({ leads, counts, sourceLabel }: LeadBoardProps) {
  const { t } = useI18n()
  const hintId = useId()
  const mover = useLeadMove()
  const [focusLeadId, setFocusLeadId] = useState<number | null>(null)
  const [dropTarget, setDropTarget] = useState<LeadStatus | null>(null)

  // A moved card is rendered anew in its new column: focus follows it there.
  useEffect(() => {
    if (focusLeadId === null) return
    document.querySelector<HTMLElement>(`[data-lead-card="${focusLeadId}"] a`)?.focus()
    setFocusLeadId(null)
  }, [focusLeadId, leads, mover])

  const moveAndFollow = (lead: Lead, status: LeadStatus) => {
    mover.move(lead, status)
    if (status !== 'lost') setFocusLeadId(lead.id)
  }

  const handleDrop = (event: DragEvent<HTMLElement>, status: LeadStatus) => {
    event.preventDefault()
    setDropTarget(null)
    const id = Number(event.dataTransfer.getData(DRAG_TYPE))
    const lead = leads.find((item) => item.id === id)
    if (lead) mover.move(lead, status)
  }

  return (
    <>
      <p id={hintId} className="mb-3 text-sm text-slate-700">
        {t('lead.board.hint')}
      </p>
      <p role="status" className="sr-only">
        {mover.announcement}
      </p>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {LEAD_STATUSES.map((status) => {
          const columnLeads = leads.filter((lead) => mover.statusOf(lead) === status)
          const headingId = `lead-column-${status}`
          const total = counts[status] ?? columnLeads.length
          return (
            <section
              key={status}
              aria-labelledby={headingId}
              onDragOver={(event) => {
                event.preventDefault()
                setDropTarget(status)
              }}
              onDragLeave={() => setDropTarget((current) => (current === status ? null : current))}
              onDrop={(event) => handleDrop(event, status)}
              className={cn(
                'min-w-0 rounded-lg border border-slate-200 bg-slate-50 p-3',
                dropTarget === status && 'border-accent-700 ring-2 ring-accent-700',
              )}
            >
              <h2 id={headingId} className="mb-3 flex items-center justify-between text-base font-semibold text-slate-900">
                <span>{t(leadStatusLabel(status))}</span>
                <span className="rounded-full bg-white px-2 text-sm text-slate-700 ring-1 ring-slate-300">{total}</span>
              </h2>
              {columnLeads.length === 0 ? (
                <p className="text-sm text-slate-600">{t('lead.board.emptyColumn')}</p>
              ) : (
                <ul className="space-y-2">
                  {columnLeads.map((lead) => (
                    <LeadCard
                      key={lead.id}
                      lead={lead}
                      status={status}
                      hintId={hintId}
                      name={mover.name(lead)}
                      sourceLabel={sourceLabel}
                      onMove={(target) => moveAndFollow(lead, target)}
                    />
                  ))}
                </ul>
              )}
              {total > columnLeads.length ? (
                <p className="mt-2 text-sm text-slate-700">{t('lead.board.more', { count: total - columnLeads.length })}</p>
              ) : null}
            </section>
          )
        })}
      </div>
      <LostReasonDialog
        key={mover.askingLost?.id ?? 0}
        open={mover.askingLost !== null}
        leadName={mover.askingLost ? mover.name(mover.askingLost) : ''}
        pending={mover.pending}
        error={mover.error?.message ?? null}
        onConfirm={mover.confirmLost}
        onClose={mover.cancelLost}
      />
    </>
  )
}

interface LeadCardProps {
  lead: Lead
  status: LeadStatus
  hintId: string
  name: string
  sourceLabel: (code: string) => string
  onMove: (status: LeadStatus) => void
}

function LeadCard({ lead, status, hintId, name, sourceLabel, onMove }: LeadCardProps) {
  const { t, formatDate } = useI18n()
  const menuId = useId()
  const [menuOpen, setMenuOpen] = useState(false)
  const index = LEAD_STATUSES.indexOf(status)
  const overdue = lead.next_action_at !== null && new Date(lead.next_action_at).getTime() < Date.now()

  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false)
      return
    }
    if (!event.altKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return
    const target = LEAD_STATUSES[index + (event.key === 'ArrowRight' ? 1 : -1)]
    if (!target) return
    event.preventDefault()
    onMove(target)
  }

  return (
    <li
      data-lead-card={lead.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, String(lead.id))
        event.dataTransfer.effectAllowed = 'move'
      }}
      onKeyDown={handleKeyDown}
      className="cursor-grab rounded-md border border-slate-200 bg-white p-3 shadow-sm"
    >
      <Link
        to={`/leads/${lead.id}`}
        aria-describedby={hintId}
        className="font-medium break-words text-accent-800 underline underline-offset-2 hover:text-accent-900"
      >
        {name}
      </Link>
      <p className="mt-1 text-sm text-slate-700">
        {sourceLabel(lead.source)} · {lead.assigned_name ?? t('lead.unassigned')}
      </p>
      {lead.next_action_at ? (
        <p className={cn('mt-1 text-sm', overdue ? 'font-medium text-red-800' : 'text-slate-700')}>
          {t(overdue ? 'lead.board.overdue' : 'lead.board.nextAction', { date: formatDate(lead.next_action_at) })}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        {lead.priority === 'high' ? <Badge tone="negative">{t(priorityLabel(lead.priority))}</Badge> : <span />}
        <Button
          variant="secondary"
          size="sm"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          aria-label={t('lead.board.moveNamed', { name })}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('lead.board.move')}
        </Button>
      </div>
      {menuOpen ? (
        <ul id={menuId} className="mt-2 space-y-1 border-t border-slate-200 pt-2">
          {LEAD_STATUSES.filter((target) => target !== status).map((target) => (
            <li key={target}>
              <Button
                variant="ghost"
                size="sm"
                className="w-full justify-start"
                onClick={() => {
                  setMenuOpen(false)
                  onMove(target)
                }}
              >
                {t('lead.board.moveTo', { status: t(leadStatusLabel(target)) })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  )
}
