import { useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import FullCalendar from '@fullcalendar/react'
import type { DateSelectArg, DatesSetArg, EventClickArg, EventDropArg, EventInput } from '@fullcalendar/core'
import frLocale from '@fullcalendar/core/locales/fr'
import enLocale from '@fullcalendar/core/locales/en-gb'
import dayGridPlugin from '@fullcalendar/daygrid'
import interactionPlugin, { type EventResizeDoneArg } from '@fullcalendar/interaction'
import listPlugin from '@fullcalendar/list'
import luxonPlugin from '@fullcalendar/luxon3'
import timeGridPlugin from '@fullcalendar/timegrid'
import type { Paginated } from '../../../api'
import { useI18n } from '../../../i18n'
import { Alert, Button, CheckboxField, PageHeader, SelectField, ViewSwitch } from '../../../ui'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { KIND_LABEL_KEYS } from '../../visits/form/labels'
import { canManageVisit, canOverrideConflicts } from '../../visits/form/permissions'
import { VISITS_QUERY_KEY, conflictsOf, useUpdateVisit } from '../../visits/form/useVisitMutations'
import type { Visit, VisitPerson, VisitPrefill } from '../../visits/form/visit'
import { VisitFormDialog } from '../../visits/form/VisitFormDialog'
import { DEFAULT_TIME_ZONE, addMinutes, toInstant } from '../../visits/form/visitTime'
import { useCalendarVisits, type CalendarRange } from '../hooks/useCalendarVisits'
import { useNarrowScreen } from '../hooks/useNarrowScreen'
import { agentColour, initials } from '../utils/agentColours'
import { AgentLegend } from './AgentLegend'
import { VisitSummaryDialog } from './VisitSummaryDialog'
import 'virtual:fullcalendar.css'
import './calendar.css'

const VIEWS = { jour: 'timeGridDay', semaine: 'timeGridWeek', mois: 'dayGridMonth', liste: 'listWeek' } as const
type ViewName = keyof typeof VIEWS
const VIEW_NAMES = Object.keys(VIEWS) as ViewName[]

// A move refused by the server: the event went back; the message stays until the next move.
interface RefusedMove {
  visit: Visit
  change: { starts_at: string; ends_at: string }
  message: string
  conflict: boolean
}

function viewOf(value: string | null): ViewName {
  return value && value in VIEWS ? (value as ViewName) : 'semaine'
}

export function CalendarPage() {
  const { t, locale } = useI18n()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const calendarRef = useRef<FullCalendar>(null)
  const view = viewOf(params.get('vue'))
  const agentFilter = params.get('agent') ?? 'me'
  const agentId = agentFilter === 'all' ? null : agentFilter === 'me' ? user.id : Number(agentFilter)
  const [range, setRange] = useState<CalendarRange | null>(null)
  const [title, setTitle] = useState('')
  const [showCancelled, setShowCancelled] = useState(true)
  const [prefill, setPrefill] = useState<VisitPrefill | null>(null)
  const [editing, setEditing] = useState<Visit | null>(null)
  const [opened, setOpened] = useState<Visit | null>(null)
  const [refused, setRefused] = useState<RefusedMove | null>(null)
  const [notice, setNotice] = useState('')
  const visits = useCalendarVisits(range, agentId)
  const narrow = useNarrowScreen()
  const move = useUpdateVisit()
  const queryClient = useQueryClient()
  const staff = useAgents(canOverrideConflicts(user))
  const items = useMemo(() => visits.data?.items ?? [], [visits.data])
  const timeZone = items[0]?.time_zone ?? DEFAULT_TIME_ZONE

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === null) next.delete(name)
        else next.set(name, value)
        return next
      },
      { replace: true },
    )

  const agents: VisitPerson[] = useMemo(() => {
    const known = new Map<number, string>(staff.agents.map((agent) => [agent.id, agent.name]))
    known.set(user.id, user.name)
    for (const visit of items) known.set(visit.agent.id, visit.agent.name)
    return [...known].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr'))
  }, [staff.agents, items, user])

  const shown = items.filter((visit) => showCancelled || visit.status !== 'cancelled')
  const legend = agents.filter((agent) => shown.some((visit) => visit.agent_id === agent.id))

  const events: EventInput[] = shown.map((visit) => {
    const colour = agentColour(visit.agent_id)
    const cancelled = visit.status === 'cancelled'
    const about = visit.property
      ? [visit.property.title, visit.property.city].filter(Boolean).join(', ')
      : visit.contacts.map((contact) => contact.name).join(', ')
    const label = `${initials(visit.agent.name)} · ${t(KIND_LABEL_KEYS[visit.kind])}${about ? ` – ${about}` : ''}`
    return {
      id: String(visit.id),
      start: visit.starts_at,
      end: visit.ends_at,
      title: cancelled ? t('calendar.event.cancelled', { label }) : label,
      backgroundColor: cancelled ? '#ffffff' : colour,
      borderColor: colour,
      textColor: cancelled ? '#334155' : '#ffffff',
      classNames: cancelled ? ['logis-event-cancelled'] : [],
      editable: !cancelled && canManageVisit(user, visit),
      extendedProps: { visit },
    }
  })

  const visitOf = (event: { extendedProps: Record<string, unknown> }) => event.extendedProps.visit as Visit

  // The calendar shows the new times at once (FullCalendar would otherwise redraw the old ones from the
  // cached list until the server answers); a refusal puts the old ones back.
  const showTimes = (visit: Visit, times: RefusedMove['change']) =>
    queryClient.setQueriesData<Paginated<Visit>>({ queryKey: [...VISITS_QUERY_KEY, 'calendar'] }, (list) =>
      list && { ...list, items: list.items.map((item) => (item.id === visit.id ? { ...item, ...times } : item)) },
    )

  const sendMove = (visit: Visit, change: RefusedMove['change'], override: boolean, revert?: () => void) => {
    showTimes(visit, change)
    setRefused(null)
    move.mutate(
      { id: visit.id, change: override ? { ...change, override_conflicts: true } : change },
      {
        onSuccess: (saved) => setNotice(t('calendar.moved', { label: t(KIND_LABEL_KEYS[saved.kind]) })),
        onError: (error) => {
          showTimes(visit, { starts_at: visit.starts_at, ends_at: visit.ends_at })
          revert?.()
          setRefused({ visit, change, message: error.message, conflict: conflictsOf(error) !== null })
        },
      },
    )
  }

  const handleMove = (info: EventDropArg | EventResizeDoneArg) => {
    const { start, end } = info.event
    if (!start || !end) return info.revert()
    sendMove(visitOf(info.event), { starts_at: start.toISOString(), ends_at: end.toISOString() }, false, info.revert)
  }

  const handleSelect = (info: DateSelectArg) => {
    info.view.calendar.unselect()
    // A day chosen in the month view: an hour from 10 o'clock that day. A mere click on a slot: an hour too.
    const start = info.allDay ? toInstant(info.startStr.slice(0, 10), '10:00', timeZone) : info.start.toISOString()
    if (!start) return
    const clicked = info.allDay || info.end.getTime() - info.start.getTime() < 30 * 60_000
    setPrefill({ starts_at: start, ends_at: clicked ? addMinutes(start, 60) : info.end.toISOString() })
  }

  const handleDatesSet = (info: DatesSetArg) => {
    setTitle(info.view.title)
    setRange((current) =>
      current?.from === info.start.toISOString() && current.to === info.end.toISOString()
        ? current
        : { from: info.start.toISOString(), to: info.end.toISOString() },
    )
  }

  const api = () => calendarRef.current?.getApi()

  const handleSaved = (visit: Visit) => {
    setPrefill(null)
    setEditing(null)
    setOpened(null)
    setNotice(t('calendar.saved', { label: t(KIND_LABEL_KEYS[visit.kind]) }))
    api()?.gotoDate(new Date(visit.starts_at))
  }

  const agentOptions = [
    { value: 'me', label: t('calendar.filter.mine') },
    { value: 'all', label: t('calendar.filter.all') },
    ...agents.filter((agent) => agent.id !== user.id).map((agent) => ({ value: String(agent.id), label: agent.name })),
  ]

  return (
    <>
      <PageHeader
        title={t('nav.calendar')}
        description={t('calendar.description', { zone: timeZone })}
        actions={<Button onClick={() => setPrefill({})}>{t('calendar.new')}</Button>}
      />
      <p role="status" className="sr-only">
        {notice}
      </p>
      {refused ? (
        <Alert tone="error" className="mb-4" title={refused.message}>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            {refused.conflict && canOverrideConflicts(user) ? (
              <Button variant="danger" size="sm" disabled={move.isPending} onClick={() => sendMove(refused.visit, refused.change, true)}>
                {t('calendar.conflict.override')}
              </Button>
            ) : null}
            <Button variant="secondary" size="sm" onClick={() => setRefused(null)}>
              {t('common.close')}
            </Button>
          </div>
        </Alert>
      ) : null}
      <div className="mb-4 flex flex-col gap-4 lg:flex-row lg:items-end lg:justify-between">
        <div className="flex flex-wrap items-end gap-4">
          <SelectField
            id="calendar-agent"
            label={t('calendar.filter.agent')}
            value={agentFilter}
            containerClassName="w-full sm:w-64"
            onChange={(event) => setParam('agent', event.target.value === 'me' ? null : event.target.value)}
            options={agentOptions}
          />
          <CheckboxField
            id="calendar-cancelled"
            label={t('calendar.filter.showCancelled')}
            checked={showCancelled}
            containerClassName="pb-2"
            onChange={(event) => setShowCancelled(event.target.checked)}
          />
        </div>
        <ViewSwitch
          label={t('calendar.view.label')}
          views={VIEW_NAMES}
          current={view}
          labelOf={(name) => t(`calendar.view.${name}`)}
          onChange={(name) => {
            setParam('vue', name === 'semaine' ? null : name)
            api()?.changeView(VIEWS[name])
          }}
        />
      </div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('calendar.nav.label')}>
          <Button variant="secondary" size="sm" onClick={() => api()?.prev()}>
            <span aria-hidden="true">‹</span> {t(`calendar.nav.previous.${view}`)}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => api()?.today()}>
            {t('calendar.nav.today')}
          </Button>
          <Button variant="secondary" size="sm" onClick={() => api()?.next()}>
            {t(`calendar.nav.next.${view}`)} <span aria-hidden="true">›</span>
          </Button>
        </div>
        <h2 className="text-lg font-semibold text-slate-900" aria-live="polite">
          {title}
        </h2>
      </div>
      {visits.isError ? (
        <Alert tone="error" className="mb-4">
          {visits.error.message}
        </Alert>
      ) : null}
      <div className="logis-calendar rounded-lg border border-slate-200 bg-white p-2 shadow-sm sm:p-4">
        <FullCalendar
          ref={calendarRef}
          plugins={[luxonPlugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
          initialView={VIEWS[view]}
          initialDate={params.get('date') ?? undefined}
          locales={[frLocale, enLocale]}
          locale={locale === 'fr' ? 'fr' : 'en-gb'}
          timeZone={timeZone}
          headerToolbar={false}
          firstDay={1}
          views={{
            timeGridWeek: {
              dayHeaderFormat: narrow ? { weekday: 'narrow', day: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'numeric' },
            },
            dayGridMonth: { dayHeaderFormat: { weekday: narrow ? 'narrow' : 'short' } },
          }}
          height="auto"
          allDaySlot={false}
          slotMinTime="07:00:00"
          slotMaxTime="21:00:00"
          slotDuration="00:30:00"
          snapDuration="00:15:00"
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          nowIndicator
          selectable
          selectMirror
          longPressDelay={400}
          eventDurationEditable
          events={events}
          datesSet={handleDatesSet}
          select={handleSelect}
          eventClick={(info: EventClickArg) => {
            info.jsEvent.preventDefault()
            setOpened(visitOf(info.event))
          }}
          eventDrop={handleMove}
          eventResize={handleMove}
          eventDisplay="block"
          noEventsContent={t('calendar.empty')}
        />
      </div>
      <AgentLegend agents={legend} />
      <p className="mt-2 text-sm text-slate-700">{t('calendar.keyboardHint')}</p>
      <VisitSummaryDialog
        visit={opened}
        canManage={opened !== null && canManageVisit(user, opened)}
        onClose={() => setOpened(null)}
        onEdit={(visit) => {
          setOpened(null)
          setEditing(visit)
        }}
      />
      <VisitFormDialog
        open={prefill !== null || editing !== null}
        visit={editing ?? undefined}
        prefill={prefill ?? undefined}
        timeZone={timeZone}
        onClose={() => {
          setPrefill(null)
          setEditing(null)
        }}
        onSaved={handleSaved}
      />
    </>
  )
}
