import { useI18n } from '../../../i18n'
import { cn } from '../../../ui'
import { ENERGY_CLASSES, type Property } from '../types/property'
import { ENERGY_BAR_WIDTHS, ENERGY_CLASS_COLOURS, type EnergyScale } from '../utils/energy'
import { dpeStatusLabel } from '../utils/labels'
import { formatEuros } from '../utils/numbers'

// The two labels as a French ad shows them: the scale, the property's class standing out.
export function EnergyLabels({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  if (property.dpe_status !== 'done') {
    return (
      <p className="text-sm text-slate-800">
        {property.dpe_status ? t(dpeStatusLabel(property.dpe_status)) : t('property.energy.notProvided')}
      </p>
    )
  }
  const { energy_cost_min_cents: min, energy_cost_max_cents: max } = property
  return (
    <div className="space-y-4">
      <div className="grid gap-6 sm:grid-cols-2">
        <Scale
          scale="dpe"
          title={t('property.field.dpe_class')}
          value={property.dpe_class}
          amount={property.dpe_kwh === null ? null : t('property.energy.kwh', { value: property.dpe_kwh })}
        />
        <Scale
          scale="ges"
          title={t('property.field.ges_class')}
          value={property.ges_class}
          amount={property.ges_kg === null ? null : t('property.energy.kg', { value: property.ges_kg })}
        />
      </div>
      {min !== null && max !== null ? (
        <p className="text-sm text-slate-800">
          {t('property.energy.cost', {
            min: formatEuros(min, locale),
            max: formatEuros(max, locale),
            year: property.energy_cost_year ?? '—',
          })}
        </p>
      ) : null}
    </div>
  )
}

interface ScaleProps {
  scale: EnergyScale
  title: string
  value: string | null
  amount: string | null
}

function Scale({ scale, title, value, amount }: ScaleProps) {
  const { t } = useI18n()
  return (
    <figure>
      <figcaption className="mb-2 text-sm font-medium text-slate-800">
        {title}
        {' : '}
        <strong>{value ?? t('property.energy.classUnknown')}</strong>
        {amount ? ` (${amount})` : ''}
      </figcaption>
      <ol aria-hidden="true" className="space-y-0.5">
        {ENERGY_CLASSES.map((energyClass) => (
          <li
            key={energyClass}
            className={cn(
              'flex h-6 items-center rounded-r px-2 text-xs font-bold',
              ENERGY_CLASS_COLOURS[scale][energyClass],
              ENERGY_BAR_WIDTHS[energyClass],
              value === energyClass && 'h-8 text-base ring-3 ring-slate-900',
            )}
          >
            {energyClass}
          </li>
        ))}
      </ol>
    </figure>
  )
}
