import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, PageHeader, Pagination, Spinner, cn } from '../../../ui'
import { useCompleteTask, useTasks } from '../hooks/useTasks'
import { TASK_SCOPES, type TaskScope } from '../types/task'
import { NewTaskForm } from './NewTaskForm'
import { TaskItem } from './TaskItem'

const SCOPE_LABELS: Record<TaskScope, MessageKey> = {
  overdue: 'tasks.scope.overdue',
  today: 'tasks.scope.today',
  upcoming: 'tasks.scope.upcoming',
  done: 'tasks.scope.done',
}

function readScope(value: string | null): TaskScope {
  return TASK_SCOPES.find((scope) => scope === value) ?? 'today'
}

export function TasksPage() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const scope = readScope(params.get('vue'))
  const [page, setPage] = useState(1)
  const [notice, setNotice] = useState<string | null>(null)
  const tasks = useTasks(scope, page)
  const complete = useCompleteTask()

  const handleScope = (next: TaskScope) => {
    setPage(1)
    setParams({ vue: next })
  }

  return (
    <>
      <PageHeader title={t('tasks.title')} description={t('tasks.description')} />
      <div className="space-y-6">
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <NewTaskForm onCreated={(title) => setNotice(t('tasks.created', { title }))} />
        </section>
        <p role="status" className={cn('text-sm', notice ? 'text-green-800' : 'sr-only')}>
          {notice ?? ''}
        </p>
        <section aria-labelledby="task-list-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <h2 id="task-list-heading" className="text-lg font-semibold text-slate-900">
            {t('tasks.mine')}
          </h2>
          <div role="group" aria-label={t('tasks.scope.label')} className="mt-3 flex flex-wrap gap-2">
            {TASK_SCOPES.map((option) => (
              <Button
                key={option}
                size="sm"
                variant={option === scope ? 'primary' : 'secondary'}
                aria-pressed={option === scope}
                onClick={() => handleScope(option)}
              >
                {t(SCOPE_LABELS[option])}
              </Button>
            ))}
          </div>
          <div className="mt-4">
            {tasks.isPending ? (
              <Spinner />
            ) : tasks.isError ? (
              <Alert tone="error">{tasks.error.message}</Alert>
            ) : tasks.data.items.length === 0 ? (
              <p className="text-slate-700">{t('tasks.empty')}</p>
            ) : (
              <>
                <ul className="divide-y divide-slate-200" aria-label={t(SCOPE_LABELS[scope])}>
                  {tasks.data.items.map((task) => (
                    <TaskItem
                      key={task.id}
                      task={task}
                      pending={complete.isPending && complete.variables === task.id}
                      onDone={(done) =>
                        complete.mutate(done.id, { onSuccess: () => setNotice(t('tasks.completed', { title: done.title })) })
                      }
                    />
                  ))}
                </ul>
                <Pagination
                  page={tasks.data.page}
                  perPage={tasks.data.per_page}
                  total={tasks.data.total}
                  onPageChange={setPage}
                />
              </>
            )}
            {complete.isError ? <Alert tone="error" className="mt-3">{complete.error.message}</Alert> : null}
          </div>
        </section>
      </div>
    </>
  )
}
