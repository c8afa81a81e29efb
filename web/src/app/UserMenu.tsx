import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { useLogout } from '../features/auth/useLogout'
import { useCurrentUser } from '../features/auth/useSession'
import { useI18n } from '../i18n'
import { cn } from '../ui'

// A disclosure (button + list of links), simpler for every assistive technology than an ARIA menu.
export function UserMenu() {
  const { t } = useI18n()
  const user = useCurrentUser()
  const { logout, isPending } = useLogout()
  const [open, setOpen] = useState(false)
  const containerRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const handlePointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', handlePointerDown)
    return () => document.removeEventListener('pointerdown', handlePointerDown)
  }, [open])

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      setOpen(false)
      buttonRef.current?.focus()
    }
  }

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!containerRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false)
  }

  const itemClasses = 'block w-full px-4 py-2 text-left text-sm text-slate-800 hover:bg-slate-100'
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0])
    .join('')
    .slice(0, 2)
    .toUpperCase()

  return (
    <div ref={containerRef} className="relative" onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
      >
        <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-full bg-slate-700 text-xs font-semibold text-white">
          {initials}
        </span>
        <span className="sr-only">{t('userMenu.label', { name: user.name })}</span>
        <span aria-hidden="true" className="hidden max-w-40 truncate md:inline">
          {user.name}
        </span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={cn('absolute right-0 z-20 mt-2 w-56 rounded-md border border-slate-200 bg-white py-1 shadow-lg')}
      >
        <p className="border-b border-slate-200 px-4 py-2 text-xs text-slate-600">
          <span className="block truncate font-medium text-slate-900">{user.name}</span>
          <span className="block truncate">{user.email}</span>
          <span className="mt-1 block truncate">{user.agency_name}</span>
        </p>
        <ul>
          <li>
            <Link to="/profil" className={itemClasses} onClick={() => setOpen(false)}>
              {t('userMenu.profile')}
            </Link>
          </li>
          <li>
            <button type="button" className={itemClasses} onClick={logout} disabled={isPending}>
              {t('userMenu.logout')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  )
}
