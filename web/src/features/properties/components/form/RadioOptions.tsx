import { ChoiceGroup } from '../../../../ui'

interface RadioOptionsProps<V extends string> {
  id: string
  legend: string
  value: V | ''
  options: { value: V; label: string }[]
  error?: string
  hint?: string
  onChange: (value: V) => void
}

// A short list of exclusive choices shown side by side (transaction, DPE status).
export function RadioOptions<V extends string>({ id, legend, value, options, error, hint, onChange }: RadioOptionsProps<V>) {
  return (
    <ChoiceGroup id={id} legend={legend} error={error} hint={hint}>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              id={index === 0 ? id : `${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="h-4 w-4 accent-accent-700"
            />
            {option.label}
          </label>
        ))}
      </div>
    </ChoiceGroup>
  )
}
