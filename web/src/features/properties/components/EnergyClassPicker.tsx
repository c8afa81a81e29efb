import { useI18n } from '../../../i18n'
import { ChoiceGroup, cn } from '../../../ui'
import { ENERGY_CLASSES, type EnergyClass } from '../types/property'
import { ENERGY_BAR_WIDTHS, ENERGY_CLASS_COLOURS, ENERGY_CLASS_RANGES, type EnergyScale } from '../utils/energy'

interface EnergyClassPickerProps {
  id: string
  scale: EnergyScale
  legend: string
  value: EnergyClass | ''
  error?: string
  onChange: (value: EnergyClass | '') => void
}

// The label's coloured scale as a radio group: arrow keys move between classes, as in any radio group.
export function EnergyClassPicker({ id, scale, legend, value, error, onChange }: EnergyClassPickerProps) {
  const { t } = useI18n()
  const unit = t(scale === 'dpe' ? 'property.energy.kwhUnit' : 'property.energy.kgUnit')
  return (
    <ChoiceGroup id={id} legend={legend} error={error}>
      <div className="space-y-1">
        {ENERGY_CLASSES.map((energyClass, index) => (
          <label
            key={energyClass}
            className={cn(
              'flex min-h-9 cursor-pointer items-center gap-2 rounded-r-md px-2 py-1 text-sm font-semibold has-[:checked]:ring-3 has-[:checked]:ring-slate-900 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-700',
              ENERGY_CLASS_COLOURS[scale][energyClass],
              ENERGY_BAR_WIDTHS[energyClass],
              'min-w-44',
            )}
          >
            <input
              id={index === 0 ? id : `${id}-${energyClass}`}
              type="radio"
              name={id}
              value={energyClass}
              checked={value === energyClass}
              onChange={() => onChange(energyClass)}
              className="h-4 w-4 shrink-0 focus-visible:outline-none"
            />
            <span className="text-base">{energyClass}</span>
            <span className="ml-auto text-xs font-medium whitespace-nowrap">
              {ENERGY_CLASS_RANGES[scale][energyClass]}
              <span className="sr-only"> {unit}</span>
            </span>
          </label>
        ))}
        <label className="flex min-h-9 cursor-pointer items-center gap-2 px-2 py-1 text-sm text-slate-800">
          <input
            id={`${id}-none`}
            type="radio"
            name={id}
            value=""
            checked={value === ''}
            onChange={() => onChange('')}
            className="h-4 w-4 shrink-0 accent-accent-700"
          />
          {t('property.energy.classUnknown')}
        </label>
      </div>
    </ChoiceGroup>
  )
}
