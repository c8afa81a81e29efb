import { useI18n } from '../../../../i18n'
import { Field } from '../../../../ui'
import { DPE_STATUSES } from '../../types/property'
import { dpeStatusLabel } from '../../utils/labels'
import { EnergyClassPicker } from '../EnergyClassPicker'
import { euros, fieldId, inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'
import { RadioOptions } from './RadioOptions'

export function EnergySection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  const done = form.values.dpe_status === 'done'
  return (
    <FormSection id="section-energy" title={t('property.form.energy')}>
      <RadioOptions
        id={fieldId('dpe_status')}
        legend={t('property.field.dpe_status')}
        value={form.values.dpe_status}
        error={form.error('dpe_status')}
        options={DPE_STATUSES.map((value) => ({ value, label: t(dpeStatusLabel(value)) }))}
        onChange={(value) => form.set('dpe_status', value)}
      />
      {done ? (
        <>
          <div className="grid gap-6 md:grid-cols-2">
            <div className="space-y-3">
              <EnergyClassPicker
                id={fieldId('dpe_class')}
                scale="dpe"
                legend={t('property.field.dpe_class')}
                value={form.values.dpe_class}
                error={form.error('dpe_class')}
                onChange={(value) => form.set('dpe_class', value)}
              />
              <Field {...inputProps(form, 'dpe_kwh')} label={t('property.field.dpe_kwh')} inputMode="numeric" />
            </div>
            <div className="space-y-3">
              <EnergyClassPicker
                id={fieldId('ges_class')}
                scale="ges"
                legend={t('property.field.ges_class')}
                value={form.values.ges_class}
                error={form.error('ges_class')}
                onChange={(value) => form.set('ges_class', value)}
              />
              <Field {...inputProps(form, 'ges_kg')} label={t('property.field.ges_kg')} inputMode="numeric" />
            </div>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              {...inputProps(form, 'energy_cost_min_cents')}
              label={euros(t('property.field.energy_cost_min_cents'))}
              inputMode="decimal"
            />
            <Field
              {...inputProps(form, 'energy_cost_max_cents')}
              label={euros(t('property.field.energy_cost_max_cents'))}
              inputMode="decimal"
            />
            <Field
              {...inputProps(form, 'energy_cost_year')}
              label={t('property.field.energy_cost_year')}
              inputMode="numeric"
            />
            <Field {...inputProps(form, 'dpe_date')} type="date" label={t('property.field.dpe_date')} />
          </div>
        </>
      ) : null}
    </FormSection>
  )
}
