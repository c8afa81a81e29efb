import { useI18n } from '../../../../i18n'
import { Field, SelectField, TextareaField } from '../../../../ui'
import { PROPERTY_STATUSES, PROPERTY_TYPES, TRANSACTIONS } from '../../types/property'
import { statusLabel, transactionLabel, typeLabel } from '../../utils/labels'
import { fieldId, inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'
import { RadioOptions } from './RadioOptions'

export function GeneralSection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  const required = (label: string) => `${label} (${t('common.required')})`
  return (
    <FormSection id="section-general" title={t('property.form.general')}>
      <RadioOptions
        id={fieldId('transaction')}
        legend={required(t('property.field.transaction'))}
        value={form.values.transaction}
        error={form.error('transaction')}
        options={TRANSACTIONS.map((value) => ({ value, label: t(transactionLabel(value)) }))}
        onChange={(value) => form.set('transaction', value)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...inputProps(form, 'type')}
          label={required(t('property.field.type'))}
          options={PROPERTY_TYPES.map((value) => ({ value, label: t(typeLabel(value)) }))}
        />
        <SelectField
          {...inputProps(form, 'status')}
          label={t('property.field.status')}
          options={PROPERTY_STATUSES.map((value) => ({ value, label: t(statusLabel(value)) }))}
        />
      </div>
      <Field {...inputProps(form, 'title')} label={required(t('property.field.title'))} required maxLength={200} />
      <Field
        {...inputProps(form, 'reference')}
        label={t('property.field.reference')}
        hint={t('property.form.referenceHint')}
        autoComplete="off"
        maxLength={40}
      />
      <TextareaField {...inputProps(form, 'description')} label={t('property.field.description')} rows={6} />
    </FormSection>
  )
}
