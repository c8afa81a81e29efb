import { useDeferredValue, useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, Spinner } from '../../../ui'
import type { ApiError } from '../../../api'

export interface PickerOption<T> {
  id: number
  label: string
  detail?: string
  value: T
}

export interface SearchResults<T> {
  isPending: boolean
  error: ApiError | null
  options: PickerOption<T>[]
}

interface SearchPickerProps<T> {
  id: string
  label: string
  hint: string
  error?: string
  // The results for a text of at least two characters (the hook is the caller's: properties, contacts).
  useResults: (text: string) => SearchResults<T>
  onPick: (value: T) => void
  pickLabel: (option: PickerOption<T>) => string
}

// A search field and, below it, a list of buttons: one per match, each saying what it picks.
export function SearchPicker<T>({ id, label, hint, error, useResults, onPick, pickLabel }: SearchPickerProps<T>) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const deferred = useDeferredValue(text)
  const results = useResults(deferred.trim().length >= 2 ? deferred.trim() : '')
  const searching = deferred.trim().length >= 2

  const handlePick = (option: PickerOption<T>) => {
    onPick(option.value)
    setText('')
    document.getElementById(id)?.focus()
  }

  return (
    <div className="space-y-2">
      <Field
        id={id}
        type="search"
        autoComplete="off"
        label={label}
        hint={hint}
        error={error}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {searching ? (
        results.error ? (
          <Alert tone="error">{results.error.message}</Alert>
        ) : results.isPending ? (
          <Spinner />
        ) : results.options.length === 0 ? (
          <p className="text-sm text-slate-700">{t('calendar.form.noResult')}</p>
        ) : (
          <ul aria-label={t('calendar.form.resultsOf', { label })} className="divide-y divide-slate-200 rounded-md border border-slate-200 px-3">
            {results.options.map((option) => (
              <li key={option.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0 text-sm">
                  <p className="font-medium break-words text-slate-900">{option.label}</p>
                  {option.detail ? <p className="break-words text-slate-700">{option.detail}</p> : null}
                </div>
                <Button size="sm" variant="secondary" aria-label={pickLabel(option)} onClick={() => handlePick(option)}>
                  {t('calendar.form.pick')}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  )
}
