import { useState, type FormEvent } from 'react'
import { NavLink } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, Pagination, Spinner, cn } from '../../../ui'
import { useConversations } from '../hooks/useConversations'
import { contactName } from '../utils/emailText'

export function ConversationList() {
  const { t, formatDate } = useI18n()
  const [unreadOnly, setUnreadOnly] = useState(false)
  const [search, setSearch] = useState('')
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const conversations = useConversations(unreadOnly, q, page)

  const handleSearch = (event: FormEvent) => {
    event.preventDefault()
    setPage(1)
    setQ(search.trim())
  }

  const handleFilter = (next: boolean) => {
    setPage(1)
    setUnreadOnly(next)
  }

  return (
    <section aria-labelledby="conversations-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="conversations-heading" className="text-lg font-semibold text-slate-900">
        {t('inbox.conversations')}
      </h2>
      <form role="search" onSubmit={handleSearch} className="mt-3 flex items-end gap-2">
        <Field
          type="search"
          label={t('inbox.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          containerClassName="flex-1"
          maxLength={200}
        />
        <Button type="submit" variant="secondary">
          {t('inbox.searchSubmit')}
        </Button>
      </form>
      <div role="group" aria-label={t('inbox.filter')} className="mt-3 flex gap-2">
        <Button size="sm" variant={unreadOnly ? 'secondary' : 'primary'} aria-pressed={!unreadOnly} onClick={() => handleFilter(false)}>
          {t('inbox.filter.all')}
        </Button>
        <Button size="sm" variant={unreadOnly ? 'primary' : 'secondary'} aria-pressed={unreadOnly} onClick={() => handleFilter(true)}>
          {t('inbox.filter.unread')}
        </Button>
      </div>
      <div className="mt-4">
        {conversations.isPending ? (
          <Spinner />
        ) : conversations.isError ? (
          <Alert tone="error">{conversations.error.message}</Alert>
        ) : conversations.data.items.length === 0 ? (
          <p className="text-slate-700">{t(unreadOnly ? 'inbox.emptyUnread' : 'inbox.empty')}</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-200">
              {conversations.data.items.map((conversation) => {
                const name = contactName(conversation.contact)
                const unread = conversation.unread_count > 0
                return (
                  <li key={conversation.contact.id}>
                    <NavLink
                      to={`/messages/${conversation.contact.id}`}
                      className={({ isActive }) =>
                        cn(
                          'block rounded-md px-2 py-3 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent-700',
                          isActive && 'bg-slate-100',
                        )
                      }
                    >
                      <span className="flex items-baseline justify-between gap-2">
                        <span className={cn('truncate text-slate-900', unread && 'font-semibold')}>{name}</span>
                        <span className="shrink-0 text-xs text-slate-600">{formatDate(conversation.last_message.date)}</span>
                      </span>
                      <span className={cn('block truncate text-sm text-slate-800', unread && 'font-semibold')}>
                        {conversation.last_message.direction === 'out' ? `${t('inbox.you')} ` : ''}
                        {conversation.last_message.subject || t('inbox.noSubject')}
                      </span>
                      <span className="block truncate text-sm text-slate-600">{conversation.last_message.snippet}</span>
                      {unread ? (
                        <span className="mt-1 inline-block rounded-full bg-accent-700 px-2 text-xs font-medium text-white">
                          {t('inbox.unreadCount', { count: String(conversation.unread_count) })}
                        </span>
                      ) : null}
                    </NavLink>
                  </li>
                )
              })}
            </ul>
            <Pagination
              page={conversations.data.page}
              perPage={conversations.data.per_page}
              total={conversations.data.total}
              onPageChange={setPage}
            />
          </>
        )}
      </div>
    </section>
  )
}
