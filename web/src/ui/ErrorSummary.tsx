import type { MouseEvent } from 'react'
import { Alert } from './Alert'

export interface SummaryError {
  fieldId: string
  message: string
}

interface ErrorSummaryProps {
  title: string
  errors: SummaryError[]
}

// Lists a form's errors at its top, each linking to its field (WCAG 3.3.1).
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  if (errors.length === 0) return null
  const handleClick = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    event.preventDefault()
    document.getElementById(fieldId)?.focus()
  }
  return (
    <Alert tone="error" title={title}>
      <ul className="list-disc space-y-1 pl-5">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              className="underline underline-offset-2"
              onClick={(event) => handleClick(event, error.fieldId)}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  )
}
