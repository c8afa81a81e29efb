import { useState } from 'react'
import { useI18n } from '../../../../i18n'
import { Alert, Button, CheckboxField, Field, Spinner } from '../../../../ui'
import { useGeocode } from '../../hooks/useGeocode'
import type { GeocodeResult } from '../../types/property'
import { numberToInput, parseDecimal } from '../../utils/numbers'
import { LocationPickerMap } from '../map/LocationPickerMap'
import { fieldId, inputProps, type FormBinding } from './formBinding'
import { FormSection } from './FormSection'

export function LocationSection({ form }: { form: FormBinding }) {
  const { t, locale } = useI18n()
  const { values } = form
  const [search, setSearch] = useState('')
  const [submitted, setSubmitted] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)
  const geocode = useGeocode(submitted)
  const lat = parseDecimal(values.lat)
  const lon = parseDecimal(values.lon)

  const handleSearch = () => {
    const address = search.trim() || [values.street, values.postal_code, values.city].filter(Boolean).join(' ')
    setChosen(null)
    setSearch(address)
    setSubmitted(address || null)
  }

  const handleChoose = (result: GeocodeResult) => {
    if (result.street) form.set('street', result.street)
    if (result.postal_code) form.set('postal_code', result.postal_code)
    if (result.city) form.set('city', result.city)
    setCoordinates(result.lat, result.lon)
    setChosen(result.label)
    setSubmitted(null)
  }

  const setCoordinates = (latitude: number, longitude: number) => {
    form.set('lat', numberToInput(latitude, locale))
    form.set('lon', numberToInput(longitude, locale))
  }

  // 503 is the contract's answer when the geocoder is off; a server built without one answers 404.
  const unavailable =
    geocode.isError && (geocode.error.code === 'geocoder_unavailable' || geocode.error.status === 404)

  return (
    <FormSection id="section-location" title={t('property.form.location')}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field
          id="property-geocode"
          label={t('property.location.search')}
          hint={t('property.location.searchHint')}
          containerClassName="flex-1"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches the address instead of submitting the whole form.
            if (event.key === 'Enter') {
              event.preventDefault()
              handleSearch()
            }
          }}
        />
        <Button variant="secondary" onClick={handleSearch}>
          {t('property.location.searchButton')}
        </Button>
      </div>
      <div aria-live="polite">
        {submitted && geocode.isFetching ? <Spinner /> : null}
        {unavailable ? <Alert tone="warning" live={false}>{t('property.location.unavailable')}</Alert> : null}
        {geocode.isError && !unavailable ? <Alert tone="error" live={false}>{geocode.error.message}</Alert> : null}
        {submitted && geocode.isSuccess && geocode.data.items.length === 0 ? (
          <p className="text-sm text-slate-700">{t('property.location.noResult')}</p>
        ) : null}
        {chosen ? <p className="text-sm text-slate-700">{t('property.location.chosen', { label: chosen })}</p> : null}
      </div>
      {submitted && geocode.isSuccess && geocode.data.items.length > 0 ? (
        <div>
          <h3 className="text-sm font-medium text-slate-800">{t('property.location.results')}</h3>
          <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
            {geocode.data.items.map((result) => (
              <li key={`${result.lat},${result.lon},${result.label}`} className="flex items-center justify-between gap-3 px-3 py-2">
                <span className="text-sm text-slate-800">{result.label}</span>
                <Button variant="secondary" size="sm" onClick={() => handleChoose(result)}>
                  {t('property.location.use')}
                  <span className="sr-only"> {result.label}</span>
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <Field {...inputProps(form, 'street')} label={t('property.field.street')} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field {...inputProps(form, 'postal_code')} label={t('property.field.postal_code')} inputMode="numeric" autoComplete="off" />
        <Field {...inputProps(form, 'city')} label={t('property.field.city')} autoComplete="off" />
        <Field
          {...inputProps(form, 'country')}
          label={t('property.field.country')}
          hint={t('property.form.countryHint')}
          maxLength={2}
          autoComplete="off"
        />
      </div>
      <LocationPickerMap
        lat={lat !== null && !Number.isNaN(lat) ? lat : null}
        lon={lon !== null && !Number.isNaN(lon) ? lon : null}
        onChange={setCoordinates}
        onClear={() => {
          form.set('lat', '')
          form.set('lon', '')
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...inputProps(form, 'lat')} label={t('property.field.lat')} inputMode="decimal" />
        <Field {...inputProps(form, 'lon')} label={t('property.field.lon')} inputMode="decimal" />
      </div>
      <CheckboxField
        id={fieldId('show_exact_address')}
        label={t('property.field.show_exact_address')}
        hint={t('property.form.showExactAddressHint')}
        checked={values.show_exact_address}
        onChange={(event) => form.set('show_exact_address', event.target.checked)}
      />
    </FormSection>
  )
}
