import { useEffect, useRef, useState } from 'react'
import { Link } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Badge, Button, Spinner } from '../../../ui'
import { useConversationMessages, useMarkRead } from '../hooks/useConversations'
import type { EmailMessage } from '../types/conversation'
import { htmlToText } from '../utils/emailText'
import { ComposeForm } from './ComposeForm'

const STATE_LABELS: Record<EmailMessage['state'], MessageKey> = {
  received: 'inbox.state.received',
  queued: 'inbox.state.queued',
  sending: 'inbox.state.sending',
  sent: 'inbox.state.sent',
  failed: 'inbox.state.failed',
}

// Messages grouped by thread, threads in the order of their first message.
function threads(messages: EmailMessage[]): EmailMessage[][] {
  const groups = new Map<number, EmailMessage[]>()
  for (const message of messages) {
    const group = groups.get(message.thread_id) ?? []
    group.push(message)
    groups.set(message.thread_id, group)
  }
  return [...groups.values()]
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`
  return `${(bytes / 1024 / 1024).toFixed(1)} Mo`
}

function MessageItem({ message, onReply }: { message: EmailMessage; onReply: (message: EmailMessage) => void }) {
  const { t, formatDate } = useI18n()
  const markRead = useMarkRead()
  const body = message.body_text ?? (message.body_html ? htmlToText(message.body_html) : '')
  const sender = message.from.name ? `${message.from.name} <${message.from.email}>` : message.from.email
  return (
    <li>
      <article
        aria-label={`${message.subject || t('inbox.noSubject')}, ${formatDate(message.created_at)}`}
        className={message.direction === 'out' ? 'rounded-md border border-accent-100 bg-accent-50 p-3' : 'rounded-md border border-slate-200 p-3'}
      >
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <p className="text-sm text-slate-800">
            <span className="font-medium">{message.direction === 'out' ? t('inbox.you') : sender}</span>
            {' · '}
            <time dateTime={message.created_at}>{formatDate(message.created_at)}</time>
          </p>
          <Badge tone={message.state === 'failed' ? 'negative' : message.state === 'sent' ? 'positive' : 'neutral'}>
            {t(STATE_LABELS[message.state])}
          </Badge>
        </header>
        <h4 className="mt-1 font-medium text-slate-900">{message.subject || t('inbox.noSubject')}</h4>
        {message.state === 'failed' && message.server_answer ? (
          <p className="mt-1 text-sm text-red-800">{t('inbox.serverAnswer', { answer: message.server_answer })}</p>
        ) : null}
        <div className="mt-2 text-sm break-words whitespace-pre-wrap text-slate-800">{body}</div>
        {message.incomplete.length > 0 ? (
          <p className="mt-2 text-sm text-amber-900">{t('inbox.incomplete', { what: message.incomplete.join(' ; ') })}</p>
        ) : null}
        {message.attachments.length > 0 ? (
          <ul aria-label={t('inbox.attachments')} className="mt-2 flex flex-wrap gap-2">
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a
                  href={`/api/v1/emails/${message.id}/attachments/${attachment.id}`}
                  download={attachment.filename}
                  className="inline-block rounded border border-slate-300 px-2 py-1 text-sm text-accent-800 underline"
                >
                  {attachment.filename} ({formatSize(attachment.size_bytes)})
                </a>
              </li>
            ))}
          </ul>
        ) : null}
        {message.direction === 'in' ? (
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => onReply(message)}>
              {t('inbox.reply')}
            </Button>
            <Button size="sm" variant="secondary" disabled={markRead.isPending} onClick={() => markRead.mutate({ id: message.id, read: false })}>
              {t('inbox.markUnread')}
            </Button>
          </div>
        ) : null}
      </article>
    </li>
  )
}

export function ThreadView({ contactId }: { contactId: number }) {
  const { t } = useI18n()
  const messages = useConversationMessages(contactId)
  const markRead = useMarkRead()
  const marked = useRef(new Set<number>())
  const [replyTo, setReplyTo] = useState<EmailMessage | null>(null)
  const [composing, setComposing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  // Opening a conversation reads it: each unread received email is marked read once.
  useEffect(() => {
    for (const message of messages.data?.items ?? []) {
      if (message.read || marked.current.has(message.id)) continue
      marked.current.add(message.id)
      markRead.mutate({ id: message.id, read: true })
    }
  }, [messages.data, markRead])

  const items = messages.data?.items ?? []
  const leadId = [...items].reverse().find((message) => message.lead_id !== null)?.lead_id ?? undefined

  const handleSent = () => {
    setReplyTo(null)
    setComposing(false)
    setNotice(t('inbox.sent'))
  }

  return (
    <section aria-labelledby="thread-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="thread-heading" className="text-lg font-semibold text-slate-900">
          {t('inbox.thread')}
        </h2>
        <div className="flex gap-2">
          <Link to={`/contacts/${contactId}`} className="text-sm text-accent-800 underline">
            {t('inbox.contactCard')}
          </Link>
          <Link to="/messages" className="text-sm text-accent-800 underline md:hidden">
            {t('inbox.back')}
          </Link>
        </div>
      </div>
      <p role="status" className={notice ? 'mt-2 text-sm text-green-800' : 'sr-only'}>
        {notice ?? ''}
      </p>
      <div className="mt-4">
        {messages.isPending ? (
          <Spinner />
        ) : messages.isError ? (
          <Alert tone="error">{messages.error.message}</Alert>
        ) : (
          <div className="space-y-6">
            {threads(items).map((thread) => (
              <section key={thread[0].thread_id} aria-label={t('inbox.threadNamed', { subject: thread[0].subject || t('inbox.noSubject') })}>
                <h3 className="mb-2 text-sm font-semibold text-slate-700">{thread[0].subject || t('inbox.noSubject')}</h3>
                <ol className="space-y-3">
                  {thread.map((message) => (
                    <MessageItem
                      key={message.id}
                      message={message}
                      onReply={(target) => {
                        setComposing(false)
                        setReplyTo(target)
                      }}
                    />
                  ))}
                </ol>
              </section>
            ))}
          </div>
        )}
      </div>
      <div className={messages.isSuccess ? 'mt-6 border-t border-slate-200 pt-4' : 'hidden'}>
        {replyTo ? (
          <>
            <h3 className="mb-3 font-semibold text-slate-900">{t('inbox.replyTo', { subject: replyTo.subject || t('inbox.noSubject') })}</h3>
            <ComposeForm
              key={replyTo.id}
              contactId={contactId}
              leadId={replyTo.lead_id ?? leadId}
              replyTo={{ id: replyTo.id, subject: replyTo.subject }}
              onSent={handleSent}
              onCancel={() => setReplyTo(null)}
            />
          </>
        ) : composing ? (
          <>
            <h3 className="mb-3 font-semibold text-slate-900">{t('inbox.compose')}</h3>
            <ComposeForm contactId={contactId} leadId={leadId} onSent={handleSent} onCancel={() => setComposing(false)} />
          </>
        ) : (
          <Button onClick={() => setComposing(true)}>{t('inbox.compose')}</Button>
        )}
      </div>
    </section>
  )
}
