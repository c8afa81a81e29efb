import { useI18n } from '../../../../i18n'
import { CheckboxField, Field } from '../../../../ui'
import { euros, fieldId, inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

export function CoproSection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  return (
    <FormSection id="section-copro" title={t('property.form.copro')}>
      <CheckboxField
        id={fieldId('copro')}
        label={t('property.field.copro')}
        checked={form.values.copro}
        error={form.error('copro')}
        onChange={(event) => form.set('copro', event.target.checked)}
      />
      {form.values.copro ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field {...inputProps(form, 'copro_lots')} label={t('property.field.copro_lots')} inputMode="numeric" />
            <Field
              {...inputProps(form, 'copro_charges_cents')}
              label={euros(t('property.field.copro_charges_cents'))}
              inputMode="decimal"
            />
          </div>
          <CheckboxField
            id={fieldId('copro_procedure')}
            label={t('property.field.copro_procedure')}
            checked={form.values.copro_procedure}
            error={form.error('copro_procedure')}
            onChange={(event) => form.set('copro_procedure', event.target.checked)}
          />
        </>
      ) : null}
    </FormSection>
  )
}
