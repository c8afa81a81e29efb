import type { ChangeEvent } from 'react'
import type { FormField, PropertyFormValues } from '../../utils/formValues'

type TextField = {
  [K in FormField]: PropertyFormValues[K] extends string ? K : never
}[FormField]

// What each form section gets: the values, a setter, and each field's error, already translated.
export interface FormBinding {
  values: PropertyFormValues
  set: <K extends FormField>(field: K, value: PropertyFormValues[K]) => void
  error: (field: FormField) => string | undefined
}

export function fieldId(field: string): string {
  return `property-${field}`
}

// The props a text or number input needs, wired to its value and error.
export function inputProps(form: FormBinding, field: TextField) {
  return {
    id: fieldId(field),
    name: field,
    value: form.values[field] as string,
    error: form.error(field),
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      form.set(field, event.target.value as PropertyFormValues[typeof field]),
  }
}

// Money is typed in euros (the API takes cents): the label says so.
export function euros(label: string): string {
  return `${label} (€)`
}
