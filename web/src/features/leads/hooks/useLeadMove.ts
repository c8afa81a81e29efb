import { useState } from 'react'
import { useI18n } from '../../../i18n'
import { contactName } from '../../contacts/utils/display'
import type { Lead, LeadStatus } from '../types/lead'
import { leadStatusLabel } from '../utils/labels'
import { useUpdateLead } from './useLeads'

// Moves a lead to another status: at once on screen, then on the server; a move to "Perdu" first asks
// the reason. Each outcome is written to `announcement` for an aria-live region.
export function useLeadMove() {
  const { t } = useI18n()
  const update = useUpdateLead()
  const [pendingStatus, setPendingStatus] = useState<Record<number, LeadStatus>>({})
  const [askingLost, setAskingLost] = useState<Lead | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const name = (lead: Lead) => contactName(lead.contact) || t('contact.unnamed')

  const send = (lead: Lead, status: LeadStatus, lostReason?: string) => {
    setPendingStatus((current) => ({ ...current, [lead.id]: status }))
    const clear = () =>
      setPendingStatus((current) => Object.fromEntries(Object.entries(current).filter(([id]) => Number(id) !== lead.id)))
    update.mutate(
      { id: lead.id, change: lostReason === undefined ? { status } : { status, lost_reason: lostReason } },
      {
        onSuccess: () => {
          clear()
          setAskingLost(null)
          setAnnouncement(t('lead.board.moved', { name: name(lead), status: t(leadStatusLabel(status)) }))
        },
        onError: (error) => {
          clear()
          setAnnouncement(t('lead.board.moveFailed', { name: name(lead), message: error.message }))
        },
      },
    )
  }

  const move = (lead: Lead, status: LeadStatus) => {
    if (status === lead.status) return
    if (status === 'lost') {
      update.reset()
      setAskingLost(lead)
      return
    }
    send(lead, status)
  }

  return {
    move,
    confirmLost: (reason: string) => askingLost && send(askingLost, 'lost', reason),
    cancelLost: () => setAskingLost(null),
    askingLost,
    statusOf: (lead: Lead) => pendingStatus[lead.id] ?? lead.status,
    announcement,
    pending: update.isPending,
    error: update.error,
    name,
  }
}
