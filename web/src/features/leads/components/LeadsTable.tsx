import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Badge, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import { contactName } from '../../contacts/utils/display'
import type { Lead } from '../types/lead'
import { leadStatusLabel, priorityLabel, STATUS_TONES } from '../utils/labels'

export function LeadsTable({ leads, sourceLabel }: { leads: Lead[]; sourceLabel: (code: string) => string }) {
  const { t, formatDate } = useI18n()
  return (
    <Table caption={t('lead.list.caption')}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('lead.field.contact')}</TableHeader>
          <TableHeader>{t('lead.field.status')}</TableHeader>
          <TableHeader>{t('lead.field.source')}</TableHeader>
          <TableHeader>{t('lead.field.assigned_to')}</TableHeader>
          <TableHeader>{t('lead.field.priority')}</TableHeader>
          <TableHeader>{t('lead.field.next_action_at')}</TableHeader>
          <TableHeader>{t('lead.field.created_at')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {leads.map((lead) => (
          <TableRow key={lead.id}>
            <TableCell className="min-w-40">
              <Link to={`/leads/${lead.id}`} className="font-medium text-accent-800 underline underline-offset-2 hover:text-accent-900">
                {contactName(lead.contact) || t('contact.unnamed')}
              </Link>
            </TableCell>
            <TableCell>
              <Badge tone={STATUS_TONES[lead.status]}>{t(leadStatusLabel(lead.status))}</Badge>
            </TableCell>
            <TableCell>{sourceLabel(lead.source)}</TableCell>
            <TableCell>{lead.assigned_name ?? t('lead.unassigned')}</TableCell>
            <TableCell>{t(priorityLabel(lead.priority))}</TableCell>
            <TableCell className="whitespace-nowrap">{lead.next_action_at ? formatDate(lead.next_action_at) : '—'}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(lead.created_at)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
