import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react'
import { cn } from './cn'

const controlClasses =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-500 disabled:bg-slate-100 aria-[invalid=true]:border-red-700'

interface FieldShellProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  hintId: string
  errorId: string
  className?: string
  children: ReactNode
}

function FieldShell({ id, label, hint, error, hintId, errorId, className, children }: FieldShellProps) {
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

// The ids that tie a control to its hint and error, for aria-describedby.
function describedBy(fieldId: string, hint: unknown, error: string | undefined) {
  const hintId = `${fieldId}-hint`
  const errorId = `${fieldId}-error`
  const ids = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return { hintId, errorId, describedBy: ids || undefined }
}

interface LabelledFieldOptions {
  id?: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  containerClassName?: string
}

// What a labelled control and its FieldShell share: the control's id and ARIA attributes, the shell's props.
function useLabelledField({ id, label, hint, error, containerClassName }: LabelledFieldOptions) {
  const generated = useId()
  const fieldId = id ?? generated
  const ids = describedBy(fieldId, hint, error)
  return {
    shell: { id: fieldId, label, hint, error, hintId: ids.hintId, errorId: ids.errorId, className: containerClassName },
    control: { id: fieldId, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids.describedBy },
  }
}


type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode
  hint?: ReactNode
  error?: string
  containerClassName?: string
  ref?: Ref<HTMLInputElement>
}

// A labelled input whose hint and error are announced with it (aria-describedby, aria-invalid).
export function Field({ label, hint, error, id, className, containerClassName, ...props }: FieldProps) {
  const { shell, control } = useLabelledField({ id, label, hint, error, containerClassName })
  return (
    <FieldShell {...shell}>
      <input {...control} className={cn(controlClasses, className)} {...props} />
    </FieldShell>
  )
}

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  label: ReactNode
  hint?: ReactNode
  error?: string
  containerClassName?: string
  options: { value: string; label: string }[]
}

export function SelectField({
  label,
  hint,
  error,
  id,
  className,
  containerClassName,
  options,
  ...props
}: SelectFieldProps) {
  const { shell, control } = useLabelledField({ id, label, hint, error, containerClassName })
  return (
    <FieldShell {...shell}>
      <Select {...control} className={className} options={options} {...props} />
    </FieldShell>
  )
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  options: { value: string; label: string }[]
}

// A bare select for places where the label is given another way (aria-label in a table row).
export function Select({ options, className, ...props }: SelectProps) {
  return (
    <select className={cn(controlClasses, 'pr-8', className)} {...props}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: ReactNode
  hint?: ReactNode
  error?: string
  containerClassName?: string
}

export function TextareaField({ label, hint, error, id, className, containerClassName, ...props }: TextareaFieldProps) {
  const { shell, control } = useLabelledField({ id, label, hint, error, containerClassName })
  return (
    <FieldShell {...shell}>
      <textarea {...control} className={cn(controlClasses, 'min-h-28', className)} {...props} />
    </FieldShell>
  )
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode
  hint?: ReactNode
  error?: string
  containerClassName?: string
}

// A checkbox with its label beside it; the label is the click target too.
export function CheckboxField({ label, hint, error, id, className, containerClassName, ...props }: CheckboxFieldProps) {
  const { shell, control } = useLabelledField({ id, label, hint, error, containerClassName })
  const { hintId, errorId } = shell
  return (
    <div className={cn('space-y-1', containerClassName)}>
      <div className="flex items-start gap-2.5">
        <input
          {...control}
          type="checkbox"
          className={cn('mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400 accent-accent-700', className)}
          {...props}
        />
        <label htmlFor={control.id} className="text-sm text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="pl-6.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="pl-6.5 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

interface ChoiceGroupProps {
  // The id its first input carries, so an error summary link can focus the group.
  id: string
  legend: ReactNode
  hint?: ReactNode
  error?: string
  className?: string
  legendClassName?: string
  children: ReactNode
}

// A fieldset for radio buttons or checkboxes: the legend names the group, hint and error are read with it.
export function ChoiceGroup({ id, legend, hint, error, className, legendClassName, children }: ChoiceGroupProps) {
  const { hintId, errorId, describedBy: described } = describedBy(id, hint, error)
  return (
    <fieldset aria-describedby={described} className={cn('min-w-0 space-y-2', className)}>
      <legend className={cn('text-sm font-medium text-slate-800', legendClassName)}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
