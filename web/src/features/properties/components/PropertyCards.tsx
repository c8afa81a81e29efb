import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import type { Property } from '../types/property'
import { formatArea, headlinePrice, placeLine } from '../utils/display'
import { transactionLabel, typeLabel } from '../utils/labels'
import { StatusBadge } from './StatusBadge'

export function PropertyCards({ properties }: { properties: Property[] }) {
  const { t, locale } = useI18n()
  return (
    <ul aria-label={t('property.list.caption')} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {properties.map((property) => {
        const facts = [
          formatArea(property.living_area_m2, locale),
          property.rooms === null ? null : t('property.roomsCount', { count: property.rooms }),
          placeLine(property) || null,
        ].filter(Boolean)
        return (
          <li
            key={property.id}
            className="relative flex flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm focus-within:ring-3 focus-within:ring-accent-700"
          >
            <div className="aspect-[4/3] bg-slate-200">
              {property.cover_photo ? (
                <img src={property.cover_photo.thumb_url} alt="" loading="lazy" className="h-full w-full object-cover" />
              ) : (
                <div className="grid h-full place-items-center text-sm text-slate-700">{t('property.photos.none')}</div>
              )}
            </div>
            <div className="flex flex-1 flex-col gap-1 p-4">
              <div className="flex items-center justify-between gap-2">
                <p className="text-xs font-medium text-slate-600">
                  {t(typeLabel(property.type))} · {t(transactionLabel(property.transaction))}
                </p>
                <StatusBadge status={property.status} />
              </div>
              <h2 className="text-base font-semibold text-slate-900">
                {/* The whole card is the link's target (the ::after covers it). */}
                <Link to={`/biens/${property.id}`} className="after:absolute after:inset-0 focus-visible:outline-none">
                  {property.title}
                </Link>
              </h2>
              <p className="text-lg font-semibold text-accent-900">{headlinePrice(property, t, locale) ?? '—'}</p>
              {facts.length > 0 ? <p className="text-sm text-slate-700">{facts.join(' · ')}</p> : null}
              <p className="mt-auto pt-2 text-xs text-slate-600">{property.reference}</p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
