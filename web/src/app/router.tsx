import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router'
import { LoginPage } from '../features/auth/LoginPage'
import { permissions } from '../features/auth/roles'
import { ClientSpacePage } from '../features/placeholders/ClientSpacePage'
import { PropertiesPage } from '../features/properties/components/PropertiesPage'
import { PropertyDetailPage } from '../features/properties/components/PropertyDetailPage'
import { EditPropertyPage, NewPropertyPage } from '../features/properties/components/PropertyFormPages'
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
  { path: 'leads', titleKey: 'nav.leads', descriptionKey: 'comingSoon.leads' },
  { path: 'agenda', titleKey: 'nav.calendar', descriptionKey: 'comingSoon.calendar' },
  { path: 'messages', titleKey: 'nav.messages', descriptionKey: 'comingSoon.messages' },
  { path: 'contrats', titleKey: 'nav.contracts', descriptionKey: 'comingSoon.contracts' },
]

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
            children: [
              { index: true, element: <PropertiesPage /> },
              {
                path: 'nouveau',
                element: (
                  <RequireRole allow={permissions.createProperties}>
                    <NewPropertyPage />
                  </RequireRole>
                ),
              },
              { path: ':id', element: <PropertyDetailPage /> },
              { path: ':id/modifier', element: <EditPropertyPage /> },
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
