import { NavLink, Outlet } from 'react-router'
import { useI18n, type MessageKey } from '../../i18n'
import { PageHeader, cn } from '../../ui'

const SECTIONS: { to: string; labelKey: MessageKey }[] = [
  { to: '/parametres/utilisateurs', labelKey: 'settings.users' },
  { to: '/parametres/jetons-api', labelKey: 'settings.apiTokens' },
  { to: '/parametres/leads', labelKey: 'leadSettings.section' },
  { to: '/parametres/messagerie', labelKey: 'mailSettings.section' },
  { to: '/parametres/modeles', labelKey: 'settings.templates' },
  { to: '/parametres/sms', labelKey: 'sms.settings.section' },
  { to: '/parametres/taches-de-fond', labelKey: 'jobs.section' },
  { to: '/parametres/visites', labelKey: 'visitSettings.section' },
]

export function SettingsLayout() {
  const { t } = useI18n()
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <nav aria-label={t('settings.sections')} className="mb-6 border-b border-slate-200">
        <ul className="-mb-px flex flex-wrap gap-x-6 gap-y-2">
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                className={({ isActive }) =>
                  cn(
                    'inline-block border-b-2 px-1 pb-3 text-sm font-medium',
                    isActive
                      ? 'border-accent-700 text-accent-800'
                      : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900',
                  )
                }
              >
                {t(section.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  )
}
