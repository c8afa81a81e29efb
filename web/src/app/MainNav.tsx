import { NavLink } from 'react-router'
import { useCurrentUser } from '../features/auth/useSession'
import { useI18n } from '../i18n'
import { cn } from '../ui'
import { NAV_ITEMS } from './navigation'

interface MainNavProps {
  id: string
  className?: string
  onNavigate?: () => void
}

// NavLink sets aria-current="page" on the active link.
export function MainNav({ id, className, onNavigate }: MainNavProps) {
  const { t } = useI18n()
  const user = useCurrentUser()
  return (
    <nav id={id} aria-label={t('nav.label')} className={className}>
      <ul className="space-y-1">
        {NAV_ITEMS.filter((item) => item.visibleTo(user.role)).map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              onClick={onNavigate}
              className={({ isActive }) =>
                cn(
                  'flex items-center rounded-md px-3 py-2 text-sm font-medium',
                  isActive
                    ? 'bg-accent-50 text-accent-900 ring-1 ring-accent-100'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900',
                )
              }
            >
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
