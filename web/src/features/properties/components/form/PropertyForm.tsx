import { useEffect, useMemo, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import type { ApiError } from '../../../../api'
import { useI18n } from '../../../../i18n'
import { Alert, Button, ErrorSummary, buttonVariants } from '../../../../ui'
import type { User } from '../../../auth/types'
import { fieldLabel } from '../../utils/labels'
import type { FormField, PropertyFormValues } from '../../utils/formValues'
import { validateFormValues, type FormErrors } from '../../utils/validation'
import { CoproSection } from './CoproSection'
import { EnergySection } from './EnergySection'
import { FeaturesSection } from './FeaturesSection'
import { fieldId, type FormBinding } from './formBinding'
import { GeneralSection } from './GeneralSection'
import { LocationSection } from './LocationSection'
import { MandateSection } from './MandateSection'
import { PriceSection } from './PriceSection'
import { SurfacesSection } from './SurfacesSection'

interface PropertyFormProps {
  initialValues: PropertyFormValues
  submitLabel: string
  cancelTo: string
  agents: User[] | null
  currentAgentName?: string | null
  pending: boolean
  serverError: ApiError | null
  onSubmit: (values: PropertyFormValues) => void
}

// The fields in page order: the error summary lists errors in the order a person meets them.
const FIELD_ORDER: FormField[] = [
  'transaction', 'type', 'status', 'title', 'reference', 'description',
  'price_cents', 'fees_cents', 'fees_paid_by',
  'rent_cents', 'charges_cents', 'charges_method', 'deposit_cents', 'rent_fees_cents',
  'street', 'postal_code', 'city', 'country', 'lat', 'lon', 'show_exact_address',
  'living_area_m2', 'land_area_m2', 'rooms', 'bedrooms', 'bathrooms', 'floor', 'floors_total', 'year_built',
  'features',
  'dpe_status', 'dpe_class', 'dpe_kwh', 'ges_class', 'ges_kg',
  'energy_cost_min_cents', 'energy_cost_max_cents', 'energy_cost_year', 'dpe_date',
  'copro', 'copro_lots', 'copro_charges_cents', 'copro_procedure',
  'mandate_type', 'mandate_number', 'mandate_start', 'mandate_end',
  'agent_id',
]

export function PropertyForm({
  initialValues,
  submitLabel,
  cancelTo,
  agents,
  currentAgentName = null,
  pending,
  serverError,
  onSubmit,
}: PropertyFormProps) {
  const { t } = useI18n()
  const [values, setValues] = useState(initialValues)
  const [clientErrors, setClientErrors] = useState<FormErrors>({})
  // Server errors show until the next submission; a field's own edit does not hide them, so the
  // message stays beside the field while the person corrects it.
  const serverFields = useMemo(() => serverError?.fields ?? {}, [serverError])

  useEffect(() => {
    if (serverError) focusSummary()
  }, [serverError])

  const form: FormBinding = useMemo(
    () => ({
      values,
      set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
      error: (field) => {
        const key = clientErrors[field]
        return key ? t(key) : serverFields[field]
      },
    }),
    [values, clientErrors, serverFields, t],
  )

  const summary = FIELD_ORDER.filter((field) => form.error(field)).map((field) => {
    const label = fieldLabel(field)
    return { fieldId: fieldId(field), message: `${label ? t(label) : field}\u00a0: ${form.error(field)}` }
  })
  // Errors on fields this form does not show (or does not know) still need saying.
  const otherServerErrors = Object.entries(serverFields).filter(
    ([field]) => !(FIELD_ORDER as string[]).includes(field),
  )
  const generalError =
    serverError && summary.length === 0 && otherServerErrors.length === 0 ? serverError.message : null

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = validateFormValues(values)
    setClientErrors(found)
    if (Object.keys(found).length > 0) {
      focusSummary()
      return
    }
    onSubmit(values)
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="space-y-6" aria-describedby="property-form-required">
      <div id="property-form-errors" tabIndex={-1} className="space-y-3 outline-none">
        {summary.length > 0 ? <ErrorSummary title={t('errors.summaryTitle')} errors={summary} /> : null}
        {otherServerErrors.length > 0 ? (
          <Alert tone="error" title={serverError?.message}>
            <ul className="list-disc space-y-1 pl-5">
              {otherServerErrors.map(([field, message]) => (
                <li key={field}>{`${field}\u00a0: ${message}`}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      </div>
      <p id="property-form-required" className="text-sm text-slate-700">
        {t('property.form.requiredNote')}
      </p>
      <GeneralSection form={form} />
      <PriceSection form={form} />
      <LocationSection form={form} />
      <SurfacesSection form={form} />
      <FeaturesSection form={form} />
      <EnergySection form={form} />
      <CoproSection form={form} />
      <MandateSection form={form} agents={agents} currentAgentName={currentAgentName} />
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Link to={cancelTo} className={buttonVariants({ variant: 'secondary' })}>
          {t('common.cancel')}
        </Link>
        <Button type="submit" disabled={pending}>
          {pending ? t('property.form.saving') : submitLabel}
        </Button>
      </div>
    </form>
  )
}

// After a failed submission, the summary takes focus so it is read first (then Tab reaches its links).
function focusSummary(): void {
  window.setTimeout(() => document.getElementById('property-form-errors')?.focus())
}
