import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { Alert, Spinner, ViewSwitch, cn } from '../../../ui'
import { useTemplates } from '../hooks/useTemplates'
import type { TemplateChannel } from '../types/templates'
import { TemplateEditor } from './TemplateEditor'

const CHANNELS = ['email', 'sms'] as const

// Settings > Templates: the agency's email and SMS templates by channel, and the editor of the chosen one.
export function TemplatesPage() {
  const { t } = useI18n()
  const [channel, setChannel] = useState<TemplateChannel>('email')
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const templates = useTemplates(channel)
  const items = templates.data?.items ?? []
  const selected = items.find((item) => item.id === selectedId) ?? items[0]

  const handleChannel = (next: TemplateChannel) => {
    setChannel(next)
    setSelectedId(null)
  }

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t('templates.intro')}</p>
      <ViewSwitch
        label={t('templates.channel')}
        views={CHANNELS}
        current={channel}
        labelOf={(view) => t(view === 'email' ? 'templates.channel.email' : 'templates.channel.sms')}
        onChange={handleChannel}
      />
      {templates.isPending ? (
        <Spinner />
      ) : templates.isError ? (
        <Alert tone="error">{templates.error.message}</Alert>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <nav aria-label={t('templates.list')}>
            <ul className="space-y-1">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-current={item.id === selected?.id ? 'true' : undefined}
                    onClick={() => setSelectedId(item.id)}
                    className={cn(
                      'w-full rounded-md px-3 py-2 text-left text-sm',
                      item.id === selected?.id ? 'bg-slate-800 text-white' : 'text-slate-800 hover:bg-slate-100',
                    )}
                  >
                    {item.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected ? <TemplateEditor key={selected.id} template={selected} /> : null}
        </div>
      )}
    </div>
  )
}
