import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { LanguageSwitch, useI18n } from '../../i18n'
import { Alert, Button, Field, PageHeader, Spinner } from '../../ui'
import { startSession } from './session'
import { useLogin } from './useLogin'
import { useSession } from './useSession'

interface LocationState {
  from?: string
}

export function LoginPage() {
  const { t } = useI18n()
  const { user, isPending: sessionPending } = useSession()
  const login = useLogin()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const location = useLocation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})

  const from = (location.state as LocationState | null)?.from ?? '/'

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const errors: Record<string, string> = {}
    if (!email.trim()) errors.email = t('login.emailRequired')
    if (!password) errors.password = t('login.passwordRequired')
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0) {
      document.getElementById(errors.email ? 'login-email' : 'login-password')?.focus()
      return
    }
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (session) => {
          startSession(queryClient, session)
          if (session.user.must_change_password) {
            navigate('/profil', { replace: true })
          } else {
            navigate(from === '/connexion' ? '/' : from, { replace: true })
          }
        },
        onError: (error) => setFieldErrors(error.fields),
      },
    )
  }

  if (sessionPending) {
    return <Spinner className="p-8" />
  }
  if (user && !login.isPending && !login.isSuccess) {
    return <Navigate to="/" replace />
  }

  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <p className="flex items-center gap-2 text-lg font-semibold text-slate-900">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-accent-700 text-white">
            L
          </span>
          {t('app.name')}
        </p>
        <LanguageSwitch />
      </header>
      <main id="main-content" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 pt-8 pb-16 sm:pt-16">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <PageHeader title={t('login.title')} description={t('login.subtitle')} />
          <form noValidate onSubmit={handleSubmit} className="space-y-5">
            {login.isError ? (
              <Alert tone="error" title={t('login.failedTitle')}>
                {login.error.message}
              </Alert>
            ) : null}
            <Field
              id="login-email"
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={fieldErrors.email}
            />
            <Field
              id="login-password"
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldErrors.password}
            />
            <Button type="submit" className="w-full" disabled={login.isPending}>
              {login.isPending ? t('login.submitting') : t('login.submit')}
            </Button>
          </form>
        </div>
      </main>
    </div>
  )
}
