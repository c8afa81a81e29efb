import type { Channel, Contact, DuplicateContact } from '../types/contact'

export function channelValue(channel: Channel): string {
  return typeof channel === 'string' ? channel : channel.value
}

// French numbers in the national format ("06 12 34 56 78"), others as the API gives them; the server's
// own display wins when it sends one.
export function formatPhone(channel: Channel): string {
  if (typeof channel !== 'string' && channel.display) return channel.display
  const value = channelValue(channel)
  const french = /^\+33(\d{9})$/.exec(value)
  if (!french) return value
  return `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ')
}

export function contactName(contact: Pick<Contact | DuplicateContact, 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ')
}
