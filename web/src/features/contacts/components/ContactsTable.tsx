import { Link } from 'react-router'
import { useI18n } from '../../../i18n'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../../ui'
import type { Contact } from '../types/contact'
import { contactName, formatPhone } from '../utils/display'
import { roleLabel } from '../utils/labels'

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useI18n()
  return (
    <Table caption={t('contact.list.caption')}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('contact.field.name')}</TableHeader>
          <TableHeader>{t('contact.field.email')}</TableHeader>
          <TableHeader>{t('contact.field.phone')}</TableHeader>
          <TableHeader>{t('contact.field.city')}</TableHeader>
          <TableHeader>{t('contact.field.roles')}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {contacts.map((contact) => (
          <TableRow key={contact.id}>
            <TableCell className="min-w-40">
              <Link
                to={`/contacts/${contact.id}`}
                className="font-medium text-accent-800 underline underline-offset-2 hover:text-accent-900"
              >
                {contactName(contact) || t('contact.unnamed')}
              </Link>
            </TableCell>
            <TableCell className="break-all">{contact.email ?? '—'}</TableCell>
            <TableCell className="whitespace-nowrap">
              {contact.phone ? contact.phone_display ?? formatPhone(contact.phone) : '—'}
            </TableCell>
            <TableCell>{contact.city ?? '—'}</TableCell>
            <TableCell>{contact.roles.map((role) => t(roleLabel(role))).join(', ') || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
