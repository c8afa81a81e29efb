export interface Notification {
  id: number
  kind: string
  object_type: string | null
  object_id: number | null
  text: string
  created_at: string
  read_at: string | null
}

export interface NotificationList {
  items: Notification[]
  total: number
  // The server may count unread notifications beyond the page it sends.
  unread?: number
}

// Where a notification leads when followed, or null when it names nothing to open.
export function notificationTarget(notification: Notification): string | null {
  if (notification.object_type === 'lead' && notification.object_id !== null) return `/leads/${notification.object_id}`
  return null
}
