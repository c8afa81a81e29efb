import { useI18n } from '../../../i18n'
import { SearchPicker } from '../../visits/form/SearchPicker'
import { usePropertyOptions, type PropertyChoice } from '../../visits/form/useVisitPickers'

export const MAX_PROPERTY_SHEETS = 5

interface PropertySheetsFieldProps {
  sheets: PropertyChoice[]
  onChange: (sheets: PropertyChoice[]) => void
  error?: string
}

function sheetName(property: PropertyChoice) {
  return [property.reference, property.title].filter(Boolean).join(' · ')
}

// The properties whose sheet (fiche du bien, a PDF) goes with the email: removable chips and a search.
export function PropertySheetsField({ sheets, onChange, error }: PropertySheetsFieldProps) {
  const { t } = useI18n()

  const handlePick = (property: PropertyChoice) => {
    if (sheets.some((sheet) => sheet.id === property.id)) return
    onChange([...sheets, property])
  }

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t('inbox.sheets')}</legend>
      {sheets.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t('inbox.sheets.chosen')}>
          {sheets.map((sheet) => (
            <li key={sheet.id} className="flex items-center gap-1 rounded-full bg-slate-100 py-1 pr-1 pl-3 text-sm text-slate-900">
              {sheetName(sheet)}
              <button
                type="button"
                className="rounded-full px-2 text-slate-700 hover:bg-slate-200 hover:text-slate-900"
                onClick={() => onChange(sheets.filter((other) => other.id !== sheet.id))}
              >
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t('inbox.sheets.remove', { name: sheetName(sheet) })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {sheets.length < MAX_PROPERTY_SHEETS ? (
        <SearchPicker
          id="email-property-sheets"
          label={t('inbox.sheets.search')}
          hint={t('inbox.sheets.hint', { max: MAX_PROPERTY_SHEETS })}
          error={error}
          useResults={usePropertyOptions}
          pickLabel={(option) => t('inbox.sheets.add', { name: option.label })}
          onPick={handlePick}
        />
      ) : (
        <p className="text-sm text-slate-700">{t('inbox.sheets.full', { max: MAX_PROPERTY_SHEETS })}</p>
      )}
    </fieldset>
  )
}
