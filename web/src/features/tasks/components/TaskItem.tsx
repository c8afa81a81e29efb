import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Badge, Button } from '../../../ui'
import type { Task } from '../types/task'

interface TaskItemProps {
  task: Task
  pending: boolean
  onDone: (task: Task) => void
}

export function TaskItem({ task, pending, onDone }: TaskItemProps) {
  const { t, formatDate } = useI18n()
  const overdue = task.overdue ?? (!task.done_at && new Date(task.due_at).getTime() < Date.now())
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{task.title}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>{t('tasks.dueAt', { date: formatDate(task.due_at) })}</span>
          {overdue ? <Badge tone="negative">{t('tasks.overdueBadge')}</Badge> : null}
          {task.done_at ? <Badge tone="positive">{t('tasks.doneAt', { date: formatDate(task.done_at) })}</Badge> : null}
          {task.lead_id ? (
            <Link to={`/leads/${task.lead_id}`} className="text-accent-800 underline">
              {task.contact_name ? t('tasks.leadOf', { name: task.contact_name }) : t('tasks.openLead', { id: task.lead_id })}
            </Link>
          ) : null}
        </p>
      </div>
      {task.done_at ? null : (
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() => onDone(task)}
          aria-label={t('tasks.markDoneNamed', { title: task.title })}
        >
          {t('tasks.markDone')}
        </Button>
      )}
    </li>
  )
}
