import { useApiMutation, useApiQuery } from '../../../api'
import type { NotificationList } from '../types/notification'

const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const

export function useNotifications() {
  const query = useApiQuery<NotificationList>(NOTIFICATIONS_QUERY_KEY, '/notifications?per_page=30', {
    refetchInterval: 60_000,
  })
  const items = query.data?.items ?? []
  const unread = query.data?.unread ?? items.filter((item) => item.read_at === null).length
  return { ...query, items, unread }
}

export function useMarkNotificationRead() {
  return useApiMutation<unknown, number>({
    method: 'POST',
    path: (id) => `/notifications/${id}/read`,
    invalidates: [NOTIFICATIONS_QUERY_KEY],
  })
}

export function useMarkAllNotificationsRead() {
  return useApiMutation<unknown>({
    method: 'POST',
    path: '/notifications/read-all',
    invalidates: [NOTIFICATIONS_QUERY_KEY],
  })
}
