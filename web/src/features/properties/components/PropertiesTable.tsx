import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import type { Property } from '../types/property'
import { formatArea, headlinePrice, placeLine, pricePerSquareMetre } from '../utils/display'
import { transactionLabel, typeLabel } from '../utils/labels'
import { formatEuros } from '../utils/numbers'
import { StatusBadge } from './StatusBadge'

export function PropertiesTable({ properties }: { properties: Property[] }) {
  const { t, locale } = useI18n()
  return (
    <Table caption={t('property.list.caption')}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('property.field.reference')}</TableHeader>
          <TableHeader>{t('property.field.title')}</TableHeader>
          <TableHeader>{t('property.field.type')}</TableHeader>
          <TableHeader className="text-right">{t('property.list.price')}</TableHeader>
          <TableHeader className="text-right">{t('property.list.area')}</TableHeader>
          <TableHeader className="text-right">{t('property.list.pricePerM2')}</TableHeader>
          <TableHeader className="text-right">{t('property.field.rooms')}</TableHeader>
          <TableHeader>{t('property.field.city')}</TableHeader>
          <TableHeader>{t('property.field.status')}</TableHeader>
          <TableHeader>{t('property.field.agent_id')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {properties.map((property) => {
          const perM2 = pricePerSquareMetre(property)
          return (
            <TableRow key={property.id}>
              <TableCell className="whitespace-nowrap">
                <Link
                  to={`/biens/${property.id}`}
                  className="font-medium text-accent-800 underline underline-offset-2 hover:text-accent-900"
                >
                  {property.reference}
                </Link>
              </TableCell>
              <TableCell className="min-w-48">{property.title}</TableCell>
              <TableCell className="whitespace-nowrap">
                {t(typeLabel(property.type))}
                <span className="block text-xs text-slate-600">{t(transactionLabel(property.transaction))}</span>
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">{headlinePrice(property, t, locale) ?? '—'}</TableCell>
              <TableCell className="text-right whitespace-nowrap">
                {formatArea(property.living_area_m2, locale) ?? '—'}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                {perM2 === null ? '—' : t('property.perSquareMetre', { amount: formatEuros(perM2, locale) })}
              </TableCell>
              <TableCell className="text-right">{property.rooms ?? '—'}</TableCell>
              <TableCell className="whitespace-nowrap">{placeLine(property) || '—'}</TableCell>
              <TableCell>
                <StatusBadge status={property.status} />
              </TableCell>
              <TableCell className="whitespace-nowrap">{property.agent_name ?? '—'}</TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
