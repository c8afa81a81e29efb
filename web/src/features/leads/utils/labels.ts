import type { MessageKey } from '../../../i18n'
import type { InteractionType, LeadPriority, LeadStatus } from '../types/lead'

export const leadStatusLabel = (status: LeadStatus): MessageKey => `lead.status.${status}`
export const priorityLabel = (priority: LeadPriority): MessageKey => `lead.priority.${priority}`
export const interactionTypeLabel = (type: InteractionType): MessageKey => `interaction.type.${type}`

export const STATUS_TONES: Record<LeadStatus, 'positive' | 'neutral' | 'negative'> = {
  new: 'neutral',
  in_progress: 'neutral',
  converted: 'positive',
  lost: 'negative',
}
