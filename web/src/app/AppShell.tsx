import { useEffect, useRef, useState, type MouseEvent } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { permissions } from '../features/auth/roles'
import { useCurrentUser } from '../features/auth/useSession'
import { NotificationBell } from '../features/notifications/components/NotificationBell'
import { LanguageSwitch, useI18n } from '../i18n'
import { cn } from '../ui'
import { MainNav } from './MainNav'
import { UserMenu } from './UserMenu'
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate'

const MAIN_ID = 'main-content'
const NAV_ID = 'main-navigation'

export function AppShell() {
  const { t } = useI18n()
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButtonRef = useRef<HTMLButtonElement>(null)

  useFocusHeadingOnNavigate(MAIN_ID)
  useEffect(() => setMenuOpen(false), [pathname])

  const handleSkip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    document.getElementById(MAIN_ID)?.focus()
  }

  useEffect(() => {
    if (!menuOpen) return
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setMenuOpen(false)
      menuButtonRef.current?.focus()
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [menuOpen])

  return (
    <div className="min-h-screen">
      <a
        href={`#${MAIN_ID}`}
        onClick={handleSkip}
        className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-accent-800 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        {t('app.skipToContent')}
      </a>
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white">
        <div className="flex h-16 items-center gap-3 px-4 md:px-6">
          <button
            ref={menuButtonRef}
            type="button"
            aria-expanded={menuOpen}
            aria-controls={NAV_ID}
            onClick={() => setMenuOpen((open) => !open)}
            className="-ml-1 rounded-md p-2 text-slate-700 hover:bg-slate-100 md:hidden"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
              {menuOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
            </svg>
            <span className="sr-only">{t('nav.menu')}</span>
          </button>
          <Link to="/" className="flex min-w-0 items-center gap-2.5 rounded-md">
            <span aria-hidden="true" className="grid h-8 w-8 shrink-0 place-items-center rounded-md bg-accent-700 font-semibold text-white">
              L
            </span>
            <span className="min-w-0 leading-tight">
              <span className="block text-base font-semibold text-slate-900">{t('app.name')}</span>
              <span className="block truncate text-xs text-slate-600">{user.agency_name}</span>
            </span>
          </Link>
          <div className="ml-auto flex shrink-0 items-center gap-2 sm:gap-3">
            <LanguageSwitch />
            {permissions.useAgencySections(user.role) ? <NotificationBell /> : null}
            <UserMenu />
          </div>
        </div>
      </header>
      <div className="md:flex">
        <div
          className={cn(
            menuOpen ? 'block' : 'hidden',
            'border-b border-slate-200 bg-white px-3 py-3 shadow-sm md:sticky md:top-16 md:block md:h-[calc(100vh-4rem)] md:w-60 md:shrink-0 md:border-r md:border-b-0 md:shadow-none',
          )}
        >
          <MainNav id={NAV_ID} onNavigate={() => setMenuOpen(false)} />
        </div>
        <main id={MAIN_ID} tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 sm:px-6 md:px-8 md:py-10">
          <div className="mx-auto max-w-6xl">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  )
}
