import { useDeferredValue, useState } from 'react'
import { useI18n } from '../../../../i18n'
import { Alert, Button, Field, Spinner } from '../../../../ui'
import { useContactSearch, usePropertyOwners, useSetPropertyOwners } from '../../hooks/useOwners'
import { ownerName, type OwnerContact } from '../../types/owner'
import { NewOwnerForm } from './NewOwnerForm'

interface OwnerPickerProps {
  propertyId: number
  canEdit: boolean
}

// The property's owners are contacts: search one, add it, remove it, or create it here.
export function OwnerPicker({ propertyId, canEdit }: OwnerPickerProps) {
  const { t } = useI18n()
  const owners = usePropertyOwners(propertyId)
  const setOwners = useSetPropertyOwners(propertyId)
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const results = useContactSearch(deferredSearch)
  const [creating, setCreating] = useState(false)
  const [notice, setNotice] = useState('')
  const current = owners.data?.items ?? []
  const currentIds = current.map((owner) => owner.id)

  const handleAdd = (contact: OwnerContact) =>
    setOwners.mutate([...currentIds, contact.id], {
      onSuccess: () => {
        setNotice(t('owners.added', { name: ownerName(contact) }))
        setSearch('')
        setCreating(false)
      },
    })

  const handleRemove = (contact: OwnerContact) =>
    setOwners.mutate(
      currentIds.filter((id) => id !== contact.id),
      { onSuccess: () => setNotice(t('owners.removed', { name: ownerName(contact) })) },
    )

  if (owners.isPending) return <Spinner />
  if (owners.isError) return <Alert tone="error">{owners.error.message}</Alert>

  const candidates = (results.data?.items ?? []).filter((contact) => !currentIds.includes(contact.id))
  return (
    <div className="space-y-4">
      <p role="status" className="sr-only">
        {notice}
      </p>
      {current.length === 0 ? (
        <p className="text-sm text-slate-700">{t('owners.none')}</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t('owners.title')}>
          {current.map((owner) => (
            <li key={owner.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <OwnerSummary contact={owner} />
              {canEdit ? (
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={setOwners.isPending}
                  onClick={() => handleRemove(owner)}
                  aria-label={t('owners.removeNamed', { name: ownerName(owner) })}
                >
                  {t('owners.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {setOwners.isError ? <Alert tone="error">{setOwners.error.message}</Alert> : null}
      {canEdit ? (
        <div className="space-y-3 border-t border-slate-200 pt-3">
          <Field
            type="search"
            label={t('owners.search')}
            hint={t('owners.searchHint')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
          {deferredSearch.trim().length >= 2 ? (
            results.isError ? (
              <Alert tone="error">{results.error.message}</Alert>
            ) : results.isPending ? (
              <Spinner />
            ) : candidates.length === 0 ? (
              <p className="text-sm text-slate-700">{t('owners.noResult')}</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 px-3" aria-label={t('owners.results')}>
                {candidates.map((contact) => (
                  <li key={contact.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <OwnerSummary contact={contact} />
                    <Button
                      size="sm"
                      disabled={setOwners.isPending}
                      onClick={() => handleAdd(contact)}
                      aria-label={t('owners.addNamed', { name: ownerName(contact) })}
                    >
                      {t('owners.add')}
                    </Button>
                  </li>
                ))}
              </ul>
            )
          ) : null}
          {creating ? (
            <NewOwnerForm
              onCreated={handleAdd}
              onDuplicate={(text) => setSearch(text)}
              onCancel={() => setCreating(false)}
            />
          ) : (
            <Button variant="secondary" onClick={() => setCreating(true)}>
              {t('owners.create')}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  )
}

function OwnerSummary({ contact }: { contact: OwnerContact }) {
  const details = [contact.phone_display ?? contact.phone, contact.email].filter(Boolean).join(' · ')
  return (
    <div className="min-w-0 text-sm">
      <p className="font-medium break-words text-slate-900">{ownerName(contact)}</p>
      {details ? <p className="break-words text-slate-700">{details}</p> : null}
    </div>
  )
}
