import { useState, type FormEvent } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Badge, Button, Field, Spinner } from '../../../ui'
import { sourceCode, useCreateLeadSource, useLeadSources, useUpdateLeadSource } from '../hooks/useLeadSettings'
import type { LeadSource } from '../types/leadSettings'

export function LeadSourcesPanel() {
  const { t } = useI18n()
  const sources = useLeadSources()
  const update = useUpdateLeadSource()
  const [notice, setNotice] = useState('')
  const ordered = [...(sources.data?.items ?? [])].sort((a, b) => a.position - b.position)

  // Swapping positions with the neighbour keeps every other source where it is.
  const handleMove = (index: number, delta: -1 | 1) => {
    const source = ordered[index]
    const neighbour = ordered[index + delta]
    if (!source || !neighbour) return
    update.mutate({ id: source.id, change: { position: neighbour.position } })
    update.mutate(
      { id: neighbour.id, change: { position: source.position } },
      { onSuccess: () => setNotice(t(delta < 0 ? 'leadSettings.sources.movedUp' : 'leadSettings.sources.movedDown', { label: source.label })) },
    )
  }

  return (
    <section aria-labelledby="lead-sources-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="lead-sources-heading" className="text-lg font-semibold text-slate-900">
        {t('leadSettings.sources.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('leadSettings.sources.description')}</p>
      <p role="status" className="sr-only">
        {notice}
      </p>
      {update.isError ? <Alert tone="error" className="mt-3">{update.error.message}</Alert> : null}
      {sources.isPending ? (
        <Spinner />
      ) : sources.isError ? (
        <Alert tone="error">{sources.error.message}</Alert>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200">
          {ordered.map((source, index) => (
            <SourceRow
              key={`${source.id}-${source.label}`}
              source={source}
              first={index === 0}
              last={index === ordered.length - 1}
              pending={update.isPending}
              onMove={(delta) => handleMove(index, delta)}
              onChange={(change, message) => update.mutate({ id: source.id, change }, { onSuccess: () => setNotice(message) })}
            />
          ))}
        </ol>
      )}
      <NewSourceForm onCreated={(label) => setNotice(t('leadSettings.sources.added', { label }))} />
    </section>
  )
}

interface SourceRowProps {
  source: LeadSource
  first: boolean
  last: boolean
  pending: boolean
  onMove: (delta: -1 | 1) => void
  onChange: (change: Partial<Pick<LeadSource, 'label' | 'active'>>, message: string) => void
}

function SourceRow({ source, first, last, pending, onMove, onChange }: SourceRowProps) {
  const { t } = useI18n()
  const [label, setLabel] = useState(source.label)
  const [error, setError] = useState<string | undefined>()

  const handleRename = (event: FormEvent) => {
    event.preventDefault()
    if (!label.trim()) {
      setError(t('leadSettings.sources.labelRequired'))
      return
    }
    setError(undefined)
    onChange({ label: label.trim() }, t('leadSettings.sources.renamed', { label: label.trim() }))
  }

  return (
    <li className="flex flex-col gap-3 py-3 md:flex-row md:items-end">
      <form onSubmit={handleRename} noValidate className="flex min-w-0 flex-1 items-end gap-2">
        <Field
          label={t('leadSettings.sources.labelFor', { code: source.code })}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          error={error}
          maxLength={100}
          containerClassName="min-w-0 flex-1"
        />
        <Button type="submit" variant="secondary" disabled={pending || label === source.label}>
          {t('leadSettings.sources.rename')}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-2">
        {source.active ? null : <Badge>{t('leadSettings.sources.inactive')}</Badge>}
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || first}
          onClick={() => onMove(-1)}
          aria-label={t('leadSettings.sources.moveUp', { label: source.label })}
        >
          <span aria-hidden="true">↑</span>
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending || last}
          onClick={() => onMove(1)}
          aria-label={t('leadSettings.sources.moveDown', { label: source.label })}
        >
          <span aria-hidden="true">↓</span>
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            onChange(
              { active: !source.active },
              t(source.active ? 'leadSettings.sources.deactivated' : 'leadSettings.sources.activated', { label: source.label }),
            )
          }
          aria-label={t(source.active ? 'leadSettings.sources.deactivateNamed' : 'leadSettings.sources.activateNamed', {
            label: source.label,
          })}
        >
          {t(source.active ? 'leadSettings.sources.deactivate' : 'leadSettings.sources.activate')}
        </Button>
      </div>
    </li>
  )
}

function NewSourceForm({ onCreated }: { onCreated: (label: string) => void }) {
  const { t } = useI18n()
  const create = useCreateLeadSource()
  const [label, setLabel] = useState('')
  const [error, setError] = useState<string | undefined>()

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = label.trim()
    if (!trimmed || !sourceCode(trimmed)) {
      setError(t('leadSettings.sources.labelRequired'))
      return
    }
    setError(undefined)
    create.mutate(
      { code: sourceCode(trimmed), label: trimmed },
      {
        onSuccess: () => {
          setLabel('')
          onCreated(trimmed)
        },
        onError: (failure) => setError(failure.fields.label ?? failure.fields.code ?? failure.message),
      },
    )
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="mt-4 flex items-end gap-2 border-t border-slate-200 pt-4">
      <Field
        label={t('leadSettings.sources.newLabel')}
        value={label}
        onChange={(event) => setLabel(event.target.value)}
        error={error}
        maxLength={100}
        containerClassName="min-w-0 flex-1"
      />
      <Button type="submit" disabled={create.isPending}>
        {t('leadSettings.sources.add')}
      </Button>
    </form>
  )
}
