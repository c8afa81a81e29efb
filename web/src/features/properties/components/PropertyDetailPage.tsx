import { useState, type ReactNode } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, ConfirmDialog, PageHeader, Spinner, buttonVariants, cn } from '../../../ui'
import { Loaded } from '../../../app/StatusPages'
import { useCurrentUser } from '../../auth/useSession'
import { usePhotos } from '../hooks/usePhotos'
import { useArchiveProperty, useProperty } from '../hooks/useProperties'
import type { Property } from '../types/property'
import { formatArea, placeLine, pricePerSquareMetre } from '../utils/display'
import { featureLabel, mandateTypeLabel, transactionLabel, typeLabel } from '../utils/labels'
import { formatDay, formatEuros, formatNumber } from '../utils/numbers'
import { canEditProperty } from '../utils/permissions'
import { EnergyLabels } from './EnergyLabels'
import type { ListNotice } from './PropertiesPage'
import type { DetailNotice } from './PropertyFormPages'
import { PropertyMatches } from '../../matching'
import { PropertyVisits } from '../../visits/components/PropertyVisits'
import { OwnerPicker } from './owners/OwnerPicker'
import { PhotoGallery } from './photos/PhotoGallery'
import { PhotoManager } from './photos/PhotoManager'
import { PropertyHistory } from './PropertyHistory'
import { PublishCheckPanel } from './PublishCheckPanel'
import { StatusBadge } from './StatusBadge'
import { usePlanVisit } from '../../visits/form/usePlanVisit'
import { propertyChoice } from '../../visits/form/useVisitPickers'

const NOTICES: Record<NonNullable<DetailNotice['notice']>, MessageKey> = {
  created: 'property.detail.created',
  saved: 'property.detail.saved',
  unchanged: 'property.detail.unchanged',
}

export function PropertyDetailPage() {
  const { t } = useI18n()
  const id = Number(useParams().id)
  const property = useProperty(id)
  return (
    <Loaded query={property} fallbackTitle={t('property.detail.fallbackTitle')}>
      {(data) => <PropertyDetail property={data} />}
    </Loaded>
  )
}

function PropertyDetail({ property }: { property: Property }) {
  const { t } = useI18n()
  const user = useCurrentUser()
  const location = useLocation()
  const navigate = useNavigate()
  const archive = useArchiveProperty(property.id)
  const photos = usePhotos(property.id)
  const [confirming, setConfirming] = useState(false)
  const canEdit = canEditProperty(user, property)
  const notice = (location.state as DetailNotice | null)?.notice
  const plan = usePlanVisit({ property: propertyChoice(property) })

  const handleArchive = () =>
    archive.archive({
      onSuccess: () =>
        navigate('/biens', { state: { archived: property.reference } satisfies ListNotice }),
    })

  return (
    <>
      <PageHeader
        title={property.title}
        description={
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <span>{property.reference}</span>
            <span aria-hidden="true">·</span>
            <span>
              {t(typeLabel(property.type))} · {t(transactionLabel(property.transaction))}
            </span>
            <StatusBadge status={property.status} />
          </span>
        }
        actions={
          <>
            {plan.button}
            {canEdit ? (
              <>
                <Link to={`/biens/${property.id}/modifier`} className={buttonVariants()}>
                  {t('property.detail.edit')}
                </Link>
                <Button
                  variant="secondary"
                  onClick={() => {
                    archive.reset()
                    setConfirming(true)
                  }}
                >
                  {t('property.detail.archive')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {plan.notice}
      {notice ? (
        <Alert tone="success" className="mb-6">
          {t(NOTICES[notice])}
        </Alert>
      ) : null}
      {/* Two columns on a wide screen. On a phone the columns dissolve (display: contents) so the
          price and what is missing to publish come first. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="contents lg:col-span-2 lg:block lg:min-w-0 lg:space-y-6">
          <Panel id="detail-photos" title={t('property.photos.title')} className="order-3 lg:order-none">
            {photos.isPending ? (
              <Spinner />
            ) : photos.isError ? (
              <Alert tone="error">{photos.error.message}</Alert>
            ) : (
              <div className="space-y-6">
                <PhotoGallery photos={photos.data.items} title={property.title} />
                {canEdit ? (
                  <section aria-labelledby="detail-photos-manage" className="border-t border-slate-200 pt-4">
                    <h3 id="detail-photos-manage" className="mb-3 font-semibold text-slate-900">
                      {t('property.photos.manage')}
                    </h3>
                    <PhotoManager propertyId={property.id} title={property.title} photos={photos.data.items} />
                  </section>
                ) : null}
              </div>
            )}
          </Panel>
          {property.description ? (
            <Panel id="detail-description" title={t('property.field.description')} className="order-4 lg:order-none">
              <p className="whitespace-pre-line text-slate-800">{property.description}</p>
            </Panel>
          ) : null}
          <Panel id="detail-facts" title={t('property.detail.facts')} className="order-5 lg:order-none">
            <KeyFacts property={property} />
          </Panel>
          <Panel id="detail-energy" title={t('property.form.energy')} className="order-6 lg:order-none">
            <EnergyLabels property={property} />
          </Panel>
          <Panel id="detail-address" title={t('property.detail.address')} className="order-7 lg:order-none">
            <AddressBlock property={property} />
          </Panel>
          <div className="order-9 lg:order-none">
            <PropertyMatches propertyId={property.id} />
          </div>
          <div className="order-9 lg:order-none">
            <PropertyVisits propertyId={property.id} />
          </div>
          <div className="order-9 lg:order-none">
            <PropertyHistory propertyId={property.id} />
          </div>
        </div>
        <div className="contents lg:block lg:min-w-0 lg:space-y-6">
          <div className="order-1 lg:order-none">
            <PriceBlock property={property} />
          </div>
          <div className="order-2 lg:order-none">
            <PublishCheckPanel check={property.publish_check} />
          </div>
          <Panel id="detail-mandate" title={t('property.form.mandate')} className="order-8 lg:order-none">
            <MandateBlock property={property} />
          </Panel>
          <Panel id="detail-owners" title={t('owners.title')} className="order-8 lg:order-none">
            <OwnerPicker propertyId={property.id} canEdit={canEdit} />
          </Panel>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('property.detail.archiveTitle', { reference: property.reference })}
        body={t('property.detail.archiveBody')}
        confirmLabel={t('property.detail.archiveConfirm')}
        pending={archive.isPending}
        error={archive.error?.message}
        onConfirm={handleArchive}
        onClose={() => setConfirming(false)}
      />
    </>
  )
}

interface PanelProps {
  id: string
  title: string
  className?: string
  children: ReactNode
}

function Panel({ id, title, className, children }: PanelProps) {
  return (
    <section
      aria-labelledby={id}
      className={cn('min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6', className)}
    >
      <h2 id={id} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  )
}

function Facts({ items, columns = 2 }: { items: [string, ReactNode][]; columns?: 1 | 2 }) {
  return (
    <dl className={columns === 2 ? 'grid gap-x-6 gap-y-3 sm:grid-cols-2' : 'grid gap-y-3'}>
      {items.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-sm text-slate-600">{term}</dt>
          <dd className="font-medium break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function KeyFacts({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  const count = (value: number | null) => (value === null ? null : formatNumber(value, locale))
  const facts: [MessageKey, string | null][] = [
    ['property.field.living_area_m2', formatArea(property.living_area_m2, locale)],
    ['property.field.land_area_m2', formatArea(property.land_area_m2, locale)],
    ['property.field.rooms', count(property.rooms)],
    ['property.field.bedrooms', count(property.bedrooms)],
    ['property.field.bathrooms', count(property.bathrooms)],
    ['property.field.floor', count(property.floor)],
    ['property.field.floors_total', count(property.floors_total)],
    ['property.field.year_built', property.year_built === null ? null : String(property.year_built)],
  ]
  const shown = facts.filter((fact): fact is [MessageKey, string] => fact[1] !== null)
  const copro: [string, ReactNode][] = property.copro
    ? [
        [t('property.field.copro'), t('common.yes')],
        ...(property.copro_lots === null ? [] : [[t('property.field.copro_lots'), String(property.copro_lots)] as [string, string]]),
        ...(property.copro_charges_cents === null
          ? []
          : [[t('property.field.copro_charges_cents'), formatEuros(property.copro_charges_cents, locale)] as [string, string]]),
        [t('property.field.copro_procedure'), t(property.copro_procedure ? 'common.yes' : 'common.no')],
      ]
    : []
  return (
    <div className="space-y-4">
      {shown.length + copro.length > 0 ? (
        <Facts items={[...shown.map(([key, value]): [string, ReactNode] => [t(key), value]), ...copro]} />
      ) : (
        <p className="text-sm text-slate-700">{t('property.detail.noFacts')}</p>
      )}
      {property.features.length > 0 ? (
        <div>
          <h3 className="text-sm text-slate-600">{t('property.field.features')}</h3>
          <ul className="mt-2 flex flex-wrap gap-2">
            {property.features.map((feature) => (
              <li key={feature} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
                {t(featureLabel(feature))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}

function PriceBlock({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  const euros = (cents: number | null) => (cents === null ? '—' : formatEuros(cents, locale))
  const perM2 = pricePerSquareMetre(property)
  let headline: string
  let rows: [string, ReactNode][]
  if (property.transaction === 'sale') {
    headline = euros(property.price_cents)
    rows = [
      [t('property.detail.priceExcludingFees'), euros(property.price_excluding_fees_cents)],
      [
        t('property.field.fees_cents'),
        property.fees_cents === null
          ? '—'
          : `${euros(property.fees_cents)}${
              property.fees_percent === null
                ? ''
                : ` (${t('property.detail.feesPercent', { percent: formatNumber(property.fees_percent, locale) })})`
            }`,
      ],
      [
        t('property.field.fees_paid_by'),
        property.fees_paid_by ? t(`property.feesPaidBy.${property.fees_paid_by}`) : '—',
      ],
    ]
  } else {
    headline = property.rent_cents === null ? '—' : t('property.perMonth', { amount: euros(property.rent_cents) })
    const total =
      property.rent_cents === null ? null : property.rent_cents + (property.charges_cents ?? 0)
    rows = [
      [t('property.field.charges_cents'), euros(property.charges_cents)],
      [
        t('property.field.charges_method'),
        property.charges_method ? t(`property.chargesMethod.${property.charges_method}`) : '—',
      ],
      [t('property.detail.rentWithCharges'), total === null ? '—' : t('property.perMonth', { amount: euros(total) })],
      [t('property.field.deposit_cents'), euros(property.deposit_cents)],
      [t('property.field.rent_fees_cents'), euros(property.rent_fees_cents)],
    ]
  }
  return (
    <section aria-labelledby="detail-price" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="detail-price" className="text-sm font-medium text-slate-600">
        {t(property.transaction === 'sale' ? 'property.field.price_cents' : 'property.field.rent_cents')}
      </h2>
      <p className="mt-1 text-3xl font-semibold text-slate-900">{headline}</p>
      {perM2 !== null ? (
        <p className="mt-1 text-sm text-slate-700">
          {t('property.perSquareMetre', { amount: formatEuros(perM2, locale) })}
        </p>
      ) : null}
      <dl className="mt-4 space-y-2 border-t border-slate-200 pt-4 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="flex justify-between gap-4">
            <dt className="text-slate-600">{term}</dt>
            <dd className="text-right font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function AddressBlock({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  const place = placeLine(property)
  return (
    <div className="space-y-2 text-slate-800">
      <address className="not-italic">
        {property.street ? <span className="block">{property.street}</span> : null}
        <span className="block">{place || t('property.detail.noAddress')}</span>
        {property.country && property.country !== 'FR' ? <span className="block">{property.country}</span> : null}
      </address>
      <p className="text-sm text-slate-700">
        {t(property.show_exact_address ? 'property.detail.exactAddressShown' : 'property.detail.exactAddressHidden')}
      </p>
      <p className="text-sm text-slate-700">
        {property.lat !== null && property.lon !== null
          ? t('property.detail.coordinates', {
              lat: formatNumber(property.lat, locale, 6),
              lon: formatNumber(property.lon, locale, 6),
            })
          : t('property.detail.notLocated')}
      </p>
    </div>
  )
}

function MandateBlock({ property }: { property: Property }) {
  const { t, locale } = useI18n()
  const day = (value: string | null) => (value ? formatDay(value, locale) : '—')
  return (
    <Facts
      columns={1}
      items={[
        [t('property.field.mandate_type'), property.mandate_type ? t(mandateTypeLabel(property.mandate_type)) : t('property.form.noMandate')],
        [t('property.field.mandate_number'), property.mandate_number ?? '—'],
        [t('property.field.mandate_start'), day(property.mandate_start)],
        [t('property.field.mandate_end'), day(property.mandate_end)],
        [t('property.field.agent_id'), property.agent_name ?? t('property.form.noAgent')],
      ]}
    />
  )
}
