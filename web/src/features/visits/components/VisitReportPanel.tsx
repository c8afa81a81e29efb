import { useState, type FormEvent } from 'react'
import type { ApiError } from '../../../api/ApiError'
import { useI18n } from '../../../i18n'
import { Alert, Button, ErrorSummary, Field, Panel, Spinner, TextareaField } from '../../../ui'
import { RadioOptions } from '../../properties/components/form/RadioOptions'
import { useSaveReport, useVisitReport } from '../hooks/useVisits'
import type { PriceOpinion, Visit, VisitReport } from '../types/visit'
import { INTEREST_LABEL, INTEREST_LEVELS, PRICE_OPINIONS, PRICE_OPINION_LABEL } from '../utils/labels'
import { formatDateTimeInZone, zonedDate, zonedInputToIso } from '../utils/time'

interface Props {
  visit: Visit
  // The form is offered once the visit has started, to whoever may manage it.
  canManage: boolean
}

export function VisitReportPanel({ visit, canManage }: Props) {
  const { t } = useI18n()
  const [editing, setEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  const stored = useVisitReport(visit.id)
  const report = stored.data ?? visit.report
  const showForm = canManage && (editing || report === null)
  return (
    <Panel
      id="visit-report"
      title={t('visits.report.title')}
      actions={
        canManage && report && !editing ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setSaved(false)
              setEditing(true)
            }}
          >
            {t('visits.report.edit')}
          </Button>
        ) : null
      }
    >
      <p role="status" className="mb-3 text-sm text-green-800 empty:hidden">
        {saved ? t('visits.report.saved') : ''}
      </p>
      {stored.isPending ? (
        <Spinner />
      ) : stored.isError ? (
        <Alert tone="error">{stored.error.message}</Alert>
      ) : showForm ? (
        <ReportForm
          visit={visit}
          report={report}
          onSaved={() => {
            setEditing(false)
            setSaved(true)
          }}
          onCancel={report ? () => setEditing(false) : undefined}
        />
      ) : report ? (
        <ReportView report={report} timeZone={visit.time_zone} />
      ) : (
        <p className="text-sm text-slate-700">
          {visit.status === 'cancelled' ? t('visits.report.cancelled') : t('visits.report.notYet')}
        </p>
      )}
    </Panel>
  )
}

function ReportView({ report, timeZone }: { report: VisitReport; timeZone: string }) {
  const { t, locale } = useI18n()
  const facts: [string, string][] = [
    [t('visits.report.comment'), report.comment],
    [
      t('visits.report.interest'),
      report.interest_level ? `${report.interest_level}/5 – ${t(INTEREST_LABEL[report.interest_level])}` : '—',
    ],
    [t('visits.report.priceOpinion'), report.price_opinion ? t(PRICE_OPINION_LABEL[report.price_opinion]) : '—'],
    [t('visits.report.objections'), report.objections || '—'],
  ]
  return (
    <div className="space-y-3">
      <dl className="grid gap-y-3">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-slate-600">{term}</dt>
            <dd className="whitespace-pre-line break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {report.follow_up_task_id ? <p className="text-sm text-slate-700">{t('visits.report.followUpCreated')}</p> : null}
      <p className="text-sm text-slate-600">
        {t('visits.report.updatedAt', { date: formatDateTimeInZone(report.updated_at, timeZone, locale) })}
      </p>
    </div>
  )
}

interface FormProps {
  visit: Visit
  report: VisitReport | null
  onSaved: () => void
  onCancel?: () => void
}

function ReportForm({ visit, report, onSaved, onCancel }: FormProps) {
  const { t } = useI18n()
  const save = useSaveReport(visit.id)
  const [comment, setComment] = useState(report?.comment ?? '')
  const [interest, setInterest] = useState<number | null>(report?.interest_level ?? null)
  const [objections, setObjections] = useState(report?.objections ?? '')
  const [opinion, setOpinion] = useState<PriceOpinion | ''>(report?.price_opinion ?? '')
  const [followUpTitle, setFollowUpTitle] = useState('')
  const [followUpDate, setFollowUpDate] = useState(zonedDate(visit.time_zone, 2))
  const [errors, setErrors] = useState<Record<string, string>>({})

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!comment.trim()) found.comment = t('visits.report.commentRequired')
    const title = followUpTitle.trim()
    const dueAt = title ? zonedInputToIso(`${followUpDate}T09:00`, visit.time_zone) : null
    if (title && !dueAt) found['follow_up.due_at'] = t('visits.report.followUpDateInvalid')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    // mutateAsync, not mutate's callbacks: the saved report can arrive (and replace this form) before
    // the mutation settles, and an unmounted form's callbacks never run.
    save
      .mutateAsync({
        comment: comment.trim(),
        interest_level: interest,
        objections: objections.trim() || null,
        price_opinion: opinion || null,
        ...(title && dueAt ? { follow_up: { title, due_at: dueAt } } : {}),
      })
      .then(onSaved, (error: ApiError) => setErrors(error.fields))
  }

  const summary = Object.entries(errors).map(([field, message]) => ({ fieldId: fieldId(field), message }))
  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-5">
      <ErrorSummary title={t('visits.report.errors')} errors={summary} />
      {save.isError && Object.keys(save.error.fields).length === 0 ? <Alert tone="error">{save.error.message}</Alert> : null}
      <TextareaField
        id="report-comment"
        label={t('visits.report.comment')}
        hint={t('visits.report.commentHint')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        error={errors.comment}
        required
      />
      <RadioOptions
        id="report-interest"
        legend={t('visits.report.interest')}
        value={interest === null ? '' : String(interest)}
        options={INTEREST_LEVELS.map((level) => ({ value: String(level), label: `${level} – ${t(INTEREST_LABEL[level])}` }))}
        error={errors.interest_level}
        onChange={(value) => setInterest(Number(value))}
      />
      <RadioOptions
        id="report-price"
        legend={t('visits.report.priceOpinion')}
        value={opinion}
        options={PRICE_OPINIONS.map((value) => ({ value, label: t(PRICE_OPINION_LABEL[value]) }))}
        error={errors.price_opinion}
        onChange={setOpinion}
      />
      <TextareaField
        id="report-objections"
        label={t('visits.report.objections')}
        value={objections}
        onChange={(event) => setObjections(event.target.value)}
        error={errors.objections}
        className="min-h-20"
      />
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t('visits.report.followUp')}</legend>
        <p className="text-sm text-slate-600">{t('visits.report.followUpHint')}</p>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            id="report-follow-up-title"
            label={t('visits.report.followUpTitle')}
            value={followUpTitle}
            onChange={(event) => setFollowUpTitle(event.target.value)}
            error={errors['follow_up.title']}
            containerClassName="sm:col-span-2"
          />
          <Field
            id="report-follow-up-due"
            type="date"
            label={t('visits.report.followUpDue')}
            value={followUpDate}
            onChange={(event) => setFollowUpDate(event.target.value)}
            error={errors['follow_up.due_at']}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={save.isPending}>
          {t('visits.report.save')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  )
}

const FIELD_IDS: Record<string, string> = {
  comment: 'report-comment',
  interest_level: 'report-interest',
  price_opinion: 'report-price',
  objections: 'report-objections',
  'follow_up.title': 'report-follow-up-title',
  'follow_up.due_at': 'report-follow-up-due',
}

function fieldId(field: string) {
  return FIELD_IDS[field] ?? 'report-comment'
}
