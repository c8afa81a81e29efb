import { useState } from 'react'
import { useI18n } from '../../i18n'
import { Alert, Button, ConfirmDialog } from '../../ui'
import { ROLE_LABEL_KEYS } from '../auth/roles'
import type { Role, User } from '../auth/types'
import { InviteUserDialog } from './InviteUserDialog'
import { UsersList } from './UsersList'
import { useDeactivateUser, useReplaceUserInList, useUpdateUser } from './useUsers'

export function UsersSettingsPage() {
  const { t } = useI18n()
  const updateUser = useUpdateUser()
  const deactivateUser = useDeactivateUser()
  const replaceUserInList = useReplaceUserInList()
  const [inviteOpen, setInviteOpen] = useState(false)
  const [confirmTarget, setConfirmTarget] = useState<User | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [actionError, setActionError] = useState<string | null>(null)

  const clearMessages = () => {
    setNotice(null)
    setActionError(null)
  }

  const handleRoleChange = async (user: User, role: Role) => {
    clearMessages()
    try {
      const updated = await updateUser.mutateAsync({ id: user.id, role })
      replaceUserInList(updated)
      setNotice(t('users.roleUpdated', { name: user.name, role: t(ROLE_LABEL_KEYS[role]) }))
    } catch (error) {
      setActionError(error instanceof Error ? error.message : t('errors.unexpected'))
      throw error
    }
  }

  const handleToggleActive = (user: User) => {
    clearMessages()
    updateUser.reset()
    deactivateUser.reset()
    setConfirmTarget(user)
  }

  const handleConfirm = () => {
    if (!confirmTarget) return
    const target = confirmTarget
    const handleSuccess = (updated: User) => {
      replaceUserInList(updated)
      setConfirmTarget(null)
      setNotice(t(target.active ? 'users.deactivated' : 'users.reactivated', { name: target.name }))
    }
    if (target.active) deactivateUser.mutate(target.id, { onSuccess: handleSuccess })
    else updateUser.mutate({ id: target.id, active: true }, { onSuccess: handleSuccess })
  }

  const confirmMutation = confirmTarget?.active ? deactivateUser : updateUser

  return (
    <section aria-labelledby="users-heading" className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <h2 id="users-heading" className="text-lg font-semibold text-slate-900">
          {t('users.title')}
        </h2>
        <Button
          onClick={() => {
            clearMessages()
            setInviteOpen(true)
          }}
        >
          {t('users.invite')}
        </Button>
      </div>
      <div role="status">{notice ? <Alert tone="success" live={false}>{notice}</Alert> : null}</div>
      {actionError ? <Alert tone="error">{actionError}</Alert> : null}
      <UsersList actions={{ onRoleChange: handleRoleChange, onToggleActive: handleToggleActive }} />
      <InviteUserDialog open={inviteOpen} onClose={() => setInviteOpen(false)} />
      <ConfirmDialog
        open={confirmTarget !== null}
        title={
          confirmTarget
            ? t(confirmTarget.active ? 'users.deactivateTitle' : 'users.reactivateTitle', { name: confirmTarget.name })
            : ''
        }
        body={
          confirmTarget
            ? t(confirmTarget.active ? 'users.deactivateBody' : 'users.reactivateBody', { name: confirmTarget.name })
            : ''
        }
        confirmLabel={confirmTarget?.active ? t('users.deactivate') : t('users.reactivate')}
        tone={confirmTarget?.active ? 'danger' : 'primary'}
        pending={confirmMutation.isPending}
        error={confirmMutation.error?.message}
        onConfirm={handleConfirm}
        onClose={() => setConfirmTarget(null)}
      />
    </section>
  )
}
