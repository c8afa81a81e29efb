import { Link, useLocation, useSearchParams } from 'react-router'
import { useI18n, type MessageKey } from '../../../i18n'
import { Alert, Button, PageHeader, Pagination, SelectField, Spinner, ViewSwitch, buttonVariants } from '../../../ui'
import { permissions } from '../../auth/roles'
import { useCurrentUser } from '../../auth/useSession'
import { useProperties } from '../hooks/useProperties'
import {
  PER_PAGE,
  SORTS,
  VIEWS,
  readListState,
  writeListState,
  type ListState,
  type PropertyFilters as Filters,
  type PropertySort,
  type PropertyView,
} from '../utils/filters'
import { PropertiesMap } from './map/PropertiesMap'
import { PropertiesTable } from './PropertiesTable'
import { PropertyCards } from './PropertyCards'
import { PropertyFilters } from './PropertyFilters'

const SORT_LABELS: Record<PropertySort, MessageKey> = {
  '-created_at': 'property.sort.newest',
  created_at: 'property.sort.oldest',
  price: 'property.sort.priceAsc',
  '-price': 'property.sort.priceDesc',
  area: 'property.sort.areaAsc',
  '-area': 'property.sort.areaDesc',
  price_per_m2: 'property.sort.pricePerM2Asc',
  '-price_per_m2': 'property.sort.pricePerM2Desc',
}

const VIEW_LABELS: Record<PropertyView, MessageKey> = {
  table: 'property.view.table',
  cards: 'property.view.cards',
  map: 'property.view.map',
}

export interface ListNotice {
  archived?: string
}

export function PropertiesPage() {
  const { t } = useI18n()
  const user = useCurrentUser()
  const location = useLocation()
  const [searchParams, setSearchParams] = useSearchParams()
  const state = readListState(searchParams)
  const isMap = state.view === 'map'
  const list = useProperties(state.filters, state.sort, state.page, !isMap)
  const notice = (location.state as ListNotice | null)?.archived

  // Each change is a new history entry, so Back returns to the previous search.
  const go = (change: Partial<ListState>) => setSearchParams(writeListState({ ...state, ...change }))
  const handleFilters = (filters: Filters) => go({ filters, page: 1 })
  const handlePolygon = (polygon: string | null) =>
    go({ filters: { ...state.filters, polygon: polygon ?? undefined }, page: 1 })

  return (
    <>
      <PageHeader
        title={t('property.list.title')}
        actions={
          permissions.createProperties(user.role) ? (
            <Link to="/biens/nouveau" className={buttonVariants()}>
              {t('property.list.new')}
            </Link>
          ) : null
        }
      />
      {notice ? (
        <Alert tone="success" className="mb-4">
          {t('property.archived', { reference: notice })}
        </Alert>
      ) : null}
      <PropertyFilters filters={state.filters} onApply={handleFilters} />

      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <ViewSwitch
          label={t('property.view.label')}
          views={VIEWS}
          current={state.view}
          labelOf={(view) => t(VIEW_LABELS[view])}
          onChange={(view) => go({ view })}
        />
        {isMap ? null : (
          <SelectField
            id="property-sort"
            label={t('property.sort.label')}
            containerClassName="sm:w-64"
            value={state.sort}
            onChange={(event) => go({ sort: event.target.value as PropertySort, page: 1 })}
            options={SORTS.map((sort) => ({ value: sort, label: t(SORT_LABELS[sort]) }))}
          />
        )}
      </div>

      {state.filters.polygon ? (
        <div className="mb-4 flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:flex-row sm:items-center sm:justify-between">
          <p>{t('property.list.zoneActive')}</p>
          <Button variant="secondary" size="sm" onClick={() => handlePolygon(null)}>
            {t('property.map.clearZone')}
          </Button>
        </div>
      ) : null}

      {isMap ? (
        <PropertiesMap filters={state.filters} onPolygonChange={handlePolygon} />
      ) : (
        <ListResults state={state} list={list} onPage={(page) => go({ page })} />
      )}
    </>
  )
}

interface ListResultsProps {
  state: ListState
  list: ReturnType<typeof useProperties>
  onPage: (page: number) => void
}

function ListResults({ state, list, onPage }: ListResultsProps) {
  const { t } = useI18n()
  if (list.isPending) return <Spinner />
  if (list.isError) return <Alert tone="error">{list.error.message}</Alert>
  const { items, total, total_exact } = list.data
  const totalKey =
    total_exact === false ? 'property.list.totalAtLeast' : total === 1 ? 'property.list.totalOne' : 'property.list.totalMany'
  return (
    <>
      <p role="status" className="mb-3 text-sm font-medium text-slate-700">
        {total === 0 ? t('property.list.empty') : t(totalKey, { count: total })}
      </p>
      {items.length > 0 ? (
        state.view === 'cards' ? (
          <PropertyCards properties={items} />
        ) : (
          <PropertiesTable properties={items} />
        )
      ) : null}
      <Pagination page={list.data.page ?? state.page} perPage={list.data.per_page ?? PER_PAGE} total={total} onPageChange={onPage} />
    </>
  )
}
