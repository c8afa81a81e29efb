import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Button, ConfirmDialog, CopyButton, Panel, Spinner } from '../../../ui'
import { useCalendarFeed, useCreateCalendarFeed, useDeleteCalendarFeed } from '../hooks/useVisitSettings'

// The private iCalendar address: shown once when made, then only "active since".
export function CalendarFeedPanel() {
  const { t, formatDate } = useI18n()
  const feed = useCalendarFeed()
  const create = useCreateCalendarFeed()
  const remove = useDeleteCalendarFeed()
  const [url, setUrl] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<'regenerate' | 'delete' | null>(null)

  const handleCreate = () =>
    create.mutate(undefined, {
      onSuccess: (result) => {
        setUrl(result.url)
        setConfirming(null)
      },
    })

  const handleDelete = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        setUrl(null)
        setConfirming(null)
      },
    })

  return (
    <Panel id="calendar-feed" title={t('visitSettings.feed.title')}>
      <div className="space-y-4 text-sm text-slate-800">
        <p>{t('visitSettings.feed.lead')}</p>
        {feed.isPending ? (
          <Spinner />
        ) : feed.isError ? (
          <Alert tone="error">{feed.error.message}</Alert>
        ) : (
          <>
            {url ? (
              <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
                <p className="font-medium text-amber-950">{t('visitSettings.feed.showOnce')}</p>
                <label htmlFor="calendar-feed-url" className="block font-medium">
                  {t('visitSettings.feed.url')}
                </label>
                <input
                  id="calendar-feed-url"
                  readOnly
                  value={url}
                  onFocus={(event) => event.target.select()}
                  className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-xs"
                />
                <CopyButton value={url} variant="secondary" size="sm" />
              </div>
            ) : feed.data.active ? (
              <p>{t('visitSettings.feed.active', { date: feed.data.created_at ? formatDate(feed.data.created_at) : '—' })}</p>
            ) : (
              <p>{t('visitSettings.feed.inactive')}</p>
            )}
            <div className="flex flex-wrap gap-3">
              {feed.data.active || url ? (
                <>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      create.reset()
                      setConfirming('regenerate')
                    }}
                  >
                    {t('visitSettings.feed.regenerate')}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={() => {
                      remove.reset()
                      setConfirming('delete')
                    }}
                  >
                    {t('visitSettings.feed.delete')}
                  </Button>
                </>
              ) : (
                <Button onClick={handleCreate} disabled={create.isPending}>
                  {t('visitSettings.feed.create')}
                </Button>
              )}
            </div>
            {create.isError && confirming === null ? <Alert tone="error">{create.error.message}</Alert> : null}
          </>
        )}
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium text-slate-900">{t('visitSettings.feed.howTo')}</summary>
          <dl className="mt-3 space-y-3">
            <div>
              <dt className="font-medium">iPhone, iPad</dt>
              <dd>{t('visitSettings.feed.iphone')}</dd>
            </div>
            <div>
              <dt className="font-medium">Android (Google Agenda)</dt>
              <dd>{t('visitSettings.feed.android')}</dd>
            </div>
            <div>
              <dt className="font-medium">Outlook</dt>
              <dd>{t('visitSettings.feed.outlook')}</dd>
            </div>
          </dl>
        </details>
      </div>
      <ConfirmDialog
        open={confirming === 'regenerate'}
        title={t('visitSettings.feed.regenerateTitle')}
        body={t('visitSettings.feed.regenerateBody')}
        confirmLabel={t('visitSettings.feed.regenerateConfirm')}
        pending={create.isPending}
        error={create.error?.message}
        onConfirm={handleCreate}
        onClose={() => setConfirming(null)}
      />
      <ConfirmDialog
        open={confirming === 'delete'}
        title={t('visitSettings.feed.deleteTitle')}
        body={t('visitSettings.feed.deleteBody')}
        confirmLabel={t('visitSettings.feed.delete')}
        pending={remove.isPending}
        error={remove.error?.message}
        onConfirm={handleDelete}
        onClose={() => setConfirming(null)}
      />
    </Panel>
  )
}
