import { useEffect, useState, type ChangeEvent } from 'react'
import { useI18n } from '../../i18n'
import { Select } from '../../ui'
import { ROLE_LABEL_KEYS, ROLES } from '../auth/roles'
import type { Role, User } from '../auth/types'

interface RoleSelectProps {
  user: User
  disabled?: boolean
  onChange: (role: Role) => Promise<void>
}

// Shows the chosen role at once and falls back to the saved one if the change is refused.
export function RoleSelect({ user, disabled, onChange }: RoleSelectProps) {
  const { t } = useI18n()
  const [value, setValue] = useState<Role>(user.role)

  useEffect(() => setValue(user.role), [user.role])

  const handleChange = async (event: ChangeEvent<HTMLSelectElement>) => {
    const role = event.target.value as Role
    setValue(role)
    try {
      await onChange(role)
    } catch {
      setValue(user.role)
    }
  }

  return (
    <Select
      aria-label={t('users.roleOf', { name: user.name })}
      value={value}
      disabled={disabled}
      onChange={handleChange}
      className="w-auto py-1.5"
      options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABEL_KEYS[role]) }))}
    />
  )
}
