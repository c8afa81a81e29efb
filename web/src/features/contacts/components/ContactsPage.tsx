import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useI18n } from '../../../i18n'
import { Alert, Button, Field, PageHeader, Pagination, SelectField, Spinner, buttonVariants } from '../../../ui'
import { CONTACTS_PER_PAGE, useContacts } from '../hooks/useContacts'
import { CONTACT_ROLES } from '../types/contact'
import { roleLabel } from '../utils/labels'
import { ContactsTable } from './ContactsTable'

export function ContactsPage() {
  const { t } = useI18n()
  const [searchParams, setSearchParams] = useSearchParams()
  const q = searchParams.get('q') ?? ''
  const role = searchParams.get('role') ?? ''
  const page = Math.max(1, Number(searchParams.get('page')) || 1)
  const [text, setText] = useState(q)
  const list = useContacts({ q, role, page })

  const go = (change: { q?: string; role?: string; page?: number }) => {
    const next = { q, role, page: 1, ...change }
    const search = new URLSearchParams()
    if (next.q) search.set('q', next.q)
    if (next.role) search.set('role', next.role)
    if (next.page > 1) search.set('page', String(next.page))
    setSearchParams(search)
  }

  const handleSearch = (event: FormEvent) => {
    event.preventDefault()
    go({ q: text.trim() })
  }

  return (
    <>
      <PageHeader
        title={t('contact.list.title')}
        actions={
          <Link to="/contacts/nouveau" className={buttonVariants()}>
            {t('contact.list.new')}
          </Link>
        }
      />
      <form
        role="search"
        aria-label={t('contact.list.searchLabel')}
        onSubmit={handleSearch}
        className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end"
      >
        <Field
          id="contact-search"
          type="search"
          label={t('contact.list.search')}
          hint={t('contact.list.searchHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          containerClassName="sm:flex-1"
        />
        <SelectField
          id="contact-role"
          label={t('contact.field.roles')}
          value={role}
          onChange={(event) => go({ q: text.trim(), role: event.target.value })}
          options={[
            { value: '', label: t('contact.list.allRoles') },
            ...CONTACT_ROLES.map((code) => ({ value: code, label: t(roleLabel(code)) })),
          ]}
          containerClassName="sm:w-56"
        />
        <Button type="submit">{t('contact.list.searchButton')}</Button>
      </form>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <Alert tone="error">{list.error.message}</Alert>
      ) : (
        <>
          <p role="status" className="mb-3 text-sm font-medium text-slate-700">
            {list.data.total === 0
              ? t('contact.list.empty')
              : t(list.data.total === 1 ? 'contact.list.totalOne' : 'contact.list.totalMany', { count: list.data.total })}
          </p>
          {list.data.items.length > 0 ? <ContactsTable contacts={list.data.items} /> : null}
          <Pagination
            page={list.data.page ?? page}
            perPage={list.data.per_page ?? CONTACTS_PER_PAGE}
            total={list.data.total}
            onPageChange={(next) => go({ page: next })}
          />
        </>
      )}
    </>
  )
}
