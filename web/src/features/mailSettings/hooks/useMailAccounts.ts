import { useApiMutation, useApiQuery } from '../../../api'
import type { MailAccount, MailAccountInput, MailAccountTest } from '../types/mailAccount'

const MAIL_ACCOUNTS_QUERY_KEY = ['mail-accounts'] as const

export function useMailAccounts() {
  return useApiQuery<{ items: MailAccount[] }>(MAIL_ACCOUNTS_QUERY_KEY, '/mail-accounts')
}

export function useCreateMailAccount() {
  return useApiMutation<MailAccount, MailAccountInput>({
    method: 'POST',
    path: '/mail-accounts',
    body: (input) => input,
    invalidates: [MAIL_ACCOUNTS_QUERY_KEY],
  })
}

export function useUpdateMailAccount() {
  return useApiMutation<MailAccount, { id: number; input: MailAccountInput }>({
    method: 'PATCH',
    path: ({ id }) => `/mail-accounts/${id}`,
    body: ({ input }) => input,
    invalidates: [MAIL_ACCOUNTS_QUERY_KEY],
  })
}

export function useDeleteMailAccount() {
  return useApiMutation<void, number>({
    method: 'DELETE',
    path: (id) => `/mail-accounts/${id}`,
    invalidates: [MAIL_ACCOUNTS_QUERY_KEY],
  })
}

export function useTestMailAccount() {
  return useApiMutation<MailAccountTest, number>({
    method: 'POST',
    path: (id) => `/mail-accounts/${id}/test`,
  })
}

// « Relever maintenant »: the worker polls the mailbox at once; the list shows the outcome once it is done.
export function usePollMailAccount() {
  return useApiMutation<{ job_id: number }, number>({
    method: 'POST',
    path: (id) => `/mail-accounts/${id}/poll`,
  })
}
