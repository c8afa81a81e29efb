// The part of a contact the owner picker shows.
export interface OwnerContact {
  id: number
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  phone_display?: string | null
}

export function ownerName(contact: Pick<OwnerContact, 'id' | 'first_name' | 'last_name'>): string {
  return [contact.first_name, contact.last_name].filter(Boolean).join(' ').trim() || `#${contact.id}`
}
