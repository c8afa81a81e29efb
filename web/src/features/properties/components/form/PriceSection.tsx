import { useI18n } from '../../../../i18n'
import { Field, SelectField } from '../../../../ui'
import { CHARGES_METHODS, FEES_PAYERS } from '../../types/property'
import { chargesMethodLabel, feesPayerLabel } from '../../utils/labels'
import { eurosToCents, formatEuros, formatNumber } from '../../utils/numbers'
import { euros, inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

export function PriceSection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  if (form.values.transaction === 'rent') {
    return (
      <FormSection id="section-price" title={t('property.form.rent')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field {...inputProps(form, 'rent_cents')} label={euros(t('property.field.rent_cents'))} inputMode="decimal" />
          <Field {...inputProps(form, 'charges_cents')} label={euros(t('property.field.charges_cents'))} inputMode="decimal" />
          <SelectField
            {...inputProps(form, 'charges_method')}
            label={t('property.field.charges_method')}
            options={[
              { value: '', label: t('property.form.notSpecified') },
              ...CHARGES_METHODS.map((value) => ({ value, label: t(chargesMethodLabel(value)) })),
            ]}
          />
          <Field {...inputProps(form, 'deposit_cents')} label={euros(t('property.field.deposit_cents'))} inputMode="decimal" />
          <Field
            {...inputProps(form, 'rent_fees_cents')}
            label={euros(t('property.field.rent_fees_cents'))}
            inputMode="decimal"
          />
        </div>
      </FormSection>
    )
  }
  return (
    <FormSection id="section-price" title={t('property.form.price')}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          {...inputProps(form, 'price_cents')}
          label={euros(t('property.field.price_cents'))}
          hint={t('property.form.priceHint')}
          inputMode="decimal"
        />
        <Field {...inputProps(form, 'fees_cents')} label={euros(t('property.field.fees_cents'))} inputMode="decimal" />
        <SelectField
          {...inputProps(form, 'fees_paid_by')}
          label={t('property.field.fees_paid_by')}
          options={[
            { value: '', label: t('property.form.notSpecified') },
            ...FEES_PAYERS.map((value) => ({ value, label: t(feesPayerLabel(value)) })),
          ]}
        />
      </div>
      <FeesSummary price={form.values.price_cents} fees={form.values.fees_cents} />
    </FormSection>
  )
}

// What the ad will show, computed as the server does: price excluding fees and fees as a % of it.
function FeesSummary({ price, fees }: { price: string; fees: string }) {
  const { t, locale } = useI18n()
  const priceCents = eurosToCents(price)
  const feesCents = eurosToCents(fees)
  const valid =
    priceCents !== null && feesCents !== null && !Number.isNaN(priceCents) && !Number.isNaN(feesCents)
  const excluding = valid ? priceCents - feesCents : 0
  return (
    <p aria-live="polite" className="text-sm text-slate-700">
      {valid && excluding > 0 && feesCents >= 0
        ? t('property.form.feesSummary', {
            excluding: formatEuros(excluding, locale),
            percent: formatNumber((feesCents / excluding) * 100, locale),
          })
        : ''}
    </p>
  )
}
