import { useI18n } from '../../i18n'
import { Badge, Button, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../ui'
import { ROLE_LABEL_KEYS } from '../auth/roles'
import type { Role, User } from '../auth/types'
import { RoleSelect } from './RoleSelect'

interface UserActions {
  onRoleChange: (user: User, role: Role) => Promise<void>
  onToggleActive: (user: User) => void
}

interface UsersTableProps {
  users: User[]
  currentUserId: number
  // Without actions the table is read-only.
  actions?: UserActions
}

export function UsersTable({ users, currentUserId, actions }: UsersTableProps) {
  const { t, formatDate } = useI18n()
  return (
    <Table caption={t('users.caption')}>
      <TableHead>
        <TableRow>
          <TableHeader>{t('users.name')}</TableHeader>
          <TableHeader>{t('users.email')}</TableHeader>
          <TableHeader>{t('users.role')}</TableHeader>
          <TableHeader>{t('users.status')}</TableHeader>
          <TableHeader>{t('users.lastLogin')}</TableHeader>
          {actions ? (
            <TableHeader>
              <span className="sr-only">{t('common.actions')}</span>
            </TableHeader>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {users.length === 0 ? (
          <TableRow>
            <TableCell colSpan={actions ? 6 : 5} className="text-slate-700">
              {t('users.empty')}
            </TableCell>
          </TableRow>
        ) : null}
        {users.map((user) => {
          const isSelf = user.id === currentUserId
          return (
            <TableRow key={user.id}>
              <TableCell className="min-w-40 font-medium text-slate-900">
                {user.name} {isSelf ? <span className="font-normal text-slate-600">{t('users.you')}</span> : null}
              </TableCell>
              <TableCell className="whitespace-nowrap">{user.email}</TableCell>
              <TableCell className="whitespace-nowrap">
                {actions && !isSelf ? (
                  <RoleSelect user={user} disabled={!user.active} onChange={(role) => actions.onRoleChange(user, role)} />
                ) : (
                  t(ROLE_LABEL_KEYS[user.role])
                )}
              </TableCell>
              <TableCell>
                <Badge tone={user.active ? 'positive' : 'neutral'}>
                  {user.active ? t('status.active') : t('status.inactive')}
                </Badge>
              </TableCell>
              <TableCell className="whitespace-nowrap">
                {user.last_login_at ? formatDate(user.last_login_at) : t('common.never')}
              </TableCell>
              {actions ? (
                <TableCell className="text-right whitespace-nowrap">
                  {isSelf ? null : (
                    <Button variant="secondary" size="sm" onClick={() => actions.onToggleActive(user)}>
                      {user.active ? t('users.deactivate') : t('users.reactivate')}
                      <span className="sr-only"> {user.name}</span>
                    </Button>
                  )}
                </TableCell>
              ) : null}
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
