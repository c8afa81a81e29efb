import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { useI18n } from '../../../i18n'
import { PageHeader } from '../../../ui'
import { ForbiddenPage, Loaded } from '../../../app/StatusPages'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useAgents } from '../hooks/useAgents'
import { useCreateProperty, useProperty, useUpdateProperty } from '../hooks/useProperties'
import type { Property } from '../types/property'
import {
  changedFields,
  creationBody,
  emptyFormValues,
  formValuesFromProperty,
  formValuesToInput,
  type PropertyFormValues,
} from '../utils/formValues'
import { canEditProperty } from '../utils/permissions'
import { PropertyForm } from './form/PropertyForm'

export interface DetailNotice {
  notice?: 'created' | 'saved' | 'unchanged'
}

function useAgentChoices() {
  const user = useCurrentUser()
  const allowed = permissions.manageAllProperties(user.role)
  const { agents } = useAgents(allowed)
  return allowed ? agents : null
}

export function NewPropertyPage() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateProperty()
  const agents = useAgentChoices()

  const handleSubmit = (values: PropertyFormValues) => {
    create.mutate(creationBody(formValuesToInput(values)), {
      onSuccess: (property) =>
        navigate(`/biens/${property.id}`, { state: { notice: 'created' } satisfies DetailNotice }),
    })
  }

  return (
    <>
      <PageHeader title={t('property.form.newTitle')} />
      <PropertyForm
        initialValues={emptyFormValues()}
        submitLabel={t('property.form.create')}
        cancelTo="/biens"
        agents={agents}
        pending={create.isPending}
        serverError={create.error}
        onSubmit={handleSubmit}
      />
    </>
  )
}

export function EditPropertyPage() {
  const { t } = useI18n()
  const id = Number(useParams().id)
  const user = useCurrentUser()
  const property = useProperty(id)

  return (
    <Loaded query={property} fallbackTitle={t('property.form.editTitleFallback')}>
      {(data) =>
        canEditProperty(user, data) ? <EditPropertyForm key={data.updated_at} property={data} /> : <ForbiddenPage />
      }
    </Loaded>
  )
}

function EditPropertyForm({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  const navigate = useNavigate()
  const update = useUpdateProperty(property.id)
  const agents = useAgentChoices()
  // Frozen at mount: the form edits from this state, and the change is computed against it.
  const [initialValues] = useState(() => formValuesFromProperty(property, locale))

  const handleSubmit = (values: PropertyFormValues) => {
    const change = changedFields(formValuesToInput(initialValues), formValuesToInput(values))
    const detail = `/biens/${property.id}`
    if (Object.keys(change).length === 0) {
      navigate(detail, { state: { notice: 'unchanged' } satisfies DetailNotice })
      return
    }
    update.mutate(change, {
      onSuccess: () => navigate(detail, { state: { notice: 'saved' } satisfies DetailNotice }),
    })
  }

  return (
    <>
      <PageHeader title={t('property.form.editTitle', { reference: property.reference })} />
      <PropertyForm
        initialValues={initialValues}
        submitLabel={t('property.form.save')}
        cancelTo={`/biens/${property.id}`}
        agents={agents}
        currentAgentName={property.agent_name}
        pending={update.isPending}
        serverError={update.error}
        onSubmit={handleSubmit}
      />
    </>
  )
}
