import { useI18n } from '../../../i18n'
import type { RenderedPreview, TemplateChannel } from '../types/templates'

interface TemplatePreviewProps {
  channel: TemplateChannel
  preview: RenderedPreview | null
  failed: boolean
}

// The draft as the recipient will see it: an email in a sandboxed frame (no script, no form; same origin so
// accessibility checkers can read it), an SMS with
// its length in characters and SMS segments.
export function TemplatePreview({ channel, preview, failed }: TemplatePreviewProps) {
  const { t } = useI18n()
  if (!preview) return <p className="text-sm text-slate-600">{t('templates.preview.loading')}</p>
  return (
    <div aria-live="polite" className="space-y-3">
      {failed ? <p className="text-sm text-amber-900">{t('templates.preview.stale')}</p> : null}
      {channel === 'email' ? (
        <>
          <p className="text-sm">
            <span className="font-medium text-slate-800">{t('templates.preview.subject')} </span>
            <span data-testid="preview-subject">{preview.subject}</span>
          </p>
          <iframe
            title={t('templates.preview.frame')}
            sandbox="allow-same-origin"
            srcDoc={preview.body_html ?? ''}
            className="h-96 w-full rounded-md border border-slate-300 bg-white"
          />
        </>
      ) : (
        <>
          <p data-testid="preview-sms" className="whitespace-pre-wrap rounded-md bg-slate-100 p-3 text-sm text-slate-900">
            {preview.body}
          </p>
          {preview.length ? (
            <p className="text-sm text-slate-700" data-testid="sms-length">
              {t('templates.sms.length', {
                units: preview.length.units,
                segments: preview.length.segments,
                encoding: preview.length.encoding === 'gsm7' ? 'GSM-7' : 'Unicode',
              })}
            </p>
          ) : null}
        </>
      )}
    </div>
  )
}
