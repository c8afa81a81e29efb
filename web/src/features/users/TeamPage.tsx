import { useI18n } from '../../i18n'
import { PageHeader } from '../../ui'
import { UsersList } from './UsersList'

// Managers see who works in the agency; only administrators change it (Paramètres).
export function TeamPage() {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t('users.teamTitle')} description={t('users.teamLead')} />
      <UsersList />
    </>
  )
}
