import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import {
  Alert,
  Badge,
  Button,
  Pagination,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  cn,
} from '../../../ui'
import { JOBS_PER_PAGE, useJobs, useRetryJob } from '../hooks/useJobs'
import { JOB_STATUSES, type Job, type JobStatus } from '../types/job'

const STATUS_LABELS: Record<JobStatus, MessageKey> = {
  queued: 'jobs.status.queued',
  running: 'jobs.status.running',
  failed: 'jobs.status.failed',
  dead: 'jobs.status.dead',
  done: 'jobs.status.done',
  cancelled: 'jobs.status.cancelled',
}

const KIND_LABELS: Record<string, MessageKey> = {
  'email.send': 'jobs.kind.emailSend',
  'sms.send': 'jobs.kind.smsSend',
  'mailbox.poll': 'jobs.kind.mailboxPoll',
  'visit.remind': 'jobs.kind.visitRemind',
}

const STATUS_TONES: Partial<Record<JobStatus, 'positive' | 'negative'>> = {
  done: 'positive',
  failed: 'negative',
  dead: 'negative',
}

function readStatus(value: string | null): JobStatus | null {
  return JOB_STATUSES.find((status) => status === value) ?? null
}

export function JobsPage() {
  const { t, formatDate } = useI18n()
  const [params, setParams] = useSearchParams()
  const status = readStatus(params.get('statut'))
  const [page, setPage] = useState(1)
  const [notice, setNotice] = useState<string | null>(null)
  const jobs = useJobs(status, page)
  const retry = useRetryJob()

  const kindLabel = (kind: string) => (KIND_LABELS[kind] ? t(KIND_LABELS[kind]) : kind)

  const handleStatus = (next: JobStatus | null) => {
    setPage(1)
    setNotice(null)
    setParams(next ? { statut: next } : {})
  }

  const handleRetry = (job: Job) => {
    setNotice(null)
    retry.mutate(job.id, { onSuccess: () => setNotice(t('jobs.retried', { kind: kindLabel(job.kind), id: job.id })) })
  }

  return (
    <section aria-labelledby="jobs-heading" className="space-y-4">
      <div>
        <h2 id="jobs-heading" className="text-lg font-semibold text-slate-900">
          {t('jobs.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('jobs.lead')}</p>
      </div>
      <div role="group" aria-label={t('jobs.filter')} className="flex flex-wrap gap-2">
        {[null, ...JOB_STATUSES].map((option) => (
          <Button
            key={option ?? 'all'}
            size="sm"
            variant={option === status ? 'primary' : 'secondary'}
            aria-pressed={option === status}
            onClick={() => handleStatus(option)}
          >
            {option ? t(STATUS_LABELS[option]) : t('jobs.status.all')}
          </Button>
        ))}
      </div>
      <p role="status" className={cn('text-sm', notice ? 'text-green-800' : 'sr-only')}>
        {notice ?? ''}
      </p>
      {retry.isError ? <Alert tone="error">{retry.error.message}</Alert> : null}
      {jobs.isPending ? (
        <Spinner />
      ) : jobs.isError ? (
        <Alert tone="error">{jobs.error.message}</Alert>
      ) : (
        <>
          <Table caption={t('jobs.caption')}>
            <TableHead>
              <TableRow>
                <TableHeader>{t('jobs.kind')}</TableHeader>
                <TableHeader>{t('jobs.statusHeader')}</TableHeader>
                <TableHeader>{t('jobs.attempts')}</TableHeader>
                <TableHeader>{t('jobs.nextTry')}</TableHeader>
                <TableHeader>{t('jobs.lastError')}</TableHeader>
                <TableHeader>
                  <span className="sr-only">{t('common.actions')}</span>
                </TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {jobs.data.items.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={6} className="text-slate-700">
                    {t('jobs.empty')}
                  </TableCell>
                </TableRow>
              ) : null}
              {jobs.data.items.map((job) => (
                <TableRow key={job.id}>
                  <TableCell className="font-medium whitespace-nowrap text-slate-900">
                    {kindLabel(job.kind)} <span className="text-slate-700">#{job.id}</span>
                  </TableCell>
                  <TableCell>
                    <Badge tone={STATUS_TONES[job.status] ?? 'neutral'}>{t(STATUS_LABELS[job.status])}</Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {t('jobs.attemptsOf', { attempts: job.attempts, max: job.max_attempts })}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {job.status === 'queued' || job.status === 'failed' ? formatDate(job.due_at) : '—'}
                  </TableCell>
                  <TableCell className="max-w-md text-sm break-words text-slate-800">{job.last_error ?? '—'}</TableCell>
                  <TableCell className="text-right whitespace-nowrap">
                    {job.status === 'failed' || job.status === 'dead' ? (
                      <Button
                        variant="secondary"
                        size="sm"
                        disabled={retry.isPending && retry.variables === job.id}
                        onClick={() => handleRetry(job)}
                      >
                        {t('jobs.retry')}
                        <span className="sr-only">
                          {' '}
                          {kindLabel(job.kind)} #{job.id}
                        </span>
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={page} perPage={JOBS_PER_PAGE} total={jobs.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  )
}
