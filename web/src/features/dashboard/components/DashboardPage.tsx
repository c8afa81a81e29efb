import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, PageHeader, SelectField, Spinner, cn } from '../../../ui'
import { ROLE_LABEL_KEYS } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useCompleteTask } from '../../tasks/hooks/useTasks'
import { TaskItem } from '../../tasks/components/TaskItem'
import { useClearNextAction, useDashboard } from '../hooks/useDashboard'
import { leadName, type Dashboard, type DashboardLead } from '../types/dashboard'
import { ConversionChart } from './ConversionChart'

const WINDOWS = [30, 90, 365] as const

export function DashboardPage() {
  const { t } = useI18n()
  const user = useCurrentUser()
  const [days, setDays] = useState<number>(90)
  const dashboard = useDashboard(days)
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={
          <>
            <p>{t('dashboard.welcome', { name: user.name })}</p>
            <p className="text-sm text-slate-600">
              {t('dashboard.account', { agency: user.agency_name, role: t(ROLE_LABEL_KEYS[user.role]) })}
            </p>
          </>
        }
      />
      {dashboard.isPending ? (
        <Spinner />
      ) : dashboard.isError ? (
        <Alert tone="error">{dashboard.error.message}</Alert>
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <FollowUps dashboard={dashboard.data} />
          <NewLeads dashboard={dashboard.data} />
          <Panel id="dashboard-conversion" title={t('dashboard.conversion.title')} className="lg:col-span-2">
            <SelectField
              label={t('dashboard.conversion.window')}
              value={String(days)}
              onChange={(event) => setDays(Number(event.target.value))}
              containerClassName="mb-4 max-w-xs"
              options={WINDOWS.map((value) => ({ value: String(value), label: t('dashboard.conversion.days', { days: value }) }))}
            />
            <ConversionChart rows={dashboard.data.conversion_by_source.items} days={dashboard.data.conversion_by_source.days} />
          </Panel>
        </div>
      )}
    </>
  )
}

function Panel({ id, title, className, children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={cn('min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)}>
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

function FollowUps({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useI18n()
  const complete = useCompleteTask()
  const clearNextAction = useClearNextAction()
  const [notice, setNotice] = useState('')
  const tasks = [...dashboard.tasks.overdue, ...dashboard.tasks.today]
  const empty = tasks.length === 0 && dashboard.follow_ups.length === 0
  return (
    <Panel id="dashboard-follow-ups" title={t('dashboard.followUps')}>
      <p role="status" className="sr-only">
        {notice}
      </p>
      {empty ? <p className="text-slate-700">{t('dashboard.followUpsEmpty')}</p> : null}
      {tasks.length > 0 ? (
        <>
          <h3 className="text-sm font-semibold text-slate-800">{t('dashboard.tasks')}</h3>
          <ul className="mb-4 divide-y divide-slate-200">
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                pending={complete.isPending && complete.variables === task.id}
                onDone={(done) => complete.mutate(done.id, { onSuccess: () => setNotice(t('tasks.completed', { title: done.title })) })}
              />
            ))}
          </ul>
        </>
      ) : null}
      {dashboard.follow_ups.length > 0 ? (
        <>
          <h3 className="text-sm font-semibold text-slate-800">{t('dashboard.leadsDue')}</h3>
          <ul className="divide-y divide-slate-200">
            {dashboard.follow_ups.map((lead) => (
              <LeadDue
                key={lead.id}
                lead={lead}
                pending={clearNextAction.isPending && clearNextAction.variables === lead.id}
                onDone={(name) =>
                  clearNextAction.mutate(lead.id, { onSuccess: () => setNotice(t('dashboard.leadDone', { name })) })
                }
              />
            ))}
          </ul>
        </>
      ) : null}
      {complete.isError ? <Alert tone="error" className="mt-3">{complete.error.message}</Alert> : null}
      {clearNextAction.isError ? <Alert tone="error" className="mt-3">{clearNextAction.error.message}</Alert> : null}
      <Link to="/taches" className="mt-4 inline-block text-sm font-medium text-accent-800 underline">
        {t('dashboard.allTasks')}
      </Link>
    </Panel>
  )
}

function LeadDue({ lead, pending, onDone }: { lead: DashboardLead; pending: boolean; onDone: (name: string) => void }) {
  const { t, formatDate } = useI18n()
  const name = leadName(lead)
  const overdue = lead.overdue
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <Link to={`/leads/${lead.id}`} className="font-medium break-words text-accent-800 underline">
          {name}
        </Link>
        {lead.next_action_at ? (
          <p className={overdue ? 'text-sm font-medium text-red-800' : 'text-sm text-slate-700'}>
            {t(overdue ? 'dashboard.nextActionOverdue' : 'dashboard.nextAction', { date: formatDate(lead.next_action_at) })}
          </p>
        ) : null}
      </div>
      <Button size="sm" variant="secondary" disabled={pending} onClick={() => onDone(name)} aria-label={t('tasks.markDoneNamed', { title: name })}>
        {t('tasks.markDone')}
      </Button>
    </li>
  )
}

function NewLeads({ dashboard }: { dashboard: Dashboard }) {
  const { t, formatDate } = useI18n()
  const { count, items } = dashboard.new_leads
  // The conversion window (30 days at least) covers the week: its rows name every source seen.
  const sourceLabels = new Map(dashboard.conversion_by_source.items.map((row) => [row.source, row.label]))
  return (
    <Panel id="dashboard-new-leads" title={t('dashboard.newLeads')}>
      <p className="text-3xl font-semibold text-slate-900">
        {count}
        <span className="ml-2 text-base font-normal text-slate-700">{t('dashboard.newLeadsCount', { count })}</span>
      </p>
      {items.length > 0 ? (
        <ul className="mt-3 divide-y divide-slate-200">
          {items.map((lead) => (
            <li key={lead.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
              <Link to={`/leads/${lead.id}`} className="font-medium break-words text-accent-800 underline">
                {leadName(lead)}
              </Link>
              <span className="text-sm text-slate-700">
                {sourceLabels.get(lead.source) ?? lead.source} · {formatDate(lead.created_at)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <Link to="/leads" className="mt-4 inline-block text-sm font-medium text-accent-800 underline">
        {t('dashboard.allLeads')}
      </Link>
    </Panel>
  )
}
