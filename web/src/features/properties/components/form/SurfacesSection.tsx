import { useI18n } from '../../../../i18n'
import { Field } from '../../../../ui'
import { inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

const DECIMALS = ['living_area_m2', 'land_area_m2'] as const
const INTEGERS = ['rooms', 'bedrooms', 'bathrooms', 'floor', 'floors_total', 'year_built'] as const

export function SurfacesSection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  return (
    <FormSection id="section-surfaces" title={t('property.form.surfaces')}>
      <div className="grid gap-4 sm:grid-cols-2">
        {DECIMALS.map((field) => (
          <Field key={field} {...inputProps(form, field)} label={`${t(`property.field.${field}`)} (m²)`} inputMode="decimal" />
        ))}
      </div>
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        {INTEGERS.map((field) => (
          <Field key={field} {...inputProps(form, field)} label={t(`property.field.${field}`)} inputMode="numeric" />
        ))}
      </div>
    </FormSection>
  )
}
