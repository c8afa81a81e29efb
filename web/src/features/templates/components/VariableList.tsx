import { useI18n } from '../../../i18n'
import { Alert, Spinner } from '../../../ui'
import { useTemplateVariables } from '../hooks/useTemplates'

// The variables a template may use, with their descriptions; a click inserts one where the cursor was.
export function VariableList({ onInsert }: { onInsert: (tag: string) => void }) {
  const { t } = useI18n()
  const variables = useTemplateVariables()
  if (variables.isPending) return <Spinner />
  if (variables.isError) return <Alert tone="error">{variables.error.message}</Alert>
  return (
    <section aria-labelledby="template-variables-heading" className="space-y-2">
      <h3 id="template-variables-heading" className="text-sm font-semibold text-slate-900">
        {t('templates.variables')}
      </h3>
      <p className="text-sm text-slate-600">{t('templates.variablesHint')}</p>
      <ul className="max-h-96 space-y-1 overflow-y-auto pr-1">
        {variables.data.items.map((variable) => (
          <li key={variable.name}>
            <button
              type="button"
              onClick={() => onInsert(variable.tag)}
              className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-100"
            >
              <code className="font-mono text-accent-800">{variable.tag}</code>
              <span className="block text-slate-600">{variable.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
