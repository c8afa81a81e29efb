import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, Spinner, cn } from '../../../ui'
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../hooks/useNotifications'
import { notificationTarget, type Notification } from '../types/notification'

// A disclosure, not a modal: the panel opens under the bell, Escape or a click elsewhere closes it
// and focus goes back to the bell.
export function NotificationBell() {
  const { t } = useI18n()
  const panelId = useId()
  const headingId = useId()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const notifications = useNotifications()
  const markAll = useMarkAllNotificationsRead()

  useEffect(() => {
    if (!open) return
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    const handlePointer = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', handleKeyDown)
    document.addEventListener('pointerdown', handlePointer)
    return () => {
      document.removeEventListener('keydown', handleKeyDown)
      document.removeEventListener('pointerdown', handlePointer)
    }
  }, [open])

  const label =
    notifications.unread === 0
      ? t('notifications.bellNone')
      : t(notifications.unread === 1 ? 'notifications.bellOne' : 'notifications.bellMany', { count: notifications.unread })

  return (
    <div ref={containerRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {notifications.unread > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 grid h-5 min-w-5 place-items-center rounded-full bg-red-700 px-1 text-xs font-semibold text-white"
          >
            {notifications.unread > 99 ? '99+' : notifications.unread}
          </span>
        ) : null}
      </button>
      <section
        id={panelId}
        aria-labelledby={headingId}
        hidden={!open}
        className="fixed inset-x-2 top-16 z-20 max-h-[70vh] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 shadow-lg sm:absolute sm:inset-x-auto sm:top-12 sm:right-0 sm:w-96"
      >
        <div className="flex items-center justify-between gap-3">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {t('notifications.title')}
          </h2>
          <Button
            size="sm"
            variant="secondary"
            disabled={notifications.unread === 0 || markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('notifications.readAll')}
          </Button>
        </div>
        <div className="mt-3">
          {notifications.isPending ? (
            <Spinner />
          ) : notifications.isError ? (
            <Alert tone="error">{notifications.error.message}</Alert>
          ) : notifications.items.length === 0 ? (
            <p className="text-sm text-slate-700">{t('notifications.empty')}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {notifications.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onFollow={() => setOpen(false)} />
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  )
}

function NotificationItem({ notification, onFollow }: { notification: Notification; onFollow: () => void }) {
  const { t, formatDate } = useI18n()
  const markRead = useMarkNotificationRead()
  const unread = notification.read_at === null
  const target = notificationTarget(notification)

  const handleFollow = () => {
    if (unread) markRead.mutate(notification.id)
    onFollow()
  }

  return (
    <li className={cn('py-2.5 text-sm', unread ? 'text-slate-900' : 'text-slate-600')}>
      <p className={cn('break-words', unread && 'font-semibold')}>
        {unread ? <span className="sr-only">{t('notifications.unread')} </span> : null}
        {target ? (
          <Link to={target} onClick={handleFollow} className="text-accent-800 underline">
            {notification.text}
          </Link>
        ) : (
          notification.text
        )}
      </p>
      <div className="mt-1 flex items-center justify-between gap-2">
        <span className="text-xs text-slate-600">{formatDate(notification.created_at)}</span>
        {unread ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate(notification.id)}
            aria-label={t('notifications.markReadNamed', { text: notification.text })}
          >
            {t('notifications.markRead')}
          </Button>
        ) : null}
      </div>
    </li>
  )
}
