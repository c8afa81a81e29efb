import { queryString, useApiMutation, useApiQuery, type Paginated } from '../../../api'
import type {
  Conversation,
  EmailMessage,
  EmailTemplate,
  NewEmail,
  TemplatePreview,
} from '../types/conversation'

export const CONVERSATIONS_QUERY_KEY = ['conversations'] as const

export function useConversations(unreadOnly: boolean, q: string, page: number) {
  const query = queryString({ unread: unreadOnly ? 'true' : undefined, q: q || undefined, page, per_page: 20 })
  return useApiQuery<Paginated<Conversation>>([...CONVERSATIONS_QUERY_KEY, 'list', query], `/conversations${query}`, {
    placeholderData: (previous) => previous,
  })
}

export function useConversationMessages(contactId: number) {
  return useApiQuery<Paginated<EmailMessage>>(
    [...CONVERSATIONS_QUERY_KEY, 'messages', contactId],
    `/conversations/${contactId}/messages${queryString({ per_page: 100 })}`,
  )
}

export function useMarkRead() {
  return useApiMutation<unknown, { id: number; read: boolean }>({
    method: 'POST',
    path: ({ id, read }) => `/emails/${id}/${read ? 'read' : 'unread'}`,
    invalidates: [CONVERSATIONS_QUERY_KEY],
  })
}

export function useSendEmail() {
  return useApiMutation<unknown, NewEmail>({
    method: 'POST',
    path: '/emails',
    body: (email) => email,
    invalidates: [CONVERSATIONS_QUERY_KEY],
  })
}

export function useEmailTemplates() {
  return useApiQuery<Paginated<EmailTemplate>>(['email-templates'], '/email-templates')
}

export function useTemplatePreview() {
  return useApiMutation<TemplatePreview, { templateId: number; contact_id: number; lead_id?: number }>({
    method: 'POST',
    path: ({ templateId }) => `/email-templates/${templateId}/preview`,
    body: ({ contact_id, lead_id }) => ({ contact_id, lead_id }),
  })
}
