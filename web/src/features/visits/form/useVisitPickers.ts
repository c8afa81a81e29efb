import { queryString, useApiQuery, type Paginated } from '../../../api'
import { contactName } from '../../contacts/utils/display'
import type { OwnerContact } from '../../properties/types/owner'
import type { Property } from '../../properties/types/property'
import { placeLine } from '../../properties/utils/display'
import type { SearchResults } from './SearchPicker'
import type { VisitPerson, VisitPropertySummary } from './visit'

export type PropertyChoice = VisitPropertySummary & { place?: string | null }

// A property as the visit form holds it, with its address as the visit's default place.
export function propertyChoice(property: Property): PropertyChoice {
  return {
    id: property.id,
    reference: property.reference ?? '',
    title: property.title,
    city: property.city,
    place: [property.street, placeLine(property)].filter(Boolean).join(', ') || null,
  }
}

// The property a visit is about, searched by reference, title or city.
export function usePropertyOptions(text: string): SearchResults<PropertyChoice> {
  const query = queryString({ q: text, per_page: 8 })
  const found = useApiQuery<Paginated<Property>>(['properties', 'list', query], `/properties${query}`, {
    enabled: text !== '',
    placeholderData: (previous) => previous,
  })
  const options = (found.data?.items ?? []).map((property) => ({
    id: property.id,
    label: [property.reference, property.title].filter(Boolean).join(' · '),
    detail: placeLine(property) || undefined,
    value: propertyChoice(property),
  }))
  return { isPending: found.isPending, error: found.error, options }
}

export function useContactOptions(text: string): SearchResults<VisitPerson> {
  const query = queryString({ q: text, per_page: 8 })
  const found = useApiQuery<Paginated<OwnerContact>>(['contacts', 'list', query], `/contacts${query}`, {
    enabled: text !== '',
    placeholderData: (previous) => previous,
  })
  const options = (found.data?.items ?? []).map((contact) => {
    const name = contactName(contact) || `#${contact.id}`
    return {
      id: contact.id,
      label: name,
      detail: [contact.phone_display ?? contact.phone, contact.email].filter(Boolean).join(' · ') || undefined,
      value: { id: contact.id, name },
    }
  })
  return { isPending: found.isPending, error: found.error, options }
}
