import { useI18n } from '../../../../i18n'
import { CheckboxField, ChoiceGroup } from '../../../../ui'
import { FEATURES } from '../../types/property'
import { featureLabel } from '../../utils/labels'
import { fieldId, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

export function FeaturesSection({ form }: { form: FormBinding }) {
  const { t } = useI18n()
  const selected = form.values.features
  return (
    <FormSection id="section-features" title={t('property.form.features')}>
      <ChoiceGroup id={fieldId('features')} legend={t('property.field.features')} legendClassName="sr-only" error={form.error('features')}>
        <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
          {FEATURES.map((feature, index) => (
            <CheckboxField
              key={feature}
              id={index === 0 ? fieldId('features') : `${fieldId('features')}-${feature}`}
              label={t(featureLabel(feature))}
              checked={selected.includes(feature)}
              onChange={(event) =>
                form.set(
                  'features',
                  event.target.checked ? [...selected, feature] : selected.filter((item) => item !== feature),
                )
              }
            />
          ))}
        </div>
      </ChoiceGroup>
    </FormSection>
  )
}
