import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { isApiError } from '../../../api'
import { useI18n } from '../../../i18n'
import { PageHeader } from '../../../ui'
import { Loaded } from '../../../app/StatusPages'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../../properties/hooks/useAgents'
import { useContact, useCreateContact, useMergeContacts, useUpdateContact } from '../hooks/useContacts'
import type { Contact, DuplicateContact } from '../types/contact'
import { contactName } from '../utils/display'
import { contactFormValues, contactInput, emptyContactValues, type ContactFormValues } from '../utils/formValues'
import { ContactForm } from './ContactForm'
import { DuplicatesDialog } from './DuplicatesDialog'

export interface ContactNotice {
  notice?: 'created' | 'saved' | 'merged'
}

function useAgentChoices() {
  const user = useCurrentUser()
  const allowed = permissions.manageAllProperties(user.role)
  const { agents } = useAgents(allowed)
  return allowed ? agents : null
}

// A 409 from POST /contacts lists the contacts that share the email or phone.
function duplicatesOf(error: unknown): DuplicateContact[] {
  if (!isApiError(error) || error.status !== 409) return []
  const body = error.body as { duplicates?: unknown; error?: { duplicates?: unknown } } | null
  const list = body?.error?.duplicates ?? body?.duplicates
  return Array.isArray(list) ? (list as DuplicateContact[]) : []
}

export function NewContactPage() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateContact()
  const merge = useMergeContacts()
  const agents = useAgentChoices()
  const [submitted, setSubmitted] = useState<ContactFormValues | null>(null)
  const [dismissed, setDismissed] = useState(false)
  const duplicates = duplicatesOf(create.error)

  const open = (contact: Pick<Contact, 'id'>, notice: ContactNotice['notice']) =>
    navigate(`/contacts/${contact.id}`, { state: { notice } satisfies ContactNotice })

  const handleSubmit = (values: ContactFormValues) => {
    setSubmitted(values)
    setDismissed(false)
    create.mutate(contactInput(values, true), { onSuccess: (contact) => open(contact, 'created') })
  }

  const handleCreateAnyway = () => {
    if (!submitted) return
    create.mutate({ ...contactInput(submitted, true), allow_duplicate: true }, { onSuccess: (contact) => open(contact, 'created') })
  }

  // The new details join the existing contact: it is created, then merged into the existing one, so
  // its channels and consents are moved with the merge's own rules and audit row.
  const handleMerge = (existing: DuplicateContact) => {
    if (!submitted) return
    create.mutate(
      { ...contactInput(submitted, true), allow_duplicate: true },
      {
        onSuccess: (created) =>
          merge.mutate({ id: existing.id, otherId: created.id }, { onSuccess: () => open(existing, 'merged') }),
      },
    )
  }

  return (
    <>
      <PageHeader title={t('contact.form.newTitle')} />
      <ContactForm
        initialValues={emptyContactValues()}
        submitLabel={t('contact.form.create')}
        cancelTo="/contacts"
        withConsents
        agents={agents}
        pending={create.isPending || merge.isPending}
        serverError={duplicates.length > 0 ? null : create.error}
        onSubmit={handleSubmit}
      />
      <DuplicatesDialog
        open={duplicates.length > 0 && !dismissed}
        message={create.error?.message ?? ''}
        duplicates={duplicates}
        pending={create.isPending || merge.isPending}
        error={merge.error?.message ?? null}
        onCreateAnyway={handleCreateAnyway}
        onMerge={handleMerge}
        onClose={() => setDismissed(true)}
      />
    </>
  )
}

export function EditContactPage() {
  const { t } = useI18n()
  const contact = useContact(Number(useParams().id))
  return (
    <Loaded query={contact} fallbackTitle={t('contact.form.editTitleFallback')}>
      {(data) => <EditContactForm key={data.updated_at} contact={data} />}
    </Loaded>
  )
}

function EditContactForm({ contact }: { contact: Contact }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const update = useUpdateContact(contact.id)
  const agents = useAgentChoices()

  const handleSubmit = (values: ContactFormValues) =>
    update.mutate(contactInput(values, false), {
      onSuccess: () => navigate(`/contacts/${contact.id}`, { state: { notice: 'saved' } satisfies ContactNotice }),
    })

  return (
    <>
      <PageHeader title={t('contact.form.editTitle', { name: contactName(contact) || t('contact.unnamed') })} />
      <ContactForm
        initialValues={contactFormValues(contact)}
        submitLabel={t('contact.form.save')}
        cancelTo={`/contacts/${contact.id}`}
        withConsents={false}
        agents={agents}
        pending={update.isPending}
        serverError={update.error}
        onSubmit={handleSubmit}
      />
    </>
  )
}
