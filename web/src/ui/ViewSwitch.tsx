import { cn } from './cn'

interface ViewSwitchProps<V extends string> {
  label: string
  views: readonly V[]
  current: V
  labelOf: (view: V) => string
  onChange: (view: V) => void
}

// Buttons that choose how a list is shown (table, cards, map, board): the pressed one is the current view.
export function ViewSwitch<V extends string>({ label, views, current, labelOf, onChange }: ViewSwitchProps<V>) {
  return (
    <div role="group" aria-label={label} className="inline-flex self-start rounded-md border border-slate-300 bg-white p-0.5">
      {views.map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={current === view}
          onClick={() => onChange(view)}
          className={cn(
            'rounded px-3 py-1.5 text-sm font-medium',
            current === view ? 'bg-slate-800 text-white' : 'text-slate-700 hover:bg-slate-100',
          )}
        >
          {labelOf(view)}
        </button>
      ))}
    </div>
  )
}
