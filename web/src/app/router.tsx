import type { ComponentType } from 'react'
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router'
import { LoginPage } from '../features/auth/LoginPage'
import { permissions } from '../features/auth/roles'
import { ClientSpacePage } from '../features/placeholders/ClientSpacePage'
import { ComingSoonPage } from '../features/placeholders/ComingSoonPage'
import { ProfilePage } from '../features/profile/ProfilePage'
import { ApiTokensPage } from '../features/settings/ApiTokensPage'
import { SettingsLayout } from '../features/settings/SettingsLayout'
import { TeamPage } from '../features/users/TeamPage'
import { UsersSettingsPage } from '../features/users/UsersSettingsPage'
import type { MessageKey } from '../i18n'
import { AppShell } from './AppShell'
import { HomePage } from './HomePage'
import { RequireAuth } from './RequireAuth'
import { RequireRole } from './RequireRole'
import { NotFoundPage } from './StatusPages'

const COMING_SOON: { path: string; titleKey: MessageKey; descriptionKey: MessageKey }[] = [
  { path: 'contrats', titleKey: 'nav.contracts', descriptionKey: 'comingSoon.contracts' },
]

function asComponent<K extends string>(name: K) {
  return (module: Record<K, ComponentType>) => ({ Component: module[name] })
}

const routes: RouteObject[] = [
  { path: '/connexion', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          ...COMING_SOON.map(({ path, titleKey, descriptionKey }) => ({
            path,
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <ComingSoonPage key={path} titleKey={titleKey} descriptionKey={descriptionKey} />
              </RequireRole>
            ),
          })),
          {
            path: 'biens',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            // Loaded on first visit: the section brings Leaflet, which no other page needs.
            children: [
              {
                index: true,
                lazy: () => import('../features/properties/components/PropertiesPage').then(asComponent('PropertiesPage')),
              },
              {
                path: 'nouveau',
                lazy: () =>
                  import('../features/properties/components/PropertyFormPages').then(({ NewPropertyPage }) => ({
                    element: (
                      <RequireRole allow={permissions.createProperties}>
                        <NewPropertyPage />
                      </RequireRole>
                    ),
                  })),
              },
              {
                path: ':id',
                lazy: () =>
                  import('../features/properties/components/PropertyDetailPage').then(asComponent('PropertyDetailPage')),
              },
              {
                path: ':id/modifier',
                lazy: () =>
                  import('../features/properties/components/PropertyFormPages').then(asComponent('EditPropertyPage')),
              },
            ],
          },
          // contacts & leads
          {
            path: 'contacts',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: () => import('../features/contacts/components/ContactsPage').then(asComponent('ContactsPage')) },
              { path: 'nouveau', lazy: () => import('../features/contacts/components/ContactFormPages').then(asComponent('NewContactPage')) },
              { path: ':id', lazy: () => import('../features/contacts/components/ContactDetailPage').then(asComponent('ContactDetailPage')) },
              { path: ':id/modifier', lazy: () => import('../features/contacts/components/ContactFormPages').then(asComponent('EditContactPage')) },
            ],
          },
          {
            path: 'leads',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: () => import('../features/leads/components/LeadsPage').then(asComponent('LeadsPage')) },
              { path: ':id', lazy: () => import('../features/leads/components/LeadDetailPage').then(asComponent('LeadDetailPage')) },
            ],
          },
          // calendar
          {
            path: 'agenda',
            lazy: () =>
              import('../features/calendar/components/CalendarPage').then(({ CalendarPage }) => ({
                element: (
                  <RequireRole allow={permissions.useAgencySections}>
                    <CalendarPage />
                  </RequireRole>
                ),
              })),
          },
          // email in: the inbox
          {
            path: 'messages',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: () => import('../features/inbox/components/InboxPage').then(asComponent('InboxPage')) },
              { path: ':contactId', lazy: () => import('../features/inbox/components/InboxPage').then(asComponent('InboxPage')) },
            ],
          },
          {
            path: 'taches',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: () => import('../features/tasks/components/TasksPage').then(asComponent('TasksPage')) },
            ],
          },
          // visits: the visit page
          {
            path: 'visites/:id',
            element: (
              <RequireRole allow={permissions.useAgencySections}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: () => import('../features/visits/components/VisitPage').then(asComponent('VisitPage')) },
            ],
          },
          {
            path: 'equipe',
            element: (
              <RequireRole allow={permissions.viewTeam}>
                <TeamPage />
              </RequireRole>
            ),
          },
          {
            path: 'parametres',
            element: (
              <RequireRole allow={permissions.manageSettings}>
                <SettingsLayout />
              </RequireRole>
            ),
            children: [
              { index: true, element: <Navigate to="utilisateurs" replace /> },
              { path: 'utilisateurs', element: <UsersSettingsPage /> },
              { path: 'jetons-api', element: <ApiTokensPage /> },
              {
                path: 'leads',
                lazy: () =>
                  import('../features/leadSettings/components/LeadSettingsPage').then(asComponent('LeadSettingsPage')),
              },
              { path: 'taches-de-fond', lazy: () => import('../features/jobs/components/JobsPage').then(asComponent('JobsPage')) },
              {
                path: 'sms',
                lazy: () => import('../features/sms/components/SmsSettingsPage').then(asComponent('SmsSettingsPage')),
              },
              {
                path: 'messagerie',
                lazy: () =>
                  import('../features/mailSettings/components/MailAccountsPage').then(asComponent('MailAccountsPage')),
              },
              {
                path: 'visites',
                lazy: () =>
                  import('../features/visitSettings/components/VisitSettingsPage').then(asComponent('VisitSettingsPage')),
              },
              {
                path: 'modeles',
                lazy: () => import('../features/templates/components/TemplatesPage').then(asComponent('TemplatesPage')),
              },
            ],
          },
          {
            path: 'mon-espace',
            element: (
              <RequireRole allow={permissions.useClientSpace}>
                <ClientSpacePage />
              </RequireRole>
            ),
          },
          { path: 'profil', element: <ProfilePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]

export const router = createBrowserRouter(routes)
